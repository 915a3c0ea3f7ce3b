package org.jointcultivation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.Proposal;
import org.junit.jupiter.api.Test;

class MedicalProgrammeReportTest {
  private static final String OUTPUT = Output.of(MedicalProgrammeReport::run);

  @Test
  void report_namesTheCorrespondingAuthorViolationWithItsClause() {
    assertTrue(OUTPUT.contains("Zhao Lei (S-07) corresponding-author: corresponding author of "), OUTPUT);
    assertTrue(OUTPUT.contains("is Zhao Lei (S-07); AGREEMENT-AG-KMU@2024"), OUTPUT);
    assertTrue(OUTPUT.contains("(agreement clause §5.1)"), OUTPUT);
  }

  @Test
  void report_showsMissedMeetingsFeedbackNeverFollowedUpAndTheSilentTutor() {
    assertTrue(OUTPUT.contains("Wang Fang (S-03) progress-debriefings: 3 consecutive periods short up to 2025-04-01"), OUTPUT);
    assertTrue(OUTPUT.contains("Sun Min (S-11) feedback-follow-up: no FeedbackFollowedUp by 2026-09-01"), OUTPUT);
    assertTrue(OUTPUT.contains("Hu Bo (S-16) mid-term-review: no MID_TERM_REVIEW MilestoneReviewed"), OUTPUT);
    assertTrue(OUTPUT.contains("He Qiang (T-IMB-2) train-before-supervising"), OUTPUT);
    assertTrue(OUTPUT.contains("tutor-communication: no TutorsCommunicated since 2025-06-21"), OUTPUT);
  }

  @Test
  void report_proposesRewardsWithTutorsAndASanctionWithDueProcess() {
    assertTrue(OUTPUT.contains("REWARD EXCELLENT_TRAINEE_AWARD for Li Wei (S-01)"), OUTPUT);
    assertTrue(OUTPUT.contains("REWARD EXCELLENT_TRAINEE_AWARD for Chen Jun (T-KMU-1)"), OUTPUT);
    assertTrue(OUTPUT.contains("SANCTION CRITICISM for Guo Hong (S-20), policy student-discipline\n"
        + "    governed by the regulations of [YMU, IMB]; due process [NOTICE, DECISION]; appeal within P10D"), OUTPUT);
  }

  @Test
  void report_explainsHowHomeAndHostRegulationsWereReconciled() {
    assertTrue(OUTPUT.contains("AGREEMENT_CLAUSE set aside [KMU@2023.2 (INSTITUTION)]; MORE_SPECIFIC chose YMU@2024.1 (INSTITUTION)\n"
        + "    for 12 students"), OUTPUT);
  }

  @Test
  void leaveShiftsDeadlines_andTheHealthAdjustmentIsOnTime() {
    CultivationRecord record = MedicalProgramme.record();
    Assessment assessment = MedicalProgrammeReport.engine(record).evaluate(record, MedicalProgramme.AS_OF);

    assertEquals(0, assessment.violationsOf(MedicalProgramme.MA_TAO).size(), "sick leave shifted the follow-up");
    var health = assessment.obligationsOf(MedicalProgramme.ZHOU_JING).stream()
        .filter(o -> o.ruleId().equals("health-adjustment")).findFirst().orElseThrow();
    assertEquals(ObligationState.FULFILLED, health.state());
    assertTrue(health.transitions().stream().anyMatch(t -> t.state() == ObligationState.SUSPENDED));
    assertTrue(assessment.proposals().stream().map(Proposal::code).noneMatch("TERMINATION"::equals));
  }
}
