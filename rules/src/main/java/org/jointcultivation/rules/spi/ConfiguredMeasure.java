package org.jointcultivation.rules.spi;

import com.google.common.collect.ImmutableList;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jointcultivation.core.event.MeasureKind;
import org.jointcultivation.core.norm.NormSource;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.RewardPolicy;
import org.jointcultivation.core.norm.SanctionPolicy;
import org.jointcultivation.rules.ParameterSetting;

/**
 * A reward or sanction policy as its criterion sees it: the pack it is in, the policy itself, and
 * its parameters, already checked against the criterion's {@link ParameterDeclaration}s, with
 * declared defaults filled in.
 *
 * @since 0.2.0
 */
public final class ConfiguredMeasure {
  private final PolicyPack pack;
  private final Optional<RewardPolicy> reward;
  private final Optional<SanctionPolicy> sanction;
  private final Map<String, String> parameters;

  private ConfiguredMeasure(PolicyPack pack, Optional<RewardPolicy> reward, Optional<SanctionPolicy> sanction,
      Map<String, String> parameters) {
    this.pack = pack;
    this.reward = reward;
    this.sanction = sanction;
    this.parameters = Map.copyOf(parameters);
  }

  /** The reward policy {@code policy} of {@code pack}, its parameters completed from {@code declarations}. */
  public static ConfiguredMeasure of(PolicyPack pack, RewardPolicy policy, List<ParameterDeclaration> declarations) {
    return new ConfiguredMeasure(Objects.requireNonNull(pack, "pack"), Optional.of(policy), Optional.empty(),
        withDefaults(policy.parameters(), declarations));
  }

  /** The sanction policy {@code policy} of {@code pack}, its parameters completed from {@code declarations}. */
  public static ConfiguredMeasure of(PolicyPack pack, SanctionPolicy policy, List<ParameterDeclaration> declarations) {
    return new ConfiguredMeasure(Objects.requireNonNull(pack, "pack"), Optional.empty(), Optional.of(policy),
        withDefaults(policy.parameters(), declarations));
  }

  private static Map<String, String> withDefaults(Map<String, String> set, List<ParameterDeclaration> declarations) {
    Map<String, String> all = new LinkedHashMap<>();
    for (ParameterDeclaration declaration : declarations) {
      declaration.defaultValue().filter(value -> declaration.problemWith(value).isEmpty())
          .ifPresent(value -> all.put(declaration.name(), value));
    }
    all.putAll(set);
    return all;
  }

  /** The pack the policy is in. */
  public PolicyPack pack() {
    return pack;
  }

  /** The policy's id, unique within its pack. */
  public String policyId() {
    return reward.map(RewardPolicy::id).orElseGet(() -> sanction.orElseThrow().id());
  }

  /** Reward or sanction. */
  public MeasureKind kind() {
    return reward.isPresent() ? MeasureKind.REWARD : MeasureKind.SANCTION;
  }

  /** The regulation the policy comes from. */
  public NormSource source() {
    return reward.map(RewardPolicy::source).orElseGet(() -> sanction.orElseThrow().source());
  }

  /** The reward policy, for a criterion of kind {@code REWARD}. */
  public Optional<RewardPolicy> reward() {
    return reward;
  }

  /** The sanction policy, for a criterion of kind {@code SANCTION}. */
  public Optional<SanctionPolicy> sanction() {
    return sanction;
  }

  /** Every parameter by name, set or defaulted, as text. */
  public Map<String, String> parameters() {
    return parameters;
  }

  /** The parameters as explanations show them: name, value, pack and layer, by name. */
  public List<ParameterSetting> settings() {
    return parameters.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> new ParameterSetting(e.getKey(), e.getValue(), pack.coordinates(), pack.layer())).toList();
  }

  /** A parameter's text, if set or defaulted. */
  public Optional<String> text(String name) {
    return Optional.ofNullable(parameters.get(Objects.requireNonNull(name, "name"))).map(String::strip);
  }

  /**
   * A list parameter, split at commas and trimmed; empty if not set.
   *
   * @since 0.2.0
   */
  public List<String> list(String name) {
    return text(name).map(ParameterDeclaration::items).orElse(ImmutableList.of());
  }

  /** A whole-number parameter; it was checked when the engine was built. */
  public int intParameter(String name) {
    return Integer.parseInt(required(name));
  }

  /** A period parameter; it was checked when the engine was built. */
  public Period period(String name) {
    return Period.parse(required(name));
  }

  /** A choice parameter naming a constant of {@code type}; it was checked when the engine was built. */
  public <E extends Enum<E>> E enumParameter(String name, Class<E> type) {
    return Enum.valueOf(Objects.requireNonNull(type, "type"), required(name));
  }

  private String required(String name) {
    return text(name).orElseThrow(() -> new IllegalStateException("policy " + policyId() + " of "
        + pack.coordinates() + " has no parameter '" + name + "' and its criterion declares no default"));
  }

  @Override
  public String toString() {
    return "ConfiguredMeasure[" + pack.coordinates() + "/" + policyId() + " " + parameters + "]";
  }
}
