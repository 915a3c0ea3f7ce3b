package org.jointcultivation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.record.CultivationRecord;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The record a command evaluates, and as of which day. */
final class RecordOptions {
  @Option(names = "--record", required = true, paramLabel = "FILE", description = "The record, as the library's JSON.")
  @Nullable Path record;

  @Option(names = "--as-of", required = true, paramLabel = "DAY", description = "The day of evaluation, e.g. 2026-09-01.")
  @Nullable LocalDate asOf;

  @Option(names = "--as-recorded-on", paramLabel = "DAY",
      description = "Leave out the events recorded after this day: what the office knew then.")
  @Nullable LocalDate asRecordedOn;

  LocalDate asOf() {
    return java.util.Objects.requireNonNull(asOf, "--as-of");
  }

  /** Reads the record, saying so on {@code progress}; invalid JSON is a {@code JsonFormatException}. */
  CultivationRecord read(PrintWriter progress) throws IOException {
    Path file = java.util.Objects.requireNonNull(record, "--record");
    long start = System.nanoTime();
    progress.printf("reading %s (%,d bytes)%n", file, Files.size(file));
    progress.flush();
    CultivationRecord read;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      read = CultivationJson.read(reader, file.toString(), CultivationRecord.class);
    }
    if (asRecordedOn != null) {
      read = read.asRecordedOn(asRecordedOn);
    }
    progress.printf("read %,d students, %,d tutors and %,d events in %.1f s%n", read.students().size(),
        read.tutors().size(), read.events().size(), (System.nanoTime() - start) / 1e9);
    progress.flush();
    return read;
  }
}
