package org.jointcultivation.core.norm;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.event.Measure;
import org.jointcultivation.core.event.MeasureKind;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.StudyLevel;

/**
 * One step of a sanction ladder, with the due process it needs and the terms of the measure it
 * proposes: how long it lasts, which study levels it concerns, the quota it sets (see {@link
 * Measure}).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLadderStep.class)
@JsonDeserialize(as = ImmutableLadderStep.class)
public abstract class LadderStep {
  private static final String TYPE = "LadderStep";

  LadderStep() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The step's code, e.g. {@code CRITICISM}; a {@link org.jointcultivation.core.event.Measure} names it. */
  public abstract String code();

  /** What the step is, in words. */
  public abstract String label();

  /** What must happen before the step takes effect, in order. */
  public abstract List<DueProcessStep> dueProcess();

  /** Whether the step terminates the joint cultivation; false unless set. */
  @Value.Default
  public boolean endsJointCultivation() {
    return false;
  }

  /**
   * How long the measure lasts from its decision, e.g. {@code P1Y}; without end if absent.
   *
   * @since 0.2.0
   */
  public abstract Optional<Period> duration();

  /**
   * The study levels the measure is limited to; every level if empty.
   *
   * @since 0.2.0
   */
  public abstract Set<StudyLevel> levels();

  /**
   * For a measure on admission, how many students its subject may supervise at once while it
   * lasts; if absent, none may be taken on.
   *
   * @since 0.2.0
   */
  public abstract Optional<Integer> quota();

  /**
   * The measure this step proposes, with its terms.
   *
   * @since 0.2.0
   */
  public final Measure measure(MeasureKind kind) {
    return Measure.builder().kind(kind).code(code()).duration(duration()).levels(levels()).quota(quota())
        .build();
  }

  @Value.Check
  void check() {
    Checks.name(TYPE, null, "code", code());
    Checks.text(TYPE, code(), "label", label());
    // The same bounds as the measure's, so a step cannot propose what a decision could not record.
    duration().ifPresent(d -> Checks.positive(TYPE, code(), "duration", d));
    quota().ifPresent(q -> Checks.check(q >= 0 && q <= 10_000, TYPE, code(), "quota", q, "must be between 0 and 10000"));
  }

  /** Builds a {@link LadderStep}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableLadderStep.Builder {
    Builder() {}
  }
}
