package org.jointcultivation.rules.access;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The answer to an access request: allowed or denied, and the policies that determined it. Denied
 * by default (no policy permits), or because a policy forbids (a forbid beats every permit), or
 * because a policy failed to evaluate.
 *
 * @param allowed whether the action is allowed
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

  /** The decision in one sentence. */
  public String explanation() {
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
