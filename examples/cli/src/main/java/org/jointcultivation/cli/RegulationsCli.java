package org.jointcultivation.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line for regulation files: {@code validate} and {@code lint} them (in a programme
 * office's own CI), {@code evaluate} a record against them, {@code explain} one duty, {@code diff}
 * two sets of them over a record (what-if), and list the {@code templates} they may use.
 *
 * <pre>{@code
 * java -jar jointcultivation-cli.jar validate regulations/*.yaml --vocabulary vocabulary.yaml
 * java -jar jointcultivation-cli.jar diff --record record.json --as-of 2026-09-01 \
 *     --current regulations/2023.yaml --proposed regulations/2026.yaml
 * }</pre>
 *
 * <p>Exit codes: 0 when all is well; 1 when a file is invalid, lint warns, or {@code diff
 * --exit-code} finds a change; 2 when the command line itself is wrong.
 */
@Command(name = "jointcultivation", mixinStandardHelpOptions = true, version = "jointcultivation 0.1.0-SNAPSHOT",
    description = "Validate, lint, evaluate, explain and compare joint-cultivation regulation files.",
    subcommands = {ValidateCommand.class, LintCommand.class, EvaluateCommand.class, ExplainCommand.class,
        DiffCommand.class, TemplatesCommand.class, CommandLine.HelpCommand.class})
public final class RegulationsCli implements Runnable {
  @CommandLine.Spec
  @SuppressWarnings("NullAway.Init") // set by picocli before run
  CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line, for embedding and tests: {@code commandLine().execute("validate", "a.yaml")}. */
  public static CommandLine commandLine() {
    return new CommandLine(new RegulationsCli());
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: validate, lint, evaluate, "
        + "explain, diff or templates (help <command> says more)");
  }
}
