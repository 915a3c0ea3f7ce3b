package org.jointcultivation.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Settings are read strictly: a malformed one is an error naming it, never a silent default. */
class PortalConfigTest {
  @AfterEach
  void clear() {
    System.clearProperty("portal.port");
    System.clearProperty("portal.asOf");
    System.clearProperty("portal.jdbcUrl");
  }

  @Test
  void defaults_areAnH2FileDatabaseOnPort7070_assessedToday() {
    PortalConfig config = PortalConfig.fromEnvironment();
    if (System.getenv("PORTAL_JDBC_URL") == null && System.getenv("PORTAL_PORT") == null) {
      assertEquals(7070, config.port());
      assertTrue(config.jdbcUrl().startsWith("jdbc:h2:file:"), config.jdbcUrl());
    }
    assertEquals(Optional.empty(), System.getenv("PORTAL_AS_OF") == null ? config.asOf() : Optional.empty());
  }

  @Test
  void settings_areRead() {
    System.setProperty("portal.port", "8081");
    System.setProperty("portal.asOf", "2026-09-01");
    System.setProperty("portal.jdbcUrl", "jdbc:postgresql://localhost/portal");
    PortalConfig config = PortalConfig.fromEnvironment();
    assertEquals(8081, config.port());
    assertEquals(Optional.of(LocalDate.of(2026, 9, 1)), config.asOf());
    assertEquals("jdbc:postgresql://localhost/portal", config.jdbcUrl());
  }

  @Test
  void aMalformedSetting_failsNamingItAndTheValue() {
    System.setProperty("portal.port", "seventy");
    IllegalArgumentException port = assertThrows(IllegalArgumentException.class, PortalConfig::fromEnvironment);
    String portMessage = String.valueOf(port.getMessage());
    assertTrue(portMessage.contains("portal.port") && portMessage.contains("'seventy'"), portMessage);
    System.setProperty("portal.port", "70000");
    assertThrows(IllegalArgumentException.class, PortalConfig::fromEnvironment);
    System.clearProperty("portal.port");
    System.setProperty("portal.asOf", "1 Sept");
    IllegalArgumentException day = assertThrows(IllegalArgumentException.class, PortalConfig::fromEnvironment);
    String dayMessage = String.valueOf(day.getMessage());
    assertTrue(dayMessage.contains("portal.asOf") && dayMessage.contains("'1 Sept'"), dayMessage);
  }
}
