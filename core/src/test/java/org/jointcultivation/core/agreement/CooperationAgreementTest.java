package org.jointcultivation.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jointcultivation.core.testing.Rejections.assertRejected;
import static org.jointcultivation.core.testing.SampleProgramme.AGREEMENT_END;
import static org.jointcultivation.core.testing.SampleProgramme.AGREEMENT_START;
import static org.jointcultivation.core.testing.SampleProgramme.COLLEGE;
import static org.jointcultivation.core.testing.SampleProgramme.ENTERPRISE;
import static org.jointcultivation.core.testing.SampleProgramme.INSTITUTE;

import java.time.LocalDate;
import java.time.Period;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.testing.SampleProgramme;
import org.junit.jupiter.api.Test;

class CooperationAgreementTest {
  @Test
  void build_endsBeforeItStarts_isRejected() {
    ValidationException error = assertRejected("CooperationAgreement", "endDate",
        "must not be before startDate (2025-09-01)",
        () -> SampleProgramme.agreement().startDate(LocalDate.of(2025, 9, 1))
            .endDate(LocalDate.of(2025, 1, 31)).build());
    assertEquals("CooperationAgreement [AG-1] field 'endDate' = 2025-01-31: "
        + "must not be before startDate (2025-09-01)", error.getMessage());
  }

  @Test
  void build_fewerThanTwoParties_isRejected() {
    assertRejected("CooperationAgreement", "parties", "at least two parties",
        () -> CooperationAgreement.builder().from(SampleProgramme.agreement().build())
            .parties(java.util.List.of(COLLEGE)).clauses(java.util.List.of()).build());
  }

  @Test
  void build_clauseNamingANonParty_isRejected() {
    assertRejected("CooperationAgreement", "clauses[§8].funders", "must be a party",
        () -> SampleProgramme.agreement().addClause(FundingClause.builder().reference("§8")
            .addFunder(ENTERPRISE).purpose("equipment").build()).build());
  }

  @Test
  void build_duplicateClauseReference_isRejected() {
    assertRejected("CooperationAgreement", "clauses", "must be unique",
        () -> SampleProgramme.agreement().addClause(TextClause.of("§5", "again")).build());
  }

  @Test
  void build_amendmentOutsideTerm_isRejected() {
    assertRejected("CooperationAgreement", "amendments[#1].validity", "must lie within",
        () -> SampleProgramme.agreement().addAmendment(Amendment.builder().number(1)
            .summary("late").startDate(AGREEMENT_END.plusDays(1))
            .addClause(TextClause.of("§9", "x")).build()).build());
  }

  @Test
  void clausesOn_appliesAmendmentsInEffectThatDay() {
    LocalDate amendedFrom = AGREEMENT_START.plusYears(1);
    CooperationAgreement agreement = SampleProgramme.agreement()
        .addAmendment(Amendment.builder().number(1).summary("practice extended to 12 months")
            .startDate(amendedFrom)
            .addClause(PlacementClause.builder().reference("§3").minimumDuration(Period.ofMonths(12)).build())
            .addRemovedClause("§4")
            .build())
        .build();

    PlacementClause before = agreement.clauseOn(AGREEMENT_START, PlacementClause.class).orElseThrow();
    PlacementClause after = agreement.clauseOn(amendedFrom, PlacementClause.class).orElseThrow();

    assertEquals(Period.ofMonths(6), before.minimumDuration().orElseThrow());
    assertEquals(Period.ofMonths(12), after.minimumDuration().orElseThrow());
    assertTrue(agreement.clauseOn(AGREEMENT_START, FundingClause.class).isPresent());
    assertTrue(agreement.clauseOn(amendedFrom, FundingClause.class).isEmpty());
    assertTrue(agreement.clausesOn(AGREEMENT_END.plusDays(1)).isEmpty());
  }

  @Test
  void fundingClause_withoutAmount_isByMutualAgreement() {
    FundingClause clause = FundingClause.builder().reference("§4").addFunder(INSTITUTE)
        .purpose("experiments").build();

    assertTrue(clause.byMutualAgreement());
  }

  @Test
  void placementClause_zeroDurationOrShareOutOfRange_isRejected() {
    assertRejected("PlacementClause", "minimumDuration", "positive duration",
        () -> PlacementClause.builder().reference("§3").minimumDuration(Period.ZERO).build());
    assertRejected("PlacementClause", "minimumShareOfTimePercent", "between 1 and 100",
        () -> PlacementClause.builder().reference("§3").minimumShareOfTimePercent(101).build());
  }

  @Test
  void governingRegulations_repeatedInstitution_isRejected() {
    assertRejected("GoverningRegulationsClause", "precedence", "twice",
        () -> GoverningRegulationsClause.builder().reference("§7").addPrecedence(COLLEGE, COLLEGE).build());
  }
}
