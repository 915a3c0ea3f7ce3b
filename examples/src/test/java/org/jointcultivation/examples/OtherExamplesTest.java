package org.jointcultivation.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jointcultivation.examples.plugin.EnterpriseSupervisionProvider;
import org.jointcultivation.rules.spi.RuleProvider;
import org.junit.jupiter.api.Test;

class OtherExamplesTest {
  @Test
  void schoolEnterprise_rewardsTheOutstandingTeacherAndExpert_flagsTheAbsentTeacherAndShortPlacement() {
    String output = Output.of(SchoolEnterpriseProgramme::run);

    assertTrue(output.contains("REWARD PEI_EXCELLENCE_AWARD for Lu Ming (T-S1)"), output);
    assertTrue(output.contains("REWARD PEI_EXCELLENCE_AWARD for Wei Dong (T-E1)"), output);
    assertTrue(output.contains("because 48 hours of EXPERT_TEACHING_AT_SCHOOL within P1Y"), output);
    assertTrue(output.contains("Pan Hao (T-S3) teacher-practice: 0 TEACHER_PRACTICE_IN_ENTERPRISE"), output);
    assertTrue(output.contains("Wei Ling (U-05) applied-placement: 115 days in placement"), output);
    assertTrue(!output.contains("Wei Dong (T-E1) teacher-practice"), "enterprise experts do not owe enterprise practice");
  }

  @Test
  void customRulePlugin_isFoundThroughServiceLoaderAndReported() {
    String output = Output.of(CustomRulePlugin::run);

    assertTrue(output.contains("VIOLATED  S-24: no supervisor from BSPHARM in the team [T-YMU-4, T-IMB-2]"), output);
    assertTrue(output.contains("FULFILLED S-13: enterprise supervisor T-BSP-1 in the team"), output);
    assertTrue(output.contains("[plugin:org.jointcultivation.examples.plugin.EnterpriseSupervisionProvider]"), output);
  }

  @Test
  void plugin_isRegisteredForTheModulePathAndTheClassPath() {
    Module examples = CustomRulePlugin.class.getModule();
    assertTrue(examples.isNamed(), "the build runs these tests on the module path");
    assertTrue(examples.getDescriptor().provides().stream().anyMatch(provides ->
        provides.service().equals(RuleProvider.class.getName())
            && provides.providers().contains(EnterpriseSupervisionProvider.class.getName())));
    assertTrue(CustomRulePlugin.class.getResource("/META-INF/services/" + RuleProvider.class.getName()) != null);
  }

  @Test
  void compareRegulations_showsTheSameCohortJudgedDifferently() {
    String output = Output.of(CompareRegulations::run);

    assertTrue(output.contains("S-20   Guo Hong            2          12"), output);
    assertTrue(output.contains("outcomes differ for 24 of 24 students."), output);
    assertTrue(output.contains("Solent:     8 SupervisionMeetingHeld with [S-20] in academic year"), output);
    assertTrue(output.contains("Portsmouth: "), output);
  }
}
