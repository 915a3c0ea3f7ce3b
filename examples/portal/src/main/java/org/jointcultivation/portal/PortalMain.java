package org.jointcultivation.portal;

import java.time.Clock;

/**
 * Starts the portal: on an H2 file database in {@code portal-data} unless {@code portal.jdbcUrl}
 * names another (see {@link PortalConfig#fromEnvironment}), seeded with seed 1's programme on
 * first start, and prints its address and the demo users.
 */
public final class PortalMain {
  private PortalMain() {}

  /** Runs until the process is stopped. */
  public static void main(String[] args) {
    PortalConfig config = PortalConfig.fromEnvironment();
    // The server's own day: a portal serving one programme runs where the programme is.
    Portal portal = Portal.start(config, Clock.system(java.time.ZoneId.systemDefault()));
    System.out.println("Joint cultivation portal: " + portal.url());
    System.out.println("Database: " + config.jdbcUrl() + " (" + portal.eventCount() + " events)");
    System.out.println("Sign in as office, discipline, enterprise, a trainee (s-01 … s-24) or a tutor (t-ymu-1, t-kmu-2 …),"
        + " password '" + DemoProgramme.PASSWORD + "'. Stop with Ctrl+C.");
    Runtime.getRuntime().addShutdownHook(new Thread(portal::close));
  }
}
