package org.jointcultivation.core.norm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jointcultivation.core.testing.Rejections.assertRejected;

import java.time.Period;
import java.util.Map;
import org.jointcultivation.core.agreement.CooperationForm;
import org.jointcultivation.core.party.StudyMode;
import org.jointcultivation.core.testing.SampleProgramme;
import org.junit.jupiter.api.Test;

class NormsTest {
  static final NormSource SOLENT = NormSource.builder().authority("Solent University")
      .level(AuthorityLevel.INSTITUTION).document("Code of Practice for Research Degrees")
      .version("2024").clause("§5.3").build();

  static Norm.Builder meetingsPerYear() {
    return Norm.builder().id("meetings-per-year").kind(NormKind.OBLIGATION)
        .template("minimum-count-per-period").title("At least 9 recorded supervision meetings a year")
        .source(SOLENT).addBearer(BearerRole.SUPERVISION_TEAM)
        .applicability(Applicability.builder().addStudyMode(StudyMode.FULL_TIME).build())
        .parameters(Map.of("minimum", "9", "window", "P1Y"))
        .recurrence(Recurrence.every(RecurrenceUnit.ACADEMIC_YEAR));
  }

  @Test
  void normSource_citation_namesAuthorityDocumentVersionAndClause() {
    assertEquals("Solent University, Code of Practice for Research Degrees (2024) §5.3", SOLENT.citation());
  }

  @Test
  void norm_typedParameters() {
    Norm norm = meetingsPerYear().build();

    assertEquals(9, norm.intParameter("minimum"));
    assertEquals(Period.ofYears(1), norm.periodParameter("window"));
  }

  @Test
  void norm_copiedParameter_canBeOverridden() {
    Norm norm = meetingsPerYear().build();

    Norm stricter = Norm.builder().from(norm).putParameter("minimum", "12").build();

    assertEquals(12, stricter.intParameter("minimum"));
    assertEquals(norm.parameters().keySet(), stricter.parameters().keySet());
    assertEquals(9, norm.intParameter("minimum"), "the original is unchanged");
    assertThrows(UnsupportedOperationException.class, () -> stricter.parameters().put("minimum", "1"));
  }

  @Test
  void norm_missingOrMalformedParameter_isRejectedNamingIt() {
    Norm norm = meetingsPerYear().parameters(Map.of("minimum", "nine")).build();

    assertRejected("Norm", "parameters[minimum]", "whole number", () -> norm.intParameter("minimum"));
    assertRejected("Norm", "parameters[window]", "is required by template minimum-count-per-period",
        () -> norm.periodParameter("window"));
  }

  @Test
  void norm_withoutBearers_isRejected() {
    assertRejected("Norm", "bearers", "at least one bearer",
        () -> Norm.builder().from(meetingsPerYear().build()).bearers(java.util.Set.of()).build());
  }

  @Test
  void applicability_coversOnlyMatchingStudents() {
    Applicability fullTime = Applicability.builder().addStudyMode(StudyMode.FULL_TIME).build();
    var student = SampleProgramme.student(SampleProgramme.STUDENT);

    assertTrue(fullTime.covers(student, CooperationForm.TUTOR_LED));
    assertFalse(fullTime.covers(
        org.jointcultivation.core.party.Student.builder().from(student).studyMode(StudyMode.PART_TIME).build(),
        CooperationForm.TUTOR_LED));
    assertTrue(Applicability.everyone().covers(student, CooperationForm.TUTOR_LED));
  }

  @Test
  void recurrenceAndDeadline_nonPositive_areRejected() {
    assertRejected("Recurrence", "every", "must be positive",
        () -> Recurrence.builder().unit(RecurrenceUnit.MONTH).every(0).build());
    assertRejected("Deadline", "within", "positive duration", () -> Deadline.of("FeedbackSubmitted", Period.ofDays(-1)));
  }

  @Test
  void sanctionPolicy_duplicateStepOrZeroWindow_isRejected() {
    LadderStep criticism = LadderStep.builder().code("CRITICISM").label("criticism").build();
    SanctionPolicy.Builder policy = SanctionPolicy.builder().id("student-discipline").title("ladder")
        .source(SOLENT).subject(MeasureSubject.STUDENT).addLadder(criticism).window(Period.ofYears(1));

    assertRejected("SanctionPolicy", "ladder", "unique", () -> policy.addLadder(criticism).build());
    assertRejected("SanctionPolicy", "window", "positive duration",
        () -> SanctionPolicy.builder().from(policy.ladder(java.util.List.of(criticism)).build())
            .window(Period.ZERO).build());
  }

  @Test
  void authorityLevel_nationalOutranksInstitution() {
    assertTrue(AuthorityLevel.NATIONAL.outranks(AuthorityLevel.INSTITUTION));
    assertFalse(AuthorityLevel.AGREEMENT.outranks(AuthorityLevel.REGIONAL));
  }

  @Test
  void policyPack_duplicateIdsOrMissingScope_areRejected() {
    PolicyPack.Builder pack = PolicyPack.builder().id("SOLENT-RD").version("2024.1").title("Solent")
        .layer(AuthorityLevel.INSTITUTION).institution(SampleProgramme.COLLEGE)
        .addNorm(meetingsPerYear().build());

    assertEquals("SOLENT-RD@2024.1", pack.build().coordinates());
    assertRejected("PolicyPack", "norms", "unique", () -> pack.addNorm(meetingsPerYear().build()).build());
    assertRejected("PolicyPack", "institution", "INSTITUTION layer",
        () -> PolicyPack.builder().id("X").version("1").title("x").layer(AuthorityLevel.INSTITUTION).build());
  }
}
