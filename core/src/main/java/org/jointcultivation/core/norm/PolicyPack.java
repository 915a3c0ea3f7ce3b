package org.jointcultivation.core.norm;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.InstitutionId;

/**
 * A named, versioned set of configured norms, sanction policies and reward policies
 * from one layer of authority: national, regional, an institution's, or an agreement's. Packs
 * compose in layers; the engine resolves conflicts between them.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePolicyPack.class)
@JsonDeserialize(as = ImmutablePolicyPack.class)
public abstract class PolicyPack {
  private static final String TYPE = "PolicyPack";

  PolicyPack() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The pack's identifier, e.g. {@code SOLENT-RD}. */
  public abstract String id();

  /** The pack's version, e.g. {@code 2024.1}. */
  public abstract String version();

  /** What the pack is, in words. */
  public abstract String title();

  /** The layer of authority the pack belongs to. */
  public abstract AuthorityLevel layer();

  /** The institution whose regulations these are; required for the institution layer. */
  public abstract Optional<InstitutionId> institution();

  /** The agreement whose pack this is; required for the agreement layer. */
  public abstract Optional<AgreementId> agreement();

  /**
   * The first day this version is in force, if it is dated. Several versions of one pack (the same
   * {@link #id()}) may be given to an engine when each is dated and their periods do not overlap;
   * a norm then judges each duty under the version in force the day the duty arose, subject to
   * the newer version's {@link #transition()}. An undated pack is in force on every day.
   *
   * @since 0.3.0
   */
  public abstract Optional<LocalDate> effectiveFrom();

  /**
   * The last day this version is in force, if it ends: the day before its successor's {@link
   * #effectiveFrom()}, or the day the regulation was repealed.
   *
   * @since 0.3.0
   */
  public abstract Optional<LocalDate> effectiveTo();

  /**
   * What this version says about those who began under the version before it; absent means {@link
   * TransitionClause#JUDGE_ACTS_BY_THEIR_DATE}.
   *
   * @since 0.3.0
   */
  public abstract Optional<TransitionClause> transition();

  /** Whether this version is in force on {@code day}. */
  public final boolean inForceOn(LocalDate day) {
    java.util.Objects.requireNonNull(day, "day");
    return effectiveFrom().map(from -> !day.isBefore(from)).orElse(true)
        && effectiveTo().map(to -> !day.isAfter(to)).orElse(true);
  }

  /** The configured norms. */
  public abstract List<Norm> norms();

  /** The sanction policies. */
  public abstract List<SanctionPolicy> sanctionPolicies();

  /** The reward policies. */
  public abstract List<RewardPolicy> rewardPolicies();

  /** The pack's coordinates, {@code id@version}, as cited in explanations. */
  public final String coordinates() {
    return id() + "@" + version();
  }

  private void checkUnique(Set<String> ids, String id) {
    Checks.check(ids.add(id), TYPE, coordinates(), "norms", id, "norm and policy ids must be unique within a pack");
  }

  @Value.Check
  void check() {
    Checks.name(TYPE, null, "id", id());
    Checks.name(TYPE, id(), "version", version());
    Checks.text(TYPE, id(), "title", title());
    Checks.check(layer() != AuthorityLevel.INSTITUTION || institution().isPresent(), TYPE, id(), "institution", "empty", "must be set for a pack of the INSTITUTION layer");
    Checks.check(layer() != AuthorityLevel.AGREEMENT || agreement().isPresent(), TYPE, id(), "agreement", "empty", "must be set for a pack of the AGREEMENT layer");
    effectiveFrom().ifPresent(from -> Checks.date(TYPE, coordinates(), "effectiveFrom", from));
    effectiveTo().ifPresent(to -> Checks.date(TYPE, coordinates(), "effectiveTo", to));
    if (effectiveFrom().isPresent() && effectiveTo().isPresent()) {
      Checks.check(!effectiveTo().get().isBefore(effectiveFrom().get()), TYPE, coordinates(), "effectiveTo",
          effectiveTo().get(), "must not be before effectiveFrom " + effectiveFrom().get());
    }
    Checks.check(transition().isEmpty() || effectiveFrom().isPresent(), TYPE, coordinates(), "transition",
        transition().orElse(null), "needs effectiveFrom: a transition clause is about the day a version takes effect");
    Set<String> ids = new HashSet<>();
    norms().forEach(norm -> checkUnique(ids, norm.id()));
    sanctionPolicies().forEach(policy -> checkUnique(ids, policy.id()));
    rewardPolicies().forEach(policy -> checkUnique(ids, policy.id()));
  }

  /** Builds a {@link PolicyPack}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutablePolicyPack.Builder {
    Builder() {}
  }
}
