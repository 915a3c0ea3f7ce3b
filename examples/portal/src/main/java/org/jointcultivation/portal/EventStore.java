package org.jointcultivation.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.record.CultivationRecord;

/**
 * The programme in the database: its facts as one document, written once, and its events, one row
 * each, appended. Every write is one transaction.
 */
final class EventStore {
  private final Jdbi jdbi;

  EventStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Whether the programme's facts have been written (the portal was seeded). */
  boolean isSeeded() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM programme_facts").mapTo(Integer.class).one()) > 0;
  }

  /** Writes the facts of {@code record} and its events, within {@code handle}'s transaction. */
  static void seed(Handle handle, CultivationRecord record, Instant at) {
    handle.createUpdate("INSERT INTO programme_facts (id, document) VALUES (1, :document)")
        .bind("document", CultivationJson.toJson(record.withoutEvents()))
        .execute();
    for (CultivationEvent event : record.events()) {
      insert(handle, event, "seed", at);
    }
  }

  /** The programme as stored: its facts and every event. */
  CultivationRecord load() {
    return jdbi.withHandle(handle -> {
      Optional<String> facts = handle.createQuery("SELECT document FROM programme_facts WHERE id = 1")
          .mapTo(String.class).findOne();
      CultivationRecord.Builder builder = facts
          .map(document -> CultivationJson.fromJson(document, CultivationRecord.class).toBuilder())
          .orElseGet(CultivationRecord::builder);
      List<String> events = handle.createQuery("SELECT document FROM events ORDER BY seq").mapTo(String.class).list();
      for (String event : events) {
        builder.addEvent(CultivationJson.fromJson(event, CultivationEvent.class));
      }
      return builder.build();
    });
  }

  /** Appends {@code events} in one transaction: all of them are stored, or none. */
  void append(List<CultivationEvent> events, String recordedBy, Instant at) {
    jdbi.useTransaction(handle -> {
      for (CultivationEvent event : events) {
        insert(handle, event, recordedBy, at);
      }
    });
  }

  /** How many events are stored. */
  int eventCount() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM events").mapTo(Integer.class).one());
  }

  private static void insert(Handle handle, CultivationEvent event, String recordedBy, Instant at) {
    handle.createUpdate("INSERT INTO events (event_id, event_type, document, recorded_by, recorded_at) "
            + "VALUES (:id, :type, :document, :by, :at)")
        .bind("id", event.id().value())
        .bind("type", event.getClass().getSimpleName().replaceFirst("^Immutable", ""))
        .bind("document", CultivationJson.toJson(event))
        .bind("by", recordedBy)
        .bind("at", Timestamp.from(at))
        .execute();
  }
}
