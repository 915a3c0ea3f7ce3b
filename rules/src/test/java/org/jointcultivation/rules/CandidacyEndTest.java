package org.jointcultivation.rules;

import static org.jointcultivation.core.testing.SampleProgramme.OTHER_STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.START;
import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jointcultivation.core.agreement.Candidacy;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.SampleProgramme;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;

/** A duty still owed when the candidacy ends is broken then; one met before the end is not touched. */
class CandidacyEndTest {
  /** The first meeting is due 14 days after the start; S-1's candidacy ends on day 10, S-2's never. */
  private static CultivationRecord record(boolean metBeforeTheEnd) {
    CultivationRecord plain = SampleProgramme.record();
    CultivationRecord.Builder builder = CultivationRecord.builder();
    plain.institutions().forEach(builder::addInstitution);
    plain.tutors().forEach(builder::addTutor);
    plain.students().forEach(builder::addStudent);
    plain.agreements().forEach(builder::addAgreement);
    plain.assignments().forEach(builder::addAssignment);
    plain.candidacies().forEach(c -> builder.addCandidacy(c.student().equals(STUDENT)
        ? Candidacy.builder().from(c).endDate(START.plusDays(10)).build() : c));
    if (metBeforeTheEnd) {
      builder.addEvent(SampleProgramme.meeting("M-1", START.plusDays(5)).build());
    }
    return builder.build();
  }

  private static Assessment evaluate(CultivationRecord record) {
    PolicyPack pack = PolicyPack.builder().id("P").version("1").title("p")
        .layer(org.jointcultivation.core.norm.AuthorityLevel.NATIONAL).addNorm(RegulationPacks.firstMeeting()).build();
    return RuleEngine.builder().addPack(pack).build().evaluate(record, START.plusDays(60));
  }

  @Test
  void aDutyStillOwedAtTheEndOfTheCandidacy_isViolatedOnThatDay() {
    Assessment assessment = evaluate(record(false));

    ObligationInstance ended = assessment.obligationsOf(STUDENT).get(0);
    assertEquals(ObligationState.VIOLATED, ended.state(), ended.transitions().toString());
    assertEquals(LocalDate.of(2025, 9, 11), ended.breach().orElseThrow().date());
    assertTrue(ended.explanation().sentence().contains("by the end of the candidacy"), ended.explanation().sentence());
    ObligationInstance going = assessment.obligationsOf(OTHER_STUDENT).get(0);
    assertEquals(ObligationState.OVERDUE, going.state(), "a candidacy that goes on: overdue, not violated");
  }

  @Test
  void aDutyMetBeforeTheEnd_staysFulfilled() {
    ObligationInstance met = evaluate(record(true)).obligationsOf(STUDENT).get(0);

    assertEquals(ObligationState.FULFILLED, met.state());
    assertTrue(met.breach().isEmpty());
  }
}
