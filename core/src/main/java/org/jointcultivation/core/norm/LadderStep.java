package org.jointcultivation.core.norm;

import java.util.List;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * One step of a sanction ladder, with the due process it needs.
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

  @Value.Check
  void check() {
    Checks.name(TYPE, null, "code", code());
    Checks.text(TYPE, code(), "label", label());
  }

  /** Builds a {@link LadderStep}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableLadderStep.Builder {
    Builder() {}
  }
}
