package org.jointcultivation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.Cohort;
import org.jointcultivation.core.testing.CohortGenerator;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;

/** One subject evaluated alone finds exactly what the whole record's evaluation finds about it. */
class SubjectEvaluationTest {
  private static final RuleEngine ENGINE = RuleEngine.builder().addPack(RegulationPacks.all()).build();

  @Test
  void eachSubjectAlone_isWhatTheWholeAssessmentSaysAboutIt() {
    qt().withExamples(8).forAll(longs().between(1, 1_000_000), integers().between(0, 3 * 365))
        .checkAssert((seed, daysIn) -> {
          Cohort cohort = CohortGenerator.generate(seed, 16);
          CultivationRecord record = cohort.toRecord();
          LocalDate day = cohort.asOf().minusDays(daysIn);
          Assessment whole = ENGINE.evaluate(record, day);
          List<Subject> subjects = new ArrayList<>();
          record.students().forEach(s -> subjects.add(Subject.of(s.id())));
          record.tutors().forEach(t -> subjects.add(Subject.of(t.id())));
          record.agreements().forEach(a -> subjects.add(Subject.of(a.id())));
          for (Subject subject : subjects) {
            Assessment alone = ENGINE.evaluate(record, day, subject);
            assertEquals(whole.obligationsAbout(subject), alone.obligationsAbout(subject), subject::toString);
            assertEquals(whole.proposalsFor(subject), alone.proposalsFor(subject), subject::toString);
            assertEquals(whole.errors().stream().filter(e -> e.subject().equals(subject)).toList(), alone.errors(),
                subject::toString);
            if (subject instanceof Subject.Tutor tutor) {
              assertEquals(whole.obligationsOf(tutor.id()), alone.obligationsOf(tutor.id()), "the duties it bears");
              assertEquals(ENGINE.nextChange(record, whole, subject), ENGINE.nextChange(record, alone, subject));
            } else {
              assertEquals(alone.obligationsAbout(subject), alone.obligations(), "nothing about anyone else");
            }
          }
        });
  }

  /** A cohort where a trainee's award is proposed for the tutors too: proposals about a tutor made by a student's policy. */
  @Test
  void aTutorAlone_hasTheProposalsItsStudentsPoliciesMakeForIt() {
    Cohort cohort = CohortGenerator.generate(9, 8);
    CultivationRecord record = cohort.toRecord();
    Assessment whole = ENGINE.evaluate(record, cohort.asOf());
    int proposals = 0;
    for (var tutor : record.tutors()) {
      Subject subject = Subject.of(tutor.id());
      List<Proposal> expected = whole.proposalsFor(subject);
      assertEquals(expected, ENGINE.evaluate(record, cohort.asOf(), subject).proposalsFor(subject), subject::toString);
      proposals += expected.size();
    }
    assertTrue(proposals > 0, "the cohort has proposals about tutors to compare");
  }

  @Test
  void aSubjectTheRecordLacks_isRefused() {
    Cohort cohort = CohortGenerator.generate(3, 4);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ENGINE.evaluate(cohort.toRecord(), cohort.asOf(), Subject.of(StudentId.of("NOBODY"))));
    assertTrue(String.valueOf(e.getMessage()).contains("NOBODY"), e.getMessage());
  }
}
