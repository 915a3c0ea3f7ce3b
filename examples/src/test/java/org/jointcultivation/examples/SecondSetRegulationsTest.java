package org.jointcultivation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.jointcultivation.core.party.DegreeType;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.StudyLevel;
import org.jointcultivation.core.party.StudyMode;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.RuleEngine;
import org.jointcultivation.rules.Violation;
import org.junit.jupiter.api.Test;

/**
 * The second set of real regulations (REGULATIONS-2.md), each encoded by configuration alone in a
 * pack file under {@code regulations/second-set/} with the set's vocabulary, each checked against
 * the outcomes its scenario lists. Test names start with the regulation's id.
 */
class SecondSetRegulationsTest {
  private static final Map<String, String> NO_FIELDS = Map.of();

  private static ObligationInstance only(Assessment assessment, String student) {
    List<ObligationInstance> found = assessment.obligationsOf(StudentId.of(student));
    assertEquals(1, found.size(), student + ": " + found);
    return found.get(0);
  }

  private static String sentence(ObligationInstance obligation) {
    return obligation.explanation().sentence();
  }

  @Test
  void V2_confirmationWindow_tooEarlyIsABreach_tooLateIsABreach_andRemindersGoOutBeforeItCloses() {
    LocalDate start = LocalDate.of(2025, 3, 1);
    CultivationRecord record = new SecondSetProgramme()
        .student("PHD-FT", StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.FULL_TIME, start, "T1", "T2")
        .student("PHD-PT", StudyLevel.DOCTORAL, DegreeType.ACADEMIC, StudyMode.PART_TIME, start, "T1", "T2")
        .student("MRES-FT", StudyLevel.MASTER, DegreeType.ACADEMIC, StudyMode.FULL_TIME, start, "T1", "T2")
        .declared("CandidatureConfirmed", LocalDate.of(2025, 7, 15), "PHD-FT", NO_FIELDS)
        .declared("CandidatureConfirmed", LocalDate.of(2025, 8, 20), "MRES-FT", NO_FIELDS)
        .record();
    RuleEngine engine = SecondSetProgramme.engine("v2-rmit-confirmation.yaml");

    Assessment assessment = engine.evaluate(record, LocalDate.of(2027, 3, 2));

    ObligationInstance early = only(assessment, "PHD-FT");
    assertEquals(ObligationState.VIOLATED, early.state(), sentence(early));
    assertEquals(LocalDate.of(2025, 7, 15), early.breach().orElseThrow().date());
    assertTrue(sentence(early).contains("before 2025-09-01"), sentence(early));
    ObligationInstance missing = only(assessment, "PHD-PT");
    assertEquals(ObligationState.OVERDUE, missing.state());
    assertEquals(LocalDate.of(2027, 3, 1), missing.dueDate().orElseThrow());
    assertEquals(ObligationState.FULFILLED, only(assessment, "MRES-FT").state());
    assertEquals(List.of(StudentId.of("PHD-FT"), StudentId.of("PHD-PT")),
        assessment.violations().stream().map(Violation::obligation).map(o -> o.student().orElseThrow()).toList());

    List<ObligationInstance> reminders = engine.evaluate(record, LocalDate.of(2027, 2, 1)).dueWithin(Period.ofDays(30));
    assertEquals(List.of("confirmation-phd-part-time"), reminders.stream().map(ObligationInstance::ruleId).toList());
    assertEquals(List.of(), engine.evaluate(record, LocalDate.of(2026, 2, 15)).dueWithin(Period.ofDays(30)));
  }

  /** V3's candidate: presents on 2025-11-28 and is confirmed that day; the form and the funds vary. */
  private static CultivationRecord victoria(LocalDate lodged, LocalDate disbursed, String holidays) {
    SecondSetProgramme programme = new SecondSetProgramme();
    if (!holidays.isEmpty()) {
      programme.institution(SecondSetProgramme.UNIVERSITY,
          org.jointcultivation.core.party.InstitutionKind.UNIVERSITY, Map.of("holidays", holidays));
    }
    return programme.student("S", LocalDate.of(2024, 11, 1))
        .declared("PanelFormLodged", lodged, "S", NO_FIELDS)
        .declared("ConfirmationPresented", LocalDate.of(2025, 11, 28), "S", NO_FIELDS)
        .declared("CandidatureConfirmed", LocalDate.of(2025, 11, 28), "S", NO_FIELDS)
        .add(org.jointcultivation.core.event.FundsDisbursed.builder()
            .id(org.jointcultivation.core.event.EventId.of("F-1")).date(disbursed)
            .agreement(SecondSetProgramme.AGREEMENT).funder(SecondSetProgramme.UNIVERSITY).student(StudentId.of("S"))
            .amount(org.jointcultivation.core.Money.of("1500", "AUD")).build())
        .record();
  }

  private static ObligationState state(Assessment assessment, String rule) {
    return assessment.obligations().stream().filter(o -> o.ruleId().equals(rule)).map(ObligationInstance::state)
        .findFirst().orElseThrow(() -> new AssertionError("no obligation of " + rule + " in " + assessment));
  }

  @Test
  void V3_panelFormTwentyBusinessDaysBefore_withTheInstitutionsHolidays_andFundsOnlyAfterConfirmation() {
    RuleEngine engine = SecondSetProgramme.engine("v3-victoria-confirmation.yaml");
    LocalDate asOf = LocalDate.of(2026, 1, 1);

    Assessment onTime = engine.evaluate(victoria(LocalDate.of(2025, 10, 31), LocalDate.of(2025, 12, 10), ""), asOf);
    assertEquals(ObligationState.FULFILLED, state(onTime, "panel-form-before-presentation"));
    assertEquals(ObligationState.FULFILLED, state(onTime, "funds-after-confirmation"));
    assertEquals(List.of(), onTime.errors());

    Assessment late = engine.evaluate(victoria(LocalDate.of(2025, 11, 3), LocalDate.of(2025, 12, 10), ""), asOf);
    assertEquals(ObligationState.VIOLATED, state(late, "panel-form-before-presentation"));

    Assessment holiday = engine.evaluate(
        victoria(LocalDate.of(2025, 10, 31), LocalDate.of(2025, 12, 10), "2025-11-11"), asOf);
    assertEquals(ObligationState.VIOLATED, state(holiday, "panel-form-before-presentation"),
        "with 11 November a holiday, 31 October is only 19 business days before");

    Assessment earlyFunds = engine.evaluate(
        victoria(LocalDate.of(2025, 10, 31), LocalDate.of(2025, 10, 15), ""), asOf);
    assertEquals(ObligationState.VIOLATED, state(earlyFunds, "funds-after-confirmation"));
    assertEquals(LocalDate.of(2025, 10, 15), earlyFunds.violations().get(0).date());
    assertTrue(earlyFunds.violations().get(0).explanation().countedEvents()
        .contains(org.jointcultivation.core.event.EventId.of("F-1")));
  }
}
