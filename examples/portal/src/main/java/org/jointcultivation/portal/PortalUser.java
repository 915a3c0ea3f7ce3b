package org.jointcultivation.portal;

import java.util.Objects;
import org.jointcultivation.core.party.PersonId;

/**
 * A person who may sign in: the name they sign in with, what they sign in as, who they are in the
 * record (whose rights apply), and the name shown.
 *
 * @param username the sign-in name
 * @param role what the pages show them first
 * @param person the person of the record whose rights apply
 * @param displayName the name shown on the pages
 */
public record PortalUser(String username, Role role, PersonId person, String displayName) {
  /** Checks that nothing is missing. */
  public PortalUser {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(displayName, "displayName");
  }
}
