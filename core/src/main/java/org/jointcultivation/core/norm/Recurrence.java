package org.jointcultivation.core.norm;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * How often a recurring duty falls due: every {@code every} {@code unit}s.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRecurrence.class)
@JsonDeserialize(as = ImmutableRecurrence.class)
public abstract class Recurrence {
  private static final String TYPE = "Recurrence";

  Recurrence() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The unit of the period. */
  public abstract RecurrenceUnit unit();

  /** How many units make one period; 1 unless set. */
  @Value.Default
  public int every() {
    return 1;
  }

  /** Every {@code unit}. */
  public static Recurrence every(RecurrenceUnit unit) {
    return builder().unit(unit).build();
  }

  @Value.Check
  void check() {
    Checks.positive(TYPE, unit(), "every", every());
  }

  /** Builds a {@link Recurrence}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableRecurrence.Builder {
    Builder() {}
  }
}
