package org.jointcultivation.flink;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.util.Collector;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.record.CultivationRecord;

/**
 * The job: events in the library's JSON, their day as event time, routed to every student, tutor
 * and agreement whose rules read them, each subject assessed by {@link SubjectAssessment}; out
 * come {@link FindingChange}s.
 *
 * <p>Run as {@code AssessmentJob <facts.json> <events.jsonl> <packs.json> <until> [streaming|batch]}:
 * the facts are the programme (a record without events), the events its input, one JSON event per
 * line, read by Flink's file source (a deployment reads them from a log such as Kafka instead), the
 * packs a JSON array of policy packs; changes are printed. In batch, each subject is evaluated
 * once, as of {@code until}. {@code AssessmentJob split <record.json> <facts.json> <events.jsonl>}
 * writes a record as those two files ({@link EventFiles}).
 */
public final class AssessmentJob {
  /** Events may arrive up to a week out of order by their date. */
  static final Duration OUT_OF_ORDER = Duration.ofDays(7);

  private AssessmentJob() {}

  /** An environment that refuses Flink's generic (Kryo) serializer: every type here has its own. */
  public static StreamExecutionEnvironment environment(RuntimeExecutionMode mode) {
    return environment(mode, new Configuration());
  }

  /**
   * As {@link #environment(RuntimeExecutionMode)}, with {@code settings} besides: a state backend
   * ({@code state.backend.type: rocksdb}), checkpointing, and the like.
   */
  public static StreamExecutionEnvironment environment(RuntimeExecutionMode mode, Configuration settings) {
    Configuration configuration = new Configuration(settings);
    configuration.set(PipelineOptions.GENERIC_TYPES, false);
    StreamExecutionEnvironment environment = StreamExecutionEnvironment.getExecutionEnvironment(configuration);
    environment.setRuntimeMode(mode);
    return environment;
  }

  /** The pipeline over {@code events}, under the packs of {@code packsJson}. */
  public static DataStream<String> assess(DataStream<String> events, String factsJson, String packsJson,
      LocalDate until) {
    return assess(events, events.filter(json -> false).name("no releases"), factsJson, packsJson, until);
  }

  /**
   * The pipeline over {@code events}, the regulations starting with {@code packsJson} and replaced
   * by each {@link PackRelease} that arrives on {@code releases} (broadcast to every instance; every
   * student held is evaluated again under it).
   */
  public static SingleOutputStreamOperator<String> assess(DataStream<String> events, DataStream<String> releases,
      String factsJson, String packsJson, LocalDate until) {
    return assess(events, releases, factsJson, packsJson, until, false);
  }

  /**
   * As above; with {@code onlyOnTheDay}, each subject is evaluated once, as of {@code until}, when
   * its input ends (a batch run: a nightly re-evaluation or a regulation change), instead of as each
   * event arrives.
   */
  public static SingleOutputStreamOperator<String> assess(DataStream<String> events, DataStream<String> releases,
      String factsJson, String packsJson, LocalDate until, boolean onlyOnTheDay) {
    BroadcastStream<String> broadcast = releases
        // Releases take effect when they arrive, not at an event time: they never hold the watermark back.
        .assignTimestampsAndWatermarks(WatermarkStrategy.forGenerator(context -> new NeverLate()))
        .broadcast(SubjectAssessment.RELEASES);
    return events
        .assignTimestampsAndWatermarks(WatermarkStrategy.<String>forBoundedOutOfOrderness(OUT_OF_ORDER)
            .withTimestampAssigner((json, previous) -> SubjectAssessment.millisOf(
                CultivationJson.fromJson(json, CultivationEvent.class).date())))
        .flatMap(new Routing(factsJson), Types.TUPLE(Types.STRING, Types.STRING)).name("route to subjects")
        .keyBy(routed -> routed.f0, Types.STRING)
        .connect(broadcast)
        .process(new SubjectAssessment(factsJson, packsJson, until, onlyOnTheDay), Types.STRING)
        .name("subject assessments");
  }

  /**
   * Sends each event to every subject whose rules read it: the students it names, their tutors and
   * agreements, and the tutors and agreements it names itself ({@link SubjectPart#keysOf}).
   */
  static final class Routing extends RichFlatMapFunction<String, Tuple2<String, String>> {
    private static final long serialVersionUID = 1L;
    private final String factsJson;
    private transient @org.jspecify.annotations.Nullable CultivationRecord facts;

    Routing(String factsJson) {
      this.factsJson = factsJson;
    }

    @Override
    public void open(org.apache.flink.api.common.functions.OpenContext context) {
      facts = CultivationJson.fromJson(factsJson, CultivationRecord.class).withoutEvents();
    }

    @Override
    public void flatMap(String json, Collector<Tuple2<String, String>> out) {
      CultivationEvent event = CultivationJson.fromJson(json, CultivationEvent.class);
      for (String key : SubjectPart.keysOf(java.util.Objects.requireNonNull(facts, "opened"), event)) {
        out.collect(Tuple2.of(key, json));
      }
    }
  }

  /** The watermark of a stream whose elements are never late: as far ahead as it goes. */
  private static final class NeverLate implements WatermarkGenerator<String> {
    @Override
    public void onEvent(String event, long timestamp, WatermarkOutput output) {
      output.emitWatermark(new Watermark(Long.MAX_VALUE));
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
      output.emitWatermark(new Watermark(Long.MAX_VALUE));
    }
  }

  /** The events of {@code record} as the job's input, one JSON text each, by date. */
  public static List<String> eventsOf(CultivationRecord record) {
    return record.events().stream().map(e -> CultivationJson.toJson(e)).toList();
  }

  /** Runs the job; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    if (args.length == 4 && args[0].equals("split")) {
      // A record as the job's two inputs: read once here, so that the job never holds it whole.
      CultivationRecord record = CultivationJson.fromJson(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8),
          CultivationRecord.class);
      EventFiles.write(record, Path.of(args[2]), Path.of(args[3]));
      return;
    }
    if (args.length < 4 || args.length > 5) {
      throw new IllegalArgumentException("usage: AssessmentJob <facts.json> <events.jsonl> <packs.json> <until, e.g."
          + " 2026-09-01> [streaming|batch]\n   or: AssessmentJob split <record.json> <facts.json> <events.jsonl>");
    }
    String factsJson = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    String packsJson = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
    LocalDate until = LocalDate.parse(args[3]);
    RuntimeExecutionMode mode = args.length == 5 && args[4].equals("batch") ? RuntimeExecutionMode.BATCH
        : RuntimeExecutionMode.STREAMING;
    StreamExecutionEnvironment environment = environment(mode);
    DataStream<String> events = EventFiles.read(environment, Path.of(args[1]));
    assess(events, events.filter(json -> false).name("no releases"), factsJson, packsJson, until,
        mode == RuntimeExecutionMode.BATCH).print();
    environment.execute("joint cultivation assessments");
  }
}
