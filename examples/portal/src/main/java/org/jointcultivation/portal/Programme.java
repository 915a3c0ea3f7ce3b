package org.jointcultivation.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.EvaluationSession;
import org.jointcultivation.rules.RuleEngine;

/**
 * The programme as the portal serves it: the stored record, kept assessed by an evaluation
 * session for the portal's day, and the one way to change it. A write applies the events to the
 * session first (the record refuses anything inconsistent), then stores them in one transaction,
 * and only then shows them: a refused or failed write changes nothing, in memory or in the
 * database.
 */
final class Programme {
  private final EventStore store;
  private final RuleEngine engine;
  private final Clock clock;
  private final Optional<LocalDate> fixedDay;
  private EvaluationSession session;

  Programme(EventStore store, RuleEngine engine, Clock clock, Optional<LocalDate> fixedDay) {
    this.store = store;
    this.engine = engine;
    this.clock = clock;
    this.fixedDay = fixedDay;
    this.session = engine.openSession(store.load(), today());
  }

  /** The portal's day: the configured one, or today in the clock's zone. */
  LocalDate today() {
    return fixedDay.orElseGet(() -> LocalDate.now(clock));
  }

  /** The session for today; a new day opens a new session over the same record. */
  synchronized EvaluationSession session() {
    LocalDate today = today();
    if (!session.asOf().equals(today)) {
      session = engine.openSession(session.record(), today);
    }
    return session;
  }

  /** The record as it stands. */
  CultivationRecord record() {
    return session().record();
  }

  RuleEngine engine() {
    return engine;
  }

  /**
   * Records {@code events}, all or none.
   *
   * @throws org.jointcultivation.core.ValidationException if the record refuses one; nothing is stored
   */
  synchronized void record(List<CultivationEvent> events, PortalUser by) {
    EvaluationSession next = session();
    for (CultivationEvent event : events) {
      next = next.apply(event);
    }
    store.append(events, by.username(), clock.instant());
    session = next;
  }
}
