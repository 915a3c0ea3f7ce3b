package org.jointcultivation.rules;

import static org.jointcultivation.core.testing.SampleProgramme.START;
import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.THEORETICAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jointcultivation.core.event.DeclaredEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.TrainingCompleted;
import org.jointcultivation.core.event.TrainingKind;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.SampleProgramme;
import org.jointcultivation.core.vocabulary.AttributeDeclaration;
import org.jointcultivation.core.vocabulary.AttributeType;
import org.jointcultivation.core.vocabulary.EventKindDeclaration;
import org.jointcultivation.core.vocabulary.Vocabulary;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;

/** The {@code validity} template: a validity that expires and is renewed. */
class ValidityTest {
  /** A supervisor's accreditation: development training, valid two years, needed while supervising. */
  private static Norm accreditation(Map<String, String> parameters) {
    return RegulationPacks.norm("accreditation", StandardTemplates.VALIDITY, "A supervisor holds a valid accreditation",
        RegulationPacks.source("Graduate school", AuthorityLevel.NATIONAL, "Supervisor register", "§2"), parameters,
        BearerRole.TUTOR).build();
  }

  private static final Map<String, String> TWO_YEARS = Map.of("event", "TrainingCompleted",
      "kinds", "DEVELOPMENT_PROGRAMME", "validFor", "P2Y");

  private static TrainingCompleted training(String id, LocalDate day, TrainingKind kind) {
    return TrainingCompleted.builder().id(EventId.of(id)).date(day).tutor(THEORETICAL).kind(kind).hours(8).build();
  }

  private static Assessment evaluate(Norm norm, CultivationRecord record, LocalDate asOf) {
    return Programme.engine(norm).evaluate(record, asOf);
  }

  @Test
  void anAccreditationThatLapses_isOneViolationFromItsFirstDay_namingTheRenewal() {
    CultivationRecord record = SampleProgramme.builder()
        .addEvent(training("TR-1", START.minusMonths(1), TrainingKind.DEVELOPMENT_PROGRAMME))
        .addEvent(training("TR-X", START.plusYears(1), TrainingKind.WORKSHOP)) // not the kind that counts
        .addEvent(training("TR-2", LocalDate.of(2027, 10, 1), TrainingKind.DEVELOPMENT_PROGRAMME))
        .build();
    Assessment assessment = evaluate(accreditation(TWO_YEARS), record, LocalDate.of(2028, 1, 1));

    List<Violation> violations = assessment.violationsOf(THEORETICAL);
    assertEquals(1, violations.size());
    Violation lapse = violations.get(0);
    assertEquals(LocalDate.of(2027, 8, 1), lapse.date(), "TR-1 was valid until 2027-07-31");
    assertEquals(List.of(EventId.of("TR-1"), EventId.of("TR-2")), lapse.explanation().countedEvents());
    assertEquals("no valid DEVELOPMENT_PROGRAMME TrainingCompleted from 2027-08-01 (TR-1 was valid until 2027-07-31);"
        + " renewed by TR-2 on 2027-10-01", lapse.explanation().computed().orElseThrow());

    ObligationInstance held = assessment.obligation("accreditation/T-THEO/held").orElseThrow();
    assertEquals(ObligationState.IN_EFFECT, held.state());
    assertEquals(LocalDate.of(2029, 9, 30), held.dueDate().orElseThrow(), "renew by the last valid day");
    assertEquals(List.of(held), assessment.dueWithin(Subject.of(THEORETICAL), Period.ofYears(2)).stream()
        .filter(o -> o.ruleId().equals("accreditation")).toList(), "a renewal falling due is a reminder");
    assertEquals(List.of(), assessment.violationsOf(SampleProgramme.COLLEAGUE), "the colleague supervises nobody");
  }

