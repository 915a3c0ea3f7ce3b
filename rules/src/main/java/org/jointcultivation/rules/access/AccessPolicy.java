package org.jointcultivation.rules.access;

import java.util.Optional;

/**
 * One rule about rights. It permits, forbids, or has nothing to say about a request. It must be a
 * pure function of the request; if it throws, the request is denied.
 *
 * @since 0.1.0
 */
public interface AccessPolicy {
  /** The policy's id, unique in an {@link AccessControl}; cited in decisions. */
  String id();

  /** What the policy says about {@code request}, if anything. */
  Optional<Verdict> evaluate(AccessRequest request);
}
