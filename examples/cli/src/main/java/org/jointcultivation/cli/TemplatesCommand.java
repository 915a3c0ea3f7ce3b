package org.jointcultivation.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jointcultivation.rules.RuleEngine;
import org.jointcultivation.rules.spi.ParameterDeclaration;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code templates}: the catalogue a regulation file may use. */
@Command(name = "templates", mixinStandardHelpOptions = true,
    description = "Lists the rule templates a norm may name and the measure criteria a policy may name, each with"
        + " its parameters: type, allowed values, default, whether required.")
final class TemplatesCommand implements Callable<Integer> {
  @CommandLine.Spec
  @SuppressWarnings("NullAway.Init") // set by picocli before call
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    RuleEngine engine = RuleEngine.builder().discoverProviders().build();
    out.println("Rule templates (a norm's template):");
    print(out, engine.templates());
    out.println();
    out.println("Measure criteria (a sanction or reward policy's criterion):");
    print(out, engine.criteria());
    out.flush();
    return 0;
  }

  private static void print(PrintWriter out, Map<String, List<ParameterDeclaration>> catalogue) {
    catalogue.forEach((name, parameters) -> {
      out.println("  " + name);
      parameters.forEach(p -> out.println("    " + p));
    });
  }
}