  @Test
  void aValidUntilField_setsEachGrantsEnd_andFirstWithinGivesTimeToObtainTheFirst() {
    Vocabulary vocabulary = Vocabulary.EMPTY.withEvent("EthicsApproval", EventKindDeclaration.builder()
        .description("research with people approved").putField("until", AttributeDeclaration.of(AttributeType.DATE))
        .build());
    Norm ethics = RegulationPacks.norm("ethics", StandardTemplates.VALIDITY, "A valid ethics approval",
        RegulationPacks.source("Ethics board", AuthorityLevel.NATIONAL, "Human research", "§1"),
        Map.of("event", "EthicsApproval", "validUntilField", "until", "firstWithin", "P6M"), BearerRole.STUDENT)
        .build();
    RuleEngine engine = RuleEngine.builder().vocabulary(vocabulary)
        .addPack(Programme.pack("ETHICS", AuthorityLevel.NATIONAL, ethics)).build();
    CultivationRecord.Builder builder = SampleProgramme.builder().vocabulary(vocabulary);
    builder.addEvent(DeclaredEvent.builder().id(EventId.of("EA-1")).date(START.plusMonths(7)).kind("EthicsApproval")
        .student(STUDENT).putField("until", START.plusMonths(19).toString()).build());
    CultivationRecord record = builder.build();

    Assessment early = engine.evaluate(record, START.plusMonths(2));
    ObligationInstance toObtain = early.obligation("ethics/S-1/held").orElseThrow();
    assertEquals(START.plusMonths(6).minusDays(1), toObtain.dueDate().orElseThrow());
    assertEquals(List.of(), early.violationsOf(STUDENT));

    Assessment later = engine.evaluate(record, START.plusMonths(24));
    assertEquals(List.of(START.plusMonths(6), START.plusMonths(19).plusDays(1)),
        later.violationsOf(STUDENT).stream().map(Violation::date).toList(),
        "a month without approval after the grace, and from the day after it expired");
  }

  @Test
  void property_theLapsesAreExactlyTheRunsOfRequiredDaysWithoutAValidGrant() {
    LocalDate asOf = START.plusYears(4);
    qt().withExamples(60).forAll(lists().of(integers().between(-400, 1400)).ofSizeBetween(0, 5),
            integers().between(1, 18))
        .checkAssert((offsets, months) -> {
          CultivationRecord.Builder builder = SampleProgramme.builder();
          TreeSet<LocalDate> valid = new TreeSet<>();
          for (int i = 0; i < offsets.size(); i++) {
            LocalDate day = START.plusDays(offsets.get(i));
            builder.addEvent(training("TR-" + i, day, TrainingKind.DEVELOPMENT_PROGRAMME));
            for (LocalDate d = day; d.isBefore(day.plusMonths(months)); d = d.plusDays(1)) {
              valid.add(d);
            }
          }
          // T-THEO supervises from START on: a lapse starts on each required day without validity
          // whose day before was valid or not required.
          List<LocalDate> starts = new ArrayList<>();
          for (LocalDate d = START; !d.isAfter(asOf); d = d.plusDays(1)) {
            if (!valid.contains(d) && (d.equals(START) || valid.contains(d.minusDays(1)))) {
              starts.add(d);
            }
          }
          Assessment assessment = evaluate(accreditation(Map.of("event", "TrainingCompleted", "validFor",
              "P" + months + "M")), builder.build(), asOf);
          assertEquals(starts, assessment.violationsOf(THEORETICAL).stream().map(Violation::date).sorted().toList(),
              offsets + ", valid " + months + " months");
          assertEquals(valid.contains(asOf), assessment.obligation("accreditation/T-THEO/held").isPresent());
        });
  }

  @Test
  void aValidityWithoutALength_orWithAFieldThatIsNoDate_orHeldByAnAgreement_failsTheBuild() {
    RuleConfigurationException noLength = assertThrows(RuleConfigurationException.class,
        () -> Programme.engine(accreditation(Map.of("event", "TrainingCompleted"))));
    assertTrue(noLength.getMessage().contains("'validFor'") && noLength.getMessage().contains("is required"),
        noLength.getMessage());
    RuleConfigurationException notADate = assertThrows(RuleConfigurationException.class,
        () -> Programme.engine(accreditation(Map.of("event", "TrainingCompleted", "validUntilField", "hours"))));
    assertTrue(notADate.getMessage().contains("must name a DATE field"), notADate.getMessage());
    assertThrows(RuleConfigurationException.class, () -> Programme.engine(RegulationPacks.norm("agreement-validity",
        StandardTemplates.VALIDITY, "x", RegulationPacks.source("x", AuthorityLevel.NATIONAL, "x", "§1"), TWO_YEARS,
        BearerRole.HOST_INSTITUTION).build()));
  }
}
