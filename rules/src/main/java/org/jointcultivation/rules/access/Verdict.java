package org.jointcultivation.rules.access;

import java.util.Objects;

/**
 * What one policy says about a request.
 *
 * @param policyId the policy
 * @param effect permit or forbid
 * @param reason why, in words
 * @since 0.1.0
 */
public record Verdict(String policyId, Effect effect, String reason) {
  /** Checks for null. */
  public Verdict {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(reason, "reason");
  }

  /** A permit. */
  public static Verdict permit(String policyId, String reason) {
    return new Verdict(policyId, Effect.PERMIT, reason);
  }

  /** A forbid. */
  public static Verdict forbid(String policyId, String reason) {
    return new Verdict(policyId, Effect.FORBID, reason);
  }

  /** Permit or forbid. */
  public enum Effect {
    /** Allows, unless some policy forbids. */
    PERMIT,
    /** Denies, whatever else permits. */
    FORBID
  }

  @Override
  public String toString() {
    return policyId + " " + effect + ": " + reason;
  }
}
