package org.jointcultivation.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jointcultivation.core.vocabulary.Vocabulary;
import org.jointcultivation.rules.RuleEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code validate}: every file reads as a pack, and together they build an engine. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Checks regulation files: each must read as a valid pack, and together (with the vocabulary)"
        + " they must build an engine: known templates, every parameter known and well formed, conditions that"
        + " type-check, versions that do not overlap.",
        "Prints file:line:column: error: ... for each problem; exits 1 if there is one."})
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Mixin
  PackOptions files = new PackOptions();

  @CommandLine.Spec
  @SuppressWarnings("NullAway.Init") // set by picocli before call
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RegulationFiles read = RegulationFiles.read(files.packs, files.vocabulary);
    read.engine(Vocabulary.EMPTY).ifPresent(engine -> summary(out, engine));
    return read.report(out) ? 0 : 1;
  }

  private static void summary(PrintWriter out, RuleEngine engine) {
    int norms = engine.packs().stream().mapToInt(p -> p.norms().size()).sum();
    int policies = engine.packs().stream().mapToInt(p -> p.sanctionPolicies().size() + p.rewardPolicies().size()).sum();
    out.printf("valid: %d pack(s), %d norm(s), %d policy(ies)%n", engine.packs().size(), norms, policies);
  }
}
