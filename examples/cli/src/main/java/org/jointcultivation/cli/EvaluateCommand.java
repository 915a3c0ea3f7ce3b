package org.jointcultivation.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.RuleEngine;
import org.jointcultivation.rules.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code evaluate}: a record against regulation files, as of a day. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Evaluates a record against regulation files as of a day and prints a report (or the"
        + " assessment as JSON): duties by state, violations, proposed measures, rule errors, escalated conflicts.",
        "Progress goes to the error stream; exits 1 if a file cannot be read or the packs do not build."})
final class EvaluateCommand implements Callable<Integer> {
  @CommandLine.Mixin
  PackOptions files = new PackOptions();

  @CommandLine.Mixin
  RecordOptions record = new RecordOptions();

  @Option(names = "--json", description = "Print the assessment as the library's JSON instead of a report.")
  boolean json;

  @Option(names = "--all", description = "List every violation; the report lists the first 100 otherwise.")
  boolean all;

  @CommandLine.Spec
  @SuppressWarnings("NullAway.Init") // set by picocli before call
  CommandLine.Model.CommandSpec spec;

  /** The violations a report lists unless asked for all. */
  static final int LISTED = 100;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<RecordEvaluation.Evaluated> evaluated =
        RecordEvaluation.evaluated(files.packs, files.vocabulary, record, err);
    if (evaluated.isEmpty()) {
      return 1;
    }
    Assessment assessment = evaluated.get().assessment();
    if (json) {
      out.println(CultivationJson.toJson(assessment));
    } else {
      report(out, evaluated.get().engine(), assessment);
    }
    out.flush();
    return 0;
  }

  private void report(PrintWriter out, RuleEngine engine, Assessment assessment) {
    out.println("Assessment as of " + assessment.asOf() + " under "
        + String.join(", ", engine.packs().stream().map(p -> p.coordinates()).toList()));
    Map<ObligationState, Integer> byState = new TreeMap<>();
    for (ObligationInstance duty : assessment.obligations()) {
      byState.merge(duty.state(), 1, Integer::sum);
    }
    out.printf("  %,d duties: %s%n", assessment.obligations().size(), byState.entrySet().stream()
        .map(e -> String.format("%,d %s", e.getValue(), e.getKey())).toList());
    out.printf("  %,d violations, %,d proposals, %,d rule errors, %,d escalated conflicts%n",
        assessment.violations().size(), assessment.proposals().size(), assessment.errors().size(),
        assessment.escalations().size());
    List<Violation> violations = assessment.violations();
    if (!violations.isEmpty()) {
      out.println("Violations");
      int shown = all ? violations.size() : Math.min(LISTED, violations.size());
      for (Violation violation : violations.subList(0, shown)) {
        out.println("  " + violation.date() + " " + violation.obligation().id() + ": "
            + violation.explanation().sentence());
      }
      if (shown < violations.size()) {
        out.printf("  … and %,d more (--all lists them, --json gives everything)%n", violations.size() - shown);
      }
    }
    if (!assessment.proposals().isEmpty()) {
      out.println("Proposals");
      assessment.proposals().forEach(p -> out.println("  " + p.subject() + ": " + p.label() + " (" + p.policyId()
          + "): " + p.explanation().sentence()));
    }
    if (!assessment.errors().isEmpty()) {
      out.println("Rule errors");
      assessment.errors().forEach(e -> out.println("  " + e));
    }
    if (!assessment.escalations().isEmpty()) {
      out.println("Escalated to a person");
      assessment.escalations().forEach(c -> out.println("  " + c));
    }
  }
}
