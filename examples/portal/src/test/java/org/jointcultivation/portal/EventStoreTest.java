package org.jointcultivation.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.MeetingKind;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The repository on both databases the portal supports: what is stored is what is loaded, all or nothing. */
class EventStoreTest {
  private static EmbeddedPostgres postgres;
  private static int databases;

  @TempDir
  static Path h2Directory;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.start();
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  /** A fresh, migrated database of each kind. */
  static Stream<PortalConfig> databases() {
    int n = ++databases;
    try (var connection = postgres.getPostgresDatabase().getConnection()) {
      connection.createStatement().execute("CREATE DATABASE portal" + n);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    return Stream.of(
        PortalConfig.h2(h2Directory.resolve("h2-" + n), 0, Optional.empty()),
        new PortalConfig(0, postgres.getJdbcUrl("postgres", "portal" + n), "postgres", "", Optional.empty()));
  }

  private static SupervisionMeetingHeld meeting(String id) {
    return SupervisionMeetingHeld.builder().id(EventId.of(id)).date(LocalDate.of(2026, 9, 1))
        .student(StudentId.of("S-01")).kind(MeetingKind.SUPERVISION)
        .addAttendees(StudentId.of("S-01"), TutorId.of("T-KMU-1")).addSubjects("plan, with \"quotes\" and 中文").build();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void seededProgramme_loadsAsItWasWritten(PortalConfig config) {
    Jdbi jdbi = Database.open(config);
    EventStore store = new EventStore(jdbi);
    assertTrue(!store.isSeeded());

    DemoProgramme.seed(jdbi, Instant.parse("2026-09-01T08:00:00Z"));

    assertTrue(store.isSeeded());
    CultivationRecord expected = DemoProgramme.record();
    assertEquals(expected, store.load());
    assertEquals(expected.events().size(), store.eventCount());
    assertTrue(new UserStore(jdbi).find("office").isPresent());
    assertTrue(new UserStore(jdbi).find("nobody").isEmpty());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void append_isOneTransaction_allOrNothing(PortalConfig config) {
    Jdbi jdbi = Database.open(config);
    DemoProgramme.seed(jdbi, Instant.parse("2026-09-01T08:00:00Z"));
    EventStore store = new EventStore(jdbi);
    int before = store.eventCount();

    store.append(List.of(meeting("M-A"), meeting("M-B")), "t-kmu-1", Instant.parse("2026-09-01T09:00:00Z"));
    assertEquals(before + 2, store.eventCount());
    assertEquals(meeting("M-B"), store.load().event(EventId.of("M-B")).orElseThrow(), "text survives as written");

    // The second row breaks the unique event id: the first must not stay either.
    assertThrows(RuntimeException.class, () ->
        store.append(List.of(meeting("M-C"), meeting("M-A")), "t-kmu-1", Instant.parse("2026-09-01T10:00:00Z")));
    assertEquals(before + 2, store.eventCount());
    assertTrue(store.load().event(EventId.of("M-C")).isEmpty());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void migrations_runOnce_andAgainChangeNothing(PortalConfig config) {
    Jdbi jdbi = Database.open(config);
    DemoProgramme.seed(jdbi, Instant.parse("2026-09-01T08:00:00Z"));
    int events = new EventStore(jdbi).eventCount();

    Jdbi reopened = Database.open(config);

    assertEquals(events, new EventStore(reopened).eventCount());
  }
}
