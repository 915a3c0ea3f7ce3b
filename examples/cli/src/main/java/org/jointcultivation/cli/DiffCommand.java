package org.jointcultivation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.AssessmentDifference;
import org.jointcultivation.rules.RuleEngine;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code diff}: what a new set of regulations would change for a record (what-if). */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"What-if: evaluates a record under the current and under the proposed regulation files and"
        + " reports, subject by subject, duties added, removed or changed, violations added and removed, and"
        + " proposed measures added and removed.",
        "Exits 1 if a file cannot be read, or with --exit-code if anything changes."})
final class DiffCommand implements Callable<Integer> {
  @Option(names = "--current", required = true, arity = "1..*", paramLabel = "PACK",
      description = "The regulation files in force.")
  List<Path> current = new ArrayList<>();

  @Option(names = "--proposed", required = true, arity = "1..*", paramLabel = "PACK",
      description = "The regulation files proposed instead.")
  List<Path> proposed = new ArrayList<>();

  @Option(names = "--vocabulary", paramLabel = "FILE", description = "The vocabulary file both are written in.")
  @Nullable Path vocabulary;

  @CommandLine.Mixin
  RecordOptions record = new RecordOptions();

  @Option(names = "--json", description = "Print the difference as JSON instead of a report.")
  boolean json;

  @Option(names = "--exit-code", description = "Exit 1 if the proposed regulations change anything.")
  boolean exitCode;

  @CommandLine.Spec
  @SuppressWarnings("NullAway.Init") // set by picocli before call
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<CultivationRecord> read = RecordEvaluation.record(record, err);
    if (read.isEmpty()) {
      return 1;
    }
    Optional<RuleEngine> before = RecordEvaluation.engine(current, vocabulary, read.get(), err);
    Optional<RuleEngine> after = RecordEvaluation.engine(proposed, vocabulary, read.get(), err);
    if (before.isEmpty() || after.isEmpty()) {
      return 1;
    }
    Assessment was = RecordEvaluation.evaluate(before.get(), read.get(), record.asOf(), err);
    Assessment would = RecordEvaluation.evaluate(after.get(), read.get(), record.asOf(), err);
    AssessmentDifference difference = AssessmentDifference.between(was, would);
    if (json) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("asOf", difference.asOf());
      document.put("subjects", difference.subjects());
      out.println(CultivationJson.toJson(document));
    } else {
      out.print(difference.report());
    }
    out.flush();
    return exitCode && !difference.isEmpty() ? 1 : 0;
  }
}
