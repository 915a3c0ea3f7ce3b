package org.jointcultivation.rules;

import static org.jointcultivation.core.testing.SampleProgramme.AGREEMENT;
import static org.jointcultivation.core.testing.SampleProgramme.COLLEGE;
import static org.jointcultivation.core.testing.SampleProgramme.INSTITUTE;
import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.jointcultivation.rules.ObligationState.FULFILLED;
import static org.jointcultivation.rules.ObligationState.VIOLATED;
import static org.jointcultivation.rules.Programme.day;
import static org.jointcultivation.rules.Programme.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.Recurrence;
import org.jointcultivation.core.norm.RecurrenceUnit;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.jointcultivation.rules.testing.Scenario;
import org.junit.jupiter.api.Test;

/** One norm id, "meetings", configured differently by several packs; seven meetings in the first year. */
class ConflictResolutionTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);

  private static Norm meetings(int minimum, AuthorityLevel level) {
    return RegulationPacks.norm("meetings", StandardTemplates.MINIMUM_COUNT_PER_PERIOD, minimum + " meetings a year",
        RegulationPacks.source("Authority " + level, level, "Rules", "§1"), params("minimum", String.valueOf(minimum)),
        BearerRole.STUDENT).recurrence(Recurrence.every(RecurrenceUnit.ACADEMIC_YEAR)).build();
  }

  private static PolicyPack pack(String id, AuthorityLevel layer, InstitutionId institution, Norm norm) {
    PolicyPack.Builder pack = PolicyPack.builder().id(id).version("1").title(id).layer(layer).addNorm(norm);
    if (layer == AuthorityLevel.INSTITUTION) {
      pack.institution(institution);
    } else if (layer == AuthorityLevel.AGREEMENT) {
      pack.agreement(AGREEMENT);
    }
    return pack.build();
  }

  private static final PolicyPack NATIONAL_6 = pack("NAT", AuthorityLevel.NATIONAL, COLLEGE, meetings(6, AuthorityLevel.NATIONAL));
  private static final PolicyPack COLLEGE_9 = pack("COL", AuthorityLevel.INSTITUTION, COLLEGE, meetings(9, AuthorityLevel.INSTITUTION));
  private static final PolicyPack INSTITUTE_6 = pack("INS", AuthorityLevel.INSTITUTION, INSTITUTE, meetings(6, AuthorityLevel.INSTITUTION));

  private static CultivationRecord sevenMeetings() {
    Programme programme = Programme.sample();
    for (int i = 0; i < 7; i++) {
      programme.meeting(day(10 + 40 * i));
    }
    return programme.record();
  }

  private static Scenario evaluate(ConflictPolicy policy, PolicyPack... packs) {
    RuleEngine engine = RuleEngine.builder().addPacks(List.of(packs)).conflictPolicy(policy).build();
    return Scenario.given(sevenMeetings()).under(engine).at(AS_OF);
  }

  @Test
  void standardPipeline_higherAuthorityWins() {
    Scenario scenario = evaluate(ConflictPolicy.standard(), NATIONAL_6, COLLEGE_9)
        .expectConflict("meetings", ResolutionStep.HIGHER_AUTHORITY)
        .expectStates("meetings", STUDENT, FULFILLED, org.jointcultivation.rules.ObligationState.IN_EFFECT);
    ObligationInstance first = scenario.instances("meetings", STUDENT).get(0);
    assertEquals("NAT@1", first.explanation().pack());
    assertTrue(first.explanation().sentence().contains("HIGHER_AUTHORITY chose NAT@1 (NATIONAL)"), first.explanation().sentence());
  }

  @Test
  void agreementClause_governingRegulationsDecideBetweenHomeAndHost() {
    evaluate(ConflictPolicy.standard(), COLLEGE_9, INSTITUTE_6)
        .expectConflict("meetings", ResolutionStep.AGREEMENT_CLAUSE)
        .expectViolation("meetings", STUDENT, "COL@1");
  }

  @Test
  void agreementPack_beatsEveryOtherLayer() {
    PolicyPack agreement = pack("AGR", AuthorityLevel.AGREEMENT, COLLEGE, meetings(7, AuthorityLevel.AGREEMENT));
    evaluate(ConflictPolicy.standard(), NATIONAL_6, COLLEGE_9, agreement)
        .expectConflict("meetings", ResolutionStep.AGREEMENT_CLAUSE)
        .expectNoViolation("meetings", STUDENT);
  }

  @Test
  void stricterParameterFallback_takesNineAndSaysWhoSetIt() {
    Scenario scenario = evaluate(new ConflictPolicy(List.of(), ResolutionStep.STRICTER_PARAMETER), NATIONAL_6, COLLEGE_9)
        .expectConflict("meetings", ResolutionStep.STRICTER_PARAMETER)
        .expectStates("meetings", STUDENT, VIOLATED, org.jointcultivation.rules.ObligationState.IN_EFFECT);
    ParameterSetting minimum = scenario.instances("meetings", STUDENT).get(0).explanation().parameters().stream()
        .filter(p -> p.name().equals("minimum")).findFirst().orElseThrow();
    assertEquals(new ParameterSetting("minimum", "9", "COL@1", AuthorityLevel.INSTITUTION), minimum);
  }

  @Test
  void bothApplyFallback_evaluatesEachVersion() {
    Scenario scenario = evaluate(new ConflictPolicy(List.of(), ResolutionStep.BOTH_APPLY), NATIONAL_6, COLLEGE_9);
    scenario.expectStates("meetings@NAT", STUDENT, FULFILLED, org.jointcultivation.rules.ObligationState.IN_EFFECT);
    scenario.expectStates("meetings@COL", STUDENT, VIOLATED, org.jointcultivation.rules.ObligationState.IN_EFFECT);
  }

  @Test
  void escalateFallback_appliesNeitherAndReportsIt() {
    Scenario scenario = evaluate(new ConflictPolicy(List.of(), ResolutionStep.ESCALATE), NATIONAL_6, COLLEGE_9)
        .expectStates("meetings", STUDENT);
    assertTrue(scenario.assessment().escalations().stream().anyMatch(e -> e.student().equals(STUDENT)));
  }

  @Test
  void conflictPolicy_repeatedStepIsACycle_andFallbacksAreChecked() {
    RuleConfigurationException cycle = assertThrows(RuleConfigurationException.class, () -> new ConflictPolicy(
        List.of(ResolutionStep.HIGHER_AUTHORITY, ResolutionStep.MORE_SPECIFIC, ResolutionStep.HIGHER_AUTHORITY),
        ResolutionStep.ESCALATE));
    assertTrue(cycle.getMessage().contains("cycle"), cycle.getMessage());
    assertThrows(RuleConfigurationException.class,
        () -> new ConflictPolicy(List.of(ResolutionStep.ESCALATE), ResolutionStep.ESCALATE));
    assertThrows(RuleConfigurationException.class,
        () -> new ConflictPolicy(List.of(), ResolutionStep.HIGHER_AUTHORITY));
  }

  @Test
  void explanation_tellsEveryStepThatNarrowedTheField() {
    ConflictPolicy policy = new ConflictPolicy(
        List.of(ResolutionStep.AGREEMENT_CLAUSE, ResolutionStep.MORE_SPECIFIC), ResolutionStep.ESCALATE);
    PolicyPack institute8 = pack("INS", AuthorityLevel.INSTITUTION, INSTITUTE, meetings(8, AuthorityLevel.INSTITUTION));
    Scenario scenario = evaluate(policy, NATIONAL_6, COLLEGE_9, institute8)
        .expectConflict("meetings", ResolutionStep.MORE_SPECIFIC);
    String sentence = scenario.instances("meetings", STUDENT).get(0).explanation().resolution().orElseThrow().sentence();
    assertTrue(sentence.endsWith("AGREEMENT_CLAUSE set aside [INS@1 (INSTITUTION)]; MORE_SPECIFIC chose COL@1 (INSTITUTION)"),
        sentence);
  }
}
