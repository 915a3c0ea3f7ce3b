package org.jointcultivation.core.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * A reward or sanction, named by the code of a step of a policy's ladder (e.g. {@code CRITICISM}).
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
  }

  /** Builds a {@link Measure}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }
}
