package org.jointcultivation.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Signing in: passwords checked against BCrypt hashes, and a session cookie that carries the
 * username and an expiry, signed with HMAC-SHA256 under a key kept in the database, so that it
 * cannot be forged or extended and survives a restart. Nothing else about the person is in the
 * cookie: who they are is read from the database on every request.
 */
final class SignIn {
  /** The session cookie's name. */
  static final String COOKIE = "jc_session";

  /** How long a session lasts. */
  static final Duration SESSION = Duration.ofHours(8);

  private static final BCryptPasswordEncoder PASSWORDS = new BCryptPasswordEncoder();

  private final UserStore users;
  private final byte[] key;
  private final Clock clock;

  SignIn(UserStore users, Clock clock) {
    this.users = users;
    this.key = Base64.getDecoder().decode(users.cookieKey());
    this.clock = clock;
  }

  /** A BCrypt hash of {@code password}. */
  static String hash(String password) {
    return PASSWORDS.encode(password);
  }

  /** The user, if {@code password} is theirs; the same empty answer for an unknown user. */
  Optional<PortalUser> check(String username, String password) {
    Optional<UserStore.StoredUser> stored = users.find(username);
    // Compare against a hash even for an unknown name, so timing does not tell names apart.
    String hash = stored.map(UserStore.StoredUser::passwordHash).orElse(UNKNOWN_USER_HASH);
    boolean matches = PASSWORDS.matches(password, hash);
    return matches ? stored.map(UserStore.StoredUser::user) : Optional.empty();
  }

  private static final String UNKNOWN_USER_HASH = hash("no user has this password " + System.nanoTime());

  /** The cookie value for {@code user}: {@code username.expiry.signature}. */
  String cookieFor(PortalUser user) {
    String payload = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(user.username().getBytes(StandardCharsets.UTF_8))
        + "." + clock.instant().plus(SESSION).getEpochSecond();
    return payload + "." + sign(payload);
  }

  /** The signed-in user of a cookie value: none if it is missing, malformed, forged or expired. */
  Optional<PortalUser> userOf(@org.jspecify.annotations.Nullable String cookie) {
    if (cookie == null) {
      return Optional.empty();
    }
    String[] parts = cookie.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    String payload = parts[0] + "." + parts[1];
    if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
        parts[2].getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    long expiry;
    String username;
    try {
      expiry = Long.parseLong(parts[1]);
      username = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (clock.instant().getEpochSecond() >= expiry) {
      return Optional.empty();
    }
    return users.find(username).map(UserStore.StoredUser::user);
  }

  private String sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder().withoutPadding()
          .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
    }
  }
}
