package org.jointcultivation.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.StudyLevel;

/**
 * A reward or sanction, named by the code of a step of a policy's ladder (e.g. {@code CRITICISM}),
 * with its terms: how long it lasts, which study levels it concerns, and the quota it sets.
 *
 * <p>A measure on admission ({@code SUSPENDED_ADMISSION}, a reduced quota) is honoured by the
 * {@code no-new-students-while-suspended} template and by the standard rights while it is {@link
 * #inForce in force}: a student taken on beyond its {@link #quota()} (none, if it sets no quota),
 * at one of its {@link #levels()}, breaches it.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeasure.class)
@JsonDeserialize(as = ImmutableMeasure.class)
public abstract class Measure {
  private static final String TYPE = "Measure";

  Measure() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Reward or sanction. */
  public abstract MeasureKind kind();

  /** The ladder step's code, e.g. {@code SERIOUS_WARNING}. */
  public abstract String code();

  /**
   * How long the measure lasts from the day it is decided, e.g. {@code P1Y}; without end if
   * absent.
   *
   * @since 0.2.0
   */
  public abstract Optional<Period> duration();

  /**
   * The study levels the measure is limited to, e.g. only {@code DOCTORAL} admission; every level
   * if empty.
   *
   * @since 0.2.0
   */
  public abstract Set<StudyLevel> levels();

  /**
   * For a measure on admission: how many students its subject may supervise at once while it
   * lasts (counting those at its {@link #levels()}); if absent, no student may be taken on.
   *
   * @since 0.2.0
   */
  public abstract Optional<Integer> quota();

  /**
   * Whether the measure, decided on {@code decided}, is in force on {@code day}: from the day of
   * the decision until its {@link #duration()} has run (the first day after it, exclusive).
   *
   * @since 0.2.0
   */
  public final boolean inForce(LocalDate decided, LocalDate day) {
    return !day.isBefore(decided) && duration().map(d -> day.isBefore(decided.plus(d))).orElse(true);
  }

  /** Whether the measure concerns a student at {@code level}. */
  public final boolean concerns(StudyLevel level) {
    return levels().isEmpty() || levels().contains(level);
  }

  /** A sanction with the given code. */
  public static Measure sanction(String code) {
    return builder().kind(MeasureKind.SANCTION).code(code).build();
  }

  /** A reward with the given code. */
  public static Measure reward(String code) {
    return builder().kind(MeasureKind.REWARD).code(code).build();
  }

  @Value.Check
  void check() {
    Checks.name(TYPE, kind(), "code", code());
    duration().ifPresent(d -> Checks.positive(TYPE, code(), "duration", d));
    quota().ifPresent(q -> Checks.check(q >= 0 && q <= 10_000, TYPE, code(), "quota", q, "must be between 0 and 10000"));
  }

  /** Builds a {@link Measure}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }
}
