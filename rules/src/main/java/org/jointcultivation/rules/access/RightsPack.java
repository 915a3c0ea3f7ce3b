package org.jointcultivation.rules.access;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * The configuration of the standard rights, like a policy pack: an id, a version, and the numbers
 * and lists each institution sets for itself.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRightsPack.class)
@JsonDeserialize(as = ImmutableRightsPack.class)
public abstract class RightsPack {
  RightsPack() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The standard rights with their defaults. */
  public static RightsPack defaults() {
    return builder().id("STANDARD-RIGHTS").version("1").build();
  }

  /** The pack's id. */
  public abstract String id();

  /** The pack's version. */
  public abstract String version();

  /** How many distinct trainees must have answered before a tutor sees feedback in aggregate; 5 unless set. */
  @Value.Default
  public int feedbackAggregateMinimum() {
    return 5;
  }

  /** What a host enterprise's staff may see of the students placed there; placements and meetings unless set. */
  @Value.Default
  public Set<Action> enterpriseHostMayView() {
    return Set.of(Action.VIEW_PLACEMENT, Action.VIEW_MEETING_RECORD);
  }

  /** Measure codes that suspend a tutor's admission of new students. */
  @Value.Default
  public Set<String> suspendingMeasures() {
    return Set.of("SUSPENDED_ADMISSION", "LOSS_OF_SUPERVISOR_STATUS");
  }

  @Value.Check
  void check() {
    Checks.name("RightsPack", null, "id", id());
    Checks.name("RightsPack", id(), "version", version());
    Checks.positive("RightsPack", id(), "feedbackAggregateMinimum", feedbackAggregateMinimum());
    for (Action action : enterpriseHostMayView()) {
      Checks.check(action.name().startsWith("VIEW_") && action != Action.VIEW_MEASURES
              && action != Action.VIEW_HEALTH_ADJUSTMENTS && action != Action.VIEW_FEEDBACK,
          "RightsPack", id(), "enterpriseHostMayView", action,
          "must be a view of placement, meeting or student information, never of measures, health or feedback");
    }
  }

  /** Builds a {@link RightsPack}. */
  public static final class Builder extends ImmutableRightsPack.Builder {
    Builder() {}
  }
}
