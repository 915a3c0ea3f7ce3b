package org.jointcultivation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.agreement.Candidacy;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.TrainingCompleted;
import org.jointcultivation.core.event.TrainingKind;
import org.jointcultivation.core.party.DegreeType;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.StudyLevel;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.SampleProgramme;
import org.jointcultivation.rules.access.AccessControl;
import org.jointcultivation.rules.access.Action;
import org.jointcultivation.rules.access.Resource;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Whatever hostile input the model accepts, no later evaluation breaks on it. */
class HostileEvaluationTest {
  private static final RuleEngine ENGINE = RuleEngine.builder().addPack(RegulationPacks.all()).build();
  private static final Gen<LocalDate> DAYS = integers().all().map(i -> LocalDate.ofEpochDay(i * 170L));
  private static final Gen<LocalDate> NEAR_RANGE = integers().between(-40_000, 120_000).map(i -> LocalDate.ofEpochDay(i));

  @Test
  void acceptedValues_neverBreakAnEvaluation() {
    qt().withExamples(300)
        .forAll(strings().allPossible().ofLengthBetween(1, 40), NEAR_RANGE, integers().between(-5, 5_000), NEAR_RANGE)
        .checkAssert((name, start, hours, asOf) -> {
          CultivationRecord record;
          try {
            StudentId id = StudentId.of("S-X");
            record = SampleProgramme.builder()
                .addStudent(Student.builder().id(id).name(name).level(StudyLevel.MASTER)
                    .degreeType(DegreeType.PROFESSIONAL).startDate(start).freshGraduate(true).build())
                .addCandidacy(Candidacy.builder().student(id).agreement(SampleProgramme.AGREEMENT)
                    .homeInstitution(SampleProgramme.COLLEGE).startDate(start).build())
                .addAssignment(SampleProgramme.assignment(id).startDate(start).build())
                .addEvent(TrainingCompleted.builder().id(EventId.of("TR-X")).date(start)
                    .tutor(SampleProgramme.THEORETICAL).kind(TrainingKind.PRE_SERVICE).hours(hours).build())
                .addEvent(SampleProgramme.meeting("M-X", start.plusDays(1)).student(id)
                    .attendees(List.<PersonId>of(id, SampleProgramme.PRACTICAL)).confirmedBy(List.<PersonId>of(id)).build())
                .build();
          } catch (ValidationException | IllegalStateException rejected) {
            return;
          }
          Assessment assessment;
          try {
            assessment = ENGINE.evaluate(record, asOf);
          } catch (ValidationException outOfRange) {
            return;
          }
          assertEquals(List.of(), assessment.errors(), "start " + start + ", as of " + asOf);
          AccessControl.standard().filter(record, assessment, SampleProgramme.THEORETICAL);
        });
  }

  @Test
  void evaluate_rejectsFarOffDaysWithAValidationException() {
    CultivationRecord record = SampleProgramme.record();
    qt().withExamples(500).forAll(DAYS).checkAssert(asOf -> {
      try {
        assertEquals(List.of(), ENGINE.evaluate(record, asOf).errors());
      } catch (ValidationException expected) {
        assertEquals("asOf", expected.field());
      } catch (RuntimeException other) {
        fail("undocumented " + other, other);
      }
    });
  }

  @Test
  void publicSurface_rejectsNullArguments() {
    CultivationRecord record = SampleProgramme.record();
    NullPointerTester tester = new NullPointerTester()
        .setDefault(CultivationRecord.class, record)
        .setDefault(LocalDate.class, SampleProgramme.START)
        .setDefault(PersonId.class, SampleProgramme.STUDENT)
        .setDefault(Subject.class, Subject.of(SampleProgramme.STUDENT))
        .setDefault(Resource.class, Resource.student(SampleProgramme.STUDENT))
        .setDefault(Action.class, Action.VIEW_STUDENT_RECORD)
        .setDefault(Assessment.class, ENGINE.evaluate(record, SampleProgramme.START))
        .setDefault(StudentId.class, SampleProgramme.STUDENT)
        .setDefault(java.time.Clock.class, java.time.Clock.fixed(
            SampleProgramme.START.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC));
    tester.testAllPublicInstanceMethods(ENGINE);
    tester.testAllPublicInstanceMethods(RuleEngine.builder());
    tester.testAllPublicInstanceMethods(ENGINE.evaluate(record, SampleProgramme.START.plusMonths(3)));
    tester.testAllPublicInstanceMethods(AccessControl.standard());
    tester.testAllPublicStaticMethods(Resource.class);
    tester.testAllPublicStaticMethods(ConflictPolicy.class);
  }
}
