package org.jointcultivation.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.examples.plugin.EnterpriseSupervisionRule;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.RuleEngine;

/**
 * A third-party rule, registered in {@code META-INF/services} and with {@code provides} in the
 * examples' module descriptor, found by {@code discoverProviders()}
 * and evaluated next to the packs of the medical programme.
 */
public final class CustomRulePlugin {
  private CustomRulePlugin() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(PrintStream out) {
    CultivationRecord record = MedicalProgramme.record();
    RuleEngine engine = RuleEngine.builder()
        .addPack(Regulations.national())
        .addPack(Regulations.college(MedicalProgramme.COLLEGE))
        .conflictPolicy(MedicalProgrammeReport.POLICY)
        .discoverProviders()
        .build();
    Assessment assessment = engine.evaluate(record, MedicalProgramme.AS_OF);
    out.println("== A third-party rule found through META-INF/services ==");
    out.println(assessment);
    for (ObligationInstance instance : assessment.obligations()) {
      if (instance.ruleId().equals(EnterpriseSupervisionRule.ID)) {
        out.printf("%-9s %s: %s [%s]%n", instance.state(), instance.student().orElseThrow(),
            instance.explanation().sentence(), instance.explanation().pack());
      }
    }
  }
}
