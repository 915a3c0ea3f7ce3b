package org.jointcultivation.flink;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.OutputTag;
import org.apache.flink.util.Collector;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.RuleEngine;
import org.jointcultivation.rules.Subject;

/**
 * One subject's assessment (a student's, a tutor's or an agreement's), kept current as the events
 * routed to it arrive and as days pass. Keyed by {@link SubjectPart#key}; the input is the key and
 * an event in the library's JSON; the output is an {@link FindingChange} as JSON. State per
 * subject, all of it text with Flink's own string serializer: the subject's events, the day last
 * evaluated, and the state of each obligation last emitted.
 * After each evaluation an event-time timer is set at {@link RuleEngine#nextChange}, so a deadline
 * passing or a period ending is emitted without a new event; no timer is set after {@code until}.
 * Where the watermark has already passed that day (the end of a batch) the next evaluation runs at
 * once instead, so streaming and batch end with the same findings.
 *
 * <p>The programme's facts and first packs come in as JSON text, parsed once when the function
 * opens; later releases of the regulations come on the broadcast input as {@link PackRelease}s.
 */
public final class SubjectAssessment
    extends KeyedBroadcastProcessFunction<String, Tuple2<String, String>, String, String> {
  private static final long serialVersionUID = 1L;

  /** The regulations in force, broadcast to every instance: one entry, {@code current}, a {@link PackRelease} as JSON. */
  public static final MapStateDescriptor<String, String> RELEASES =
      new MapStateDescriptor<>("pack-releases", Types.STRING, Types.STRING);

  /** Releases refused (packs the engine will not build), with the reason; the one in force stays. */
  public static final OutputTag<String> REFUSED_RELEASES = new OutputTag<>("refused-pack-releases", Types.STRING);

  private static final String CURRENT = "current";
  /** The subject's events, one JSON text each, appended as they come. */
  private static final ListStateDescriptor<String> EVENTS = new ListStateDescriptor<>("events", Types.STRING);

  private final String factsJson;
  private final String packsJson;
  private final String until;
  private final boolean onlyOnTheDay;

  private transient CultivationRecord facts;
  /** The engine of the packs given at start, until a release replaces them. */
  private transient RuleEngine initialEngine;
  /** The engine of the release in force on this instance, and its version. */
  private transient @org.jspecify.annotations.Nullable RuleEngine releasedEngine;
  private transient @org.jspecify.annotations.Nullable String releasedVersion;
  private transient ListState<String> events;
  private transient ValueState<String> lastDay;
  private transient MapState<String, String> emitted;
  /**
   * Each recent subject's part as last built, with every event held: a cache only (the state is the
   * events), so a restore or an eviction costs one rebuild from state, never a wrong answer.
   */
  private transient Map<String, CultivationRecord> parts;

  /** How many subjects' parts an instance keeps built: about 40 KB each for a student. */
  static final int CACHED_PARTS = 10_000;

  /**
   * A streaming assessment: findings as events arrive and days pass, up to {@code until}.
   *
   * @param factsJson the programme's facts, a record in the library's JSON (its events are ignored)
   * @param packsJson the packs in force, a JSON array of policy packs
   * @param until the last day a timer is set for
   */
  public SubjectAssessment(String factsJson, String packsJson, LocalDate until) {
    this(factsJson, packsJson, until, false);
  }

  /**
   * @param onlyOnTheDay evaluate each subject once, as of {@code until}, instead of as events arrive:
   *     what a batch run (a nightly run, a regulation change) needs, where only the findings of that
   *     day matter; each subject then costs one evaluation, not one per event
   */
  public SubjectAssessment(String factsJson, String packsJson, LocalDate until, boolean onlyOnTheDay) {
    this.factsJson = factsJson;
    this.packsJson = packsJson;
    this.until = until.toString();
    this.onlyOnTheDay = onlyOnTheDay;
  }

  @Override
  @SuppressWarnings("NullAway") // Flink calls open before any element or timer: the transients are set here.
  public void open(OpenContext context) {
    facts = CultivationJson.fromJson(factsJson, CultivationRecord.class).withoutEvents();
    initialEngine = engineOf(CultivationJson.fromJson(packsJson, new TypeReference<List<PolicyPack>>() {}));
    events = getRuntimeContext().getListState(EVENTS);
    lastDay = getRuntimeContext().getState(new ValueStateDescriptor<>("last-day", Types.STRING));
    emitted = getRuntimeContext().getMapState(new MapStateDescriptor<>("emitted", Types.STRING, Types.STRING));
    parts = new java.util.LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, CultivationRecord> eldest) {
        return size() > CACHED_PARTS;
      }
    };
  }

  private RuleEngine engineOf(List<PolicyPack> packs) {
    // One student at a time: the parallelism is Flink's, across keys.
    return RuleEngine.builder().addPacks(packs).vocabulary(facts.vocabulary()).parallel(false).build();
  }

  /** The engine of the release in force, built once per version on each instance. */
  private RuleEngine engine(ReadOnlyBroadcastState<String, String> releases) throws Exception {
    String current = releases.get(CURRENT);
    if (current == null) {
      return initialEngine;
    }
    PackRelease release = PackRelease.fromJson(current);
    if (releasedEngine == null || !release.version().equals(releasedVersion)) {
      releasedEngine = engineOf(release.packs());
      releasedVersion = release.version();
    }
    return java.util.Objects.requireNonNull(releasedEngine);
  }

  /**
   * A new release of the regulations: checked by building its engine (a release that fails is
   * refused to {@link #REFUSED_RELEASES} and the one in force stays), then put in force, and every
   * student held is evaluated again under it at once, as of the day last shown. Timers set under
   * the old release stay; each evaluation sets the next under the new one.
   */
  @Override
  public void processBroadcastElement(String releaseJson, Context context, Collector<String> out) throws Exception {
    PackRelease release;
    RuleEngine engine;
    try {
      release = PackRelease.fromJson(releaseJson);
      engine = engineOf(release.packs());
    } catch (RuntimeException e) {
      context.output(REFUSED_RELEASES, "refused: " + e.getMessage());
      return;
    }
    context.getBroadcastState(RELEASES).put(CURRENT, releaseJson);
    releasedEngine = engine;
    releasedVersion = release.version();
    context.applyToKeyedState(EVENTS, (key, state) -> {
      String shown = lastDay.value();
      if (shown != null) {
        evaluateOn(engine, key, LocalDate.parse(shown), out);
      }
    });
  }

  @Override
  public void processElement(Tuple2<String, String> routed, ReadOnlyContext context, Collector<String> out)
      throws Exception {
    String eventJson = routed.f1;
    CultivationEvent event = CultivationJson.fromJson(eventJson, CultivationEvent.class);
    events.add(eventJson);
    String key = context.getCurrentKey();
    CultivationRecord cached = onlyOnTheDay ? null : parts.get(key);
    if (cached != null) {
      try {
        parts.put(key, cached.withEvent(event));
      } catch (org.jointcultivation.core.ValidationException waits) {
        // An event the record cannot take yet (its referent has not come): rebuild from state next time.
        parts.remove(key);
      }
    }
    Long timestamp = context.timestamp();
    LocalDate day = timestamp == null ? event.date() : dayOf(timestamp);
    if (onlyOnTheDay) {
      // One timer per subject (Flink keeps one per key and time): it fires when the input ends.
      context.timerService().registerEventTimeTimer(millisOf(LocalDate.parse(until)));
      return;
    }
    evaluate(engine(context.getBroadcastState(RELEASES)), context.getCurrentKey(), day, context.timerService(), out);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext context, Collector<String> out) throws Exception {
    evaluate(engine(context.getBroadcastState(RELEASES)), context.getCurrentKey(), dayOf(timestamp),
        context.timerService(), out);
  }

  /**
   * Evaluates the student as of {@code day} (or the latest day already shown), emits what changed,
   * and moves on to the next change: by a timer if that day is still ahead of the watermark, at
   * once if the watermark has passed it already (at the end of a batch's input, where the
   * watermark is at its maximum and timers set then would never fire).
   */
  private void evaluate(RuleEngine engine, String key, LocalDate day,
      org.apache.flink.streaming.api.TimerService timers, Collector<String> out) throws Exception {
    LocalDate last = LocalDate.parse(until);
    Optional<LocalDate> next = Optional.of(day);
    while (next.isPresent() && !next.get().isAfter(last)) {
      next = evaluateOn(engine, key, next.get(), out);
      if (next.isPresent() && !next.get().isAfter(last)) {
        long at = millisOf(next.get());
        if (at > timers.currentWatermark()) {
          timers.registerEventTimeTimer(at);
          return;
        }
      }
    }
  }

  /** One evaluation; returns the next day the student's assessment could change. */
  private Optional<LocalDate> evaluateOn(RuleEngine engine, String key, LocalDate day, Collector<String> out)
      throws Exception {
    // Never evaluate a day earlier than one already shown: a late event is judged as of the latest day.
    String shown = lastDay.value();
    LocalDate asOf = shown != null && LocalDate.parse(shown).isAfter(day) ? LocalDate.parse(shown) : day;
    lastDay.update(asOf.toString());
    Subject subject = SubjectPart.subjectOf(key);
    CultivationRecord record = part(key, subject);
    Assessment assessment = engine.evaluate(record, asOf, subject);
    Map<String, String> now = new HashMap<>();
    for (ObligationInstance obligation : assessment.obligationsAbout(subject)) {
      now.put(obligation.id(), obligation.state().name());
    }
    Map<String, Integer> alike = new HashMap<>();
    for (org.jointcultivation.rules.Proposal proposal : assessment.proposalsFor(subject)) {
      String name = "proposal:" + proposal.policyId() + "/" + proposal.code();
      now.put(name + "/" + alike.merge(name, 1, Integer::sum), "PROPOSED");
    }
    List<String> gone = new ArrayList<>();
    for (Map.Entry<String, String> before : emitted.entries()) {
      if (!now.containsKey(before.getKey())) {
        gone.add(before.getKey());
      }
    }
    for (String id : gone) {
      emitted.remove(id);
      out.collect(new FindingChange(subject.value(), id, Optional.empty(), asOf).toJson());
    }
    for (Map.Entry<String, String> current : new java.util.TreeMap<>(now).entrySet()) {
      if (!current.getValue().equals(emitted.get(current.getKey()))) {
        emitted.put(current.getKey(), current.getValue());
        out.collect(new FindingChange(subject.value(), current.getKey(), Optional.of(current.getValue()), asOf).toJson());
      }
    }
    return engine.nextChange(record, assessment, subject);
  }

  /** The subject's part with every event held: from the cache, or built from state and cached when whole. */
  private CultivationRecord part(String key, Subject subject) throws Exception {
    CultivationRecord cached = parts.get(key);
    if (cached != null) {
      return cached;
    }
    List<CultivationEvent> held = held();
    CultivationRecord built = SubjectPart.of(facts, subject, held);
    // Batch evaluates each subject once: a built part is never needed again.
    if (!onlyOnTheDay && built.events().size() == held.size()) {
      // Every event taken: the part can grow event by event from here. Otherwise some wait, and
      // each evaluation rebuilds until their referents come.
      parts.put(key, built);
    }
    return built;
  }

  private List<CultivationEvent> held() throws Exception {
    List<CultivationEvent> held = new ArrayList<>();
    Iterable<String> stored = events.get();
    if (stored != null) {
      stored.forEach(json -> held.add(CultivationJson.fromJson(json, CultivationEvent.class)));
    }
    return held;
  }

  /** An event's time: the start of its day, UTC. */
  public static long millisOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  static LocalDate dayOf(long millis) {
    return java.time.Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
  }
}
