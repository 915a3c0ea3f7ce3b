package org.jointcultivation.core.norm;

import java.time.Period;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * When an achievement duty falls due: {@code within} after its anchor (the start of the programme, or the event that triggers it).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeadline.class)
@JsonDeserialize(as = ImmutableDeadline.class)
public abstract class Deadline {
  private static final String TYPE = "Deadline";

  Deadline() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** What the deadline counts from, e.g. {@code PROGRAMME_START} or {@code FeedbackSubmitted}. */
  public abstract String anchor();

  /** How long after the anchor the duty is due. */
  public abstract Period within();

  /** A deadline {@code within} after {@code anchor}. */
  public static Deadline of(String anchor, Period within) {
    return builder().anchor(anchor).within(within).build();
  }

  @Value.Check
  void check() {
    Checks.name(TYPE, null, "anchor", anchor());
    Checks.positive(TYPE, anchor(), "within", within());
  }

  /** Builds a {@link Deadline}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableDeadline.Builder {
    Builder() {}
  }
}
