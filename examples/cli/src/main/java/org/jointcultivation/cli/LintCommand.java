package org.jointcultivation.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jointcultivation.core.vocabulary.Vocabulary;
import org.jointcultivation.rules.LintWarning;
import org.jointcultivation.rules.RuleEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lint}: what is valid but almost certainly not meant. */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = {"Validates, then checks regulation files for what is valid but almost certainly not meant:"
        + " norms that can never apply, norms given twice, norms another pack always overrules, conflicts the"
        + " conflict policy escalates to a person, parameters outside common ranges, vocabulary no norm reads.",
        "Prints file:line:column: warning [check] ... for each; exits 1 if there is an error or a warning."})
final class LintCommand implements Callable<Integer> {
  @CommandLine.Mixin
  PackOptions files = new PackOptions();

  @Option(names = "--exit-zero", description = "Exit 0 even when there are warnings (errors still exit 1).")
  boolean exitZero;

  @CommandLine.Spec
  @SuppressWarnings("NullAway.Init") // set by picocli before call
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RegulationFiles read = RegulationFiles.read(files.packs, files.vocabulary);
    java.util.Optional<RuleEngine> engine = read.engine(Vocabulary.EMPTY);
    if (engine.isEmpty()) {
      read.report(out);
      return 1;
    }
    List<LintWarning> warnings = engine.get().lint();
    for (LintWarning warning : warnings) {
      out.println(read.location(warning.source(), List.of(warning.path())) + ": warning [" + warning.check() + "] "
          + warning.message());
    }
    out.println(warnings.isEmpty() ? "no warnings" : warnings.size() + " warning(s)");
    out.flush();
    return warnings.isEmpty() || exitZero ? 0 : 1;
  }
}
