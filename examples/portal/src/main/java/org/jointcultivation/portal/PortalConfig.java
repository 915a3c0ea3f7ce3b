package org.jointcultivation.portal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the portal listens and keeps its data.
 *
 * @param port the HTTP port; 0 picks a free one
 * @param jdbcUrl the database: {@code jdbc:h2:file:…} or {@code jdbc:postgresql://…}
 * @param dbUser the database user
 * @param dbPassword the database password
 * @param asOf the day the portal assesses on; empty for today in the system clock
 */
public record PortalConfig(int port, String jdbcUrl, String dbUser, String dbPassword, Optional<LocalDate> asOf) {
  /** The default port. */
  public static final int DEFAULT_PORT = 7070;

  /** An H2 file database in {@code directory}, on {@code port}. */
  public static PortalConfig h2(Path directory, int port, Optional<LocalDate> asOf) {
    return new PortalConfig(port, "jdbc:h2:file:" + directory.toAbsolutePath().resolve("portal"), "sa", "", asOf);
  }

  /**
   * From system properties, then environment variables: {@code portal.port} / {@code PORTAL_PORT},
   * {@code portal.jdbcUrl} / {@code PORTAL_JDBC_URL} (an H2 file database in {@code
   * portal-data} unless set), {@code portal.dbUser} / {@code PORTAL_DB_USER}, {@code
   * portal.dbPassword} / {@code PORTAL_DB_PASSWORD}, {@code portal.asOf} / {@code PORTAL_AS_OF}
   * (a day such as {@code 2026-09-01}).
   *
   * @throws IllegalArgumentException naming the setting and the value when one is malformed
   */
  public static PortalConfig fromEnvironment() {
    String port = setting("portal.port", "PORTAL_PORT").orElse(String.valueOf(DEFAULT_PORT));
    int parsedPort;
    try {
      parsedPort = Integer.parseInt(port);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("portal.port must be a number from 0 to 65535, not '" + port + "'", e);
    }
    if (parsedPort < 0 || parsedPort > 65_535) {
      throw new IllegalArgumentException("portal.port must be a number from 0 to 65535, not '" + port + "'");
    }
    Optional<LocalDate> asOf = setting("portal.asOf", "PORTAL_AS_OF").map(day -> {
      try {
        return LocalDate.parse(day);
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("portal.asOf must be a day such as 2026-09-01, not '" + day + "'", e);
      }
    });
    Optional<String> url = setting("portal.jdbcUrl", "PORTAL_JDBC_URL");
    if (url.isEmpty()) {
      PortalConfig h2 = h2(Path.of("portal-data"), parsedPort, asOf);
      return h2;
    }
    return new PortalConfig(parsedPort, url.get(), setting("portal.dbUser", "PORTAL_DB_USER").orElse(""),
        setting("portal.dbPassword", "PORTAL_DB_PASSWORD").orElse(""), asOf);
  }

  private static Optional<String> setting(String property, String variable) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(variable);
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
