package org.jointcultivation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jointcultivation.core.json.JsonFormatException;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.RuleEngine;
import org.jspecify.annotations.Nullable;

/** Reads a record and the engines of some regulation files for a command, saying what fails and where. */
final class RecordEvaluation {
  private RecordEvaluation() {}

  /** The record, or empty after its problem is printed to {@code err}. */
  static Optional<CultivationRecord> record(RecordOptions options, PrintWriter err) {
    try {
      return Optional.of(options.read(err));
    } catch (JsonFormatException e) {
      String where = e.line().isPresent() ? ":" + e.line().getAsInt() + ":" + e.column().orElse(1) : "";
      err.println(e.source() + where + ": error: " + e.reason() + " (at " + e.path() + ")");
    } catch (IOException | UncheckedIOException e) {
      err.println(options.record + ": error: cannot read: " + e.getMessage());
    } catch (IllegalArgumentException e) { // a record whose events, as recorded by a day, do not hold together
      err.println(options.record + ": error: " + e.getMessage());
    }
    err.flush();
    return Optional.empty();
  }

  /**
   * The engine of {@code packs} in the vocabulary given, else the record's; empty after every
   * problem is printed to {@code err}.
   */
  static Optional<RuleEngine> engine(List<Path> packs, @Nullable Path vocabulary, CultivationRecord record,
      PrintWriter err) {
    RegulationFiles read = RegulationFiles.read(packs, vocabulary);
    Optional<RuleEngine> engine = read.engine(record.vocabulary());
    read.report(err);
    return engine;
  }

  /** Evaluates, saying how it goes on {@code err}. */
  static Assessment evaluate(RuleEngine engine, CultivationRecord record, java.time.LocalDate asOf, PrintWriter err) {
    return Progress.during(err, "evaluating " + String.format("%,d", record.students().size()) + " students as of "
        + asOf + " under " + engine.packs().stream().map(p -> p.coordinates()).toList(),
        () -> engine.evaluate(record, asOf));
  }

  /** An engine and what it found. */
  record Evaluated(RuleEngine engine, Assessment assessment) {}

  /**
   * Reads the record, builds the engine of {@code packs} and evaluates the record as of the day
   * asked; empty after every problem is printed to {@code err}.
   */
  static Optional<Evaluated> evaluated(List<Path> packs, @Nullable Path vocabulary, RecordOptions options,
      PrintWriter err) {
    Optional<CultivationRecord> read = record(options, err);
    Optional<RuleEngine> engine = read.isEmpty() ? Optional.empty() : engine(packs, vocabulary, read.get(), err);
    return engine.map(e -> new Evaluated(e, evaluate(e, read.orElseThrow(), options.asOf(), err)));
  }
}
