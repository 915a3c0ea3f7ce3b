package org.jointcultivation.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.Explanation;
import org.jointcultivation.rules.ObligationInstance;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code explain}: one duty, why it is in its state, and under which version of which regulation. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Evaluates a record and explains one duty: its subject, bearers, due date, every dated"
        + " transition, the regulation and version that applied with its citation and parameters, and the"
        + " events it counted.", "Exits 1 if there is no such duty (and names the subject's duties)."})
final class ExplainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DUTY", description = "The duty's id, e.g. feedback-follow-up/S-1/E-7.")
  @Nullable String duty;

  @Option(names = "--packs", required = true, arity = "1..*", paramLabel = "PACK", description = "Regulation files.")
  List<java.nio.file.Path> packs = new java.util.ArrayList<>();

  @Option(names = "--vocabulary", paramLabel = "FILE", description = "The vocabulary file the packs are written in.")
  java.nio.file.@Nullable Path vocabulary;

  @CommandLine.Mixin
  RecordOptions record = new RecordOptions();

  @Option(names = "--json", description = "Print the duty as the library's JSON.")
  boolean json;

  @CommandLine.Spec
  @SuppressWarnings("NullAway.Init") // set by picocli before call
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String id = java.util.Objects.requireNonNull(duty, "DUTY");
    Optional<RecordEvaluation.Evaluated> evaluated = RecordEvaluation.evaluated(packs, vocabulary, record, err);
    if (evaluated.isEmpty()) {
      return 1;
    }
    Assessment assessment = evaluated.get().assessment();
    Optional<ObligationInstance> found = assessment.obligation(id);
    if (found.isEmpty()) {
      err.println("error: no duty " + id + " as of " + assessment.asOf() + nearby(assessment, id));
      err.flush();
      return 1;
    }
    if (json) {
      out.println(CultivationJson.toJson(found.get()));
    } else {
      explain(out, found.get());
    }
    out.flush();
    return 0;
  }

  /** The ids that share the most of {@code id}'s beginning, so that a typing mistake shows. */
  private static String nearby(Assessment assessment, String id) {
    for (int length = id.length(); length > 0; length = id.lastIndexOf('/', length - 1) < 0 ? 0 : id.lastIndexOf('/', length - 1) + 1) {
      String prefix = id.substring(0, length);
      List<String> near = assessment.obligations().stream().map(ObligationInstance::id)
          .filter(other -> other.startsWith(prefix)).limit(10).toList();
      if (!near.isEmpty()) {
        return "; duties beginning " + prefix + ": " + near;
      }
      if (length == 1) {
        break;
      }
    }
    return "";
  }

  private static void explain(PrintWriter out, ObligationInstance duty) {
    Explanation why = duty.explanation();
    out.println(duty.id() + ": " + duty.title());
    out.println("  about     " + duty.subject() + ", borne by " + duty.bearers() + " (" + duty.bearerMode() + ")");
    out.println("  state     " + duty.state() + (duty.late() ? " (late)" : ""));
    duty.period().ifPresent(p -> out.println("  period    " + p));
    duty.dueDate().ifPresent(d -> out.println("  due       " + d));
    out.println("  history");
    duty.transitions().forEach(t -> out.println("    " + t.date() + " " + t.state() + ": " + t.reason()));
    out.println("  why       " + why.sentence());
    out.println("  under     " + why.pack() + ", " + why.citation());
    if (!why.parameters().isEmpty()) {
      out.println("  settings  " + why.parameters());
    }
    if (!why.countedEvents().isEmpty()) {
      out.println("  counted   " + why.countedEvents());
    }
    why.resolution().ifPresent(r -> out.println("  conflict  " + r.sentence()));
  }
}
