package org.jointcultivation.flink;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.record.CultivationRecord;

/**
 * The job's input as files: the programme's facts as one JSON document (the record without its
 * events), and its events as JSON lines, one event per line. Lines are read by Flink's file
 * source, split across the instances, so no process ever holds every event; a deployment reads
 * the same lines from a log such as Kafka instead.
 */
public final class EventFiles {
  private EventFiles() {}

  /**
   * Writes {@code record} as a facts file and an events file, the events by date: what a programme
   * exported from a portal looks like to the job.
   */
  public static void write(CultivationRecord record, Path facts, Path events) throws IOException {
    Files.writeString(facts, CultivationJson.toJson(record.withoutEvents()), StandardCharsets.UTF_8);
    com.fasterxml.jackson.databind.ObjectMapper lines = new com.fasterxml.jackson.databind.ObjectMapper();
    try (BufferedWriter out = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
      for (CultivationEvent event : record.events()) {
        // The library writes JSON for people to read, over several lines; a line holds one event.
        out.write(lines.readTree(CultivationJson.toJson(event)).toString());
        out.newLine();
      }
    }
  }

  /** The events of {@code events}, a JSON-lines file, as a bounded stream of JSON texts. */
  public static DataStream<String> read(StreamExecutionEnvironment environment, Path events) {
    FileSource<String> source = FileSource.forRecordStreamFormat(new TextLineInputFormat(),
        new org.apache.flink.core.fs.Path(events.toAbsolutePath().toUri())).build();
    return environment.fromSource(source, WatermarkStrategy.noWatermarks(), "events of " + events.getFileName())
        .filter(line -> !line.isBlank()).name("non-blank lines");
  }
}
