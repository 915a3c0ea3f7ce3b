package org.jointcultivation.core.norm;

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
