package org.jointcultivation.portal;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.jointcultivation.rules.access.AccessControl;

/**
 * The portal, assembled: the database migrated (and seeded with the demo programme on first
 * start), the evaluation session rebuilt from the stored events, the API and the pages served.
 */
public final class Portal implements AutoCloseable {
  private final Javalin server;
  private final Programme programme;

  private Portal(Javalin server, Programme programme) {
    this.server = server;
    this.programme = programme;
  }

  /**
   * Starts the portal.
   *
   * @param config where it listens and keeps its data
   * @param clock the clock for today, sessions and the times events are recorded
   */
  public static Portal start(PortalConfig config, Clock clock) {
    Jdbi jdbi = Database.open(config);
    EventStore events = new EventStore(jdbi);
    if (!events.isSeeded()) {
      DemoProgramme.seed(jdbi, clock.instant());
    }
    UserStore users = new UserStore(jdbi);
    Programme programme = new Programme(events,
        org.jointcultivation.examples.SeedOneProgramme.engine(events.load()), clock, config.asOf());
    Api api = new Api(programme, new SignIn(users, clock), AccessControl.standard());
    Javalin server = Javalin.create(javalin -> {
      javalin.staticFiles.add("/public", Location.CLASSPATH);
      javalin.startup.showJavalinBanner = false;
      api.routes(javalin);
      javalin.routes.after(ctx -> {
        // The pages load nothing from elsewhere, and are never framed.
        ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        if (ctx.path().startsWith("/api/")) {
          // Personal data and live state: never kept by a browser or a proxy, never shown stale.
          ctx.header("Cache-Control", "no-store");
        }
      });
    });
    server.start(config.port());
    return new Portal(server, programme);
  }

  /** The port the portal listens on. */
  public int port() {
    return server.port();
  }

  /** The address of its pages. */
  public String url() {
    return "http://localhost:" + port() + "/";
  }

  /** How many events the programme holds. */
  public int eventCount() {
    return programme.record().events().size();
  }

  /** Stops the server; the data stays in the database. */
  @Override
  public void close() {
    server.stop();
  }
}
