package org.jointcultivation.core.norm;

import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * When to propose a reward, and for whom: a criterion template of the engine with its
 * parameters, e.g. an excellent mid-term review plus a first-author paper rewards the trainee
 * together with the tutors.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRewardPolicy.class)
@JsonDeserialize(as = ImmutableRewardPolicy.class)
public abstract class RewardPolicy {
  private static final String TYPE = "RewardPolicy";

  RewardPolicy() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The policy's identifier, unique within its pack. */
  public abstract String id();

  /** What the policy rewards, in words. */
  public abstract String title();

  /** The regulation it comes from. */
  public abstract NormSource source();

  /** The engine's criterion template, e.g. {@code excellent-trainee}. */
  public abstract String criterion();

  /** The criterion's parameters by name, as text. */
  public abstract Map<String, String> parameters();

  /** Who receives the reward; at least one. */
  public abstract Set<RewardRecipient> recipients();

  /** The code of the reward proposed, e.g. {@code EXCELLENT_TRAINEE_AWARD}. */
  public abstract String rewardCode();

  @Value.Check
  void check() {
    Checks.name(TYPE, null, "id", id());
    Checks.text(TYPE, id(), "title", title());
    Checks.name(TYPE, id(), "criterion", criterion());
    Checks.name(TYPE, id(), "rewardCode", rewardCode());
    Checks.check(!recipients().isEmpty(), TYPE, id(), "recipients", recipients(), "must name at least one recipient");
  }

  /** Builds a {@link RewardPolicy}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableRewardPolicy.Builder {
    Builder() {}
  }
}
