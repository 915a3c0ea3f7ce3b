package org.jointcultivation.portal;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jointcultivation.core.party.AdministratorId;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;

/** Who may sign in, with their password hashes, and the key that signs session cookies. */
final class UserStore {
  /** A user as stored: who they are and the hash their password must match. */
  record StoredUser(PortalUser user, String passwordHash) {}

  private static final String COOKIE_KEY = "cookie-key";

  private final Jdbi jdbi;

  UserStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Adds {@code user} within {@code handle}'s transaction. */
  static void add(Handle handle, PortalUser user, String passwordHash) {
    handle.createUpdate("INSERT INTO users (username, password_hash, role, person_kind, person_id, display_name) "
            + "VALUES (:username, :hash, :role, :kind, :id, :name)")
        .bind("username", user.username())
        .bind("hash", passwordHash)
        .bind("role", user.role().name())
        .bind("kind", kind(user.person()))
        .bind("id", user.person().value())
        .bind("name", user.displayName())
        .execute();
  }

  /** Stores the key that signs cookies, within {@code handle}'s transaction. */
  static void setCookieKey(Handle handle, String key) {
    handle.createUpdate("INSERT INTO settings (name, setting_value) VALUES (:name, :value)")
        .bind("name", COOKIE_KEY).bind("value", key).execute();
  }

  /** The key that signs cookies. */
  String cookieKey() {
    return jdbi.withHandle(h -> h.createQuery("SELECT setting_value FROM settings WHERE name = :name")
        .bind("name", COOKIE_KEY).mapTo(String.class).one());
  }

  /** The user signing in as {@code username}, if there is one. */
  Optional<StoredUser> find(String username) {
    return jdbi.withHandle(h -> h.createQuery(
            "SELECT username, password_hash, role, person_kind, person_id, display_name FROM users WHERE username = :u")
        .bind("u", username)
        .map((rs, ctx) -> new StoredUser(new PortalUser(rs.getString("username"), Role.valueOf(rs.getString("role")),
            person(rs.getString("person_kind"), rs.getString("person_id")), rs.getString("display_name")),
            rs.getString("password_hash")))
        .findOne());
  }

  private static String kind(PersonId person) {
    if (person instanceof StudentId) {
      return "student";
    }
    return person instanceof TutorId ? "tutor" : "administrator";
  }

  private static PersonId person(String kind, String id) {
    return switch (kind) {
      case "student" -> StudentId.of(id);
      case "tutor" -> TutorId.of(id);
      case "administrator" -> AdministratorId.of(id);
      default -> throw new IllegalStateException("users.person_kind holds '" + kind + "', not student, tutor or administrator");
    };
  }
}
