package org.jointcultivation.rules.access;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The answer to an access request: allowed or denied, and the policies that determined it. Denied
 * by default (no policy permits), or because a policy forbids (a forbid beats every permit), or
 * because a policy failed to evaluate.
 *
 * @param allowed whether the action is allowed
 * <p>What to show the person who asked is {@link #explanation()}: a denial reads the same whether
 * the resource does not exist, is health, feedback or anything else, so it reveals nothing. The
 * verdicts behind it, {@link #determining()} and {@link #auditExplanation()}, are for auditors and
 * logs, not for the person denied.
 *
 * @param determining the verdicts that decided: every forbid when denied by one, every permit when
 *     allowed, none when denied by default
 * @param request the request decided
 * @since 0.1.0
 */
public record AccessDecision(boolean allowed, List<Verdict> determining, AccessRequest request) {
  /** Copies the list. */
  public AccessDecision {
    java.util.Objects.requireNonNull(request, "request");
    determining = ImmutableList.copyOf(determining);
  }

  /**
   * The decision in one sentence, fit to show the person who asked: allowed with the permitting
   * policies, or {@code denied: <principal> may not <action> <resource>}, the same sentence for
   * every denial of that request whatever the reason.
   */
  public String explanation() {
    String what = request.principal() + " " + request.action() + " " + request.resource();
    if (allowed) {
      return "allowed: " + what + ", permitted by " + determining;
    }
    return "denied: " + request.principal() + " may not " + request.action() + " " + request.resource();
  }

  /**
   * The decision with the policies behind it, for auditors and logs: a denial says whether a
   * policy forbade it (and which, with its reason) or no policy permitted it (default deny). Not
   * for the person denied, as the reasons can reveal what kind of record the resource is.
   */
  public String auditExplanation() {
    String what = request.principal() + " " + request.action() + " " + request.resource();
    if (allowed) {
      return "allowed: " + what + ", permitted by " + determining;
    }
    return determining.isEmpty()
        ? "denied: " + what + ", no policy permits it (default deny)"
        : "denied: " + what + ", forbidden by " + determining;
  }

  @Override
  public String toString() {
    return explanation();
  }
}
