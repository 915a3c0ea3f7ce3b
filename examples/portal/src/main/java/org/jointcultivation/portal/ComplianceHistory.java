package org.jointcultivation.portal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.RuleEngine;
import org.jointcultivation.rules.access.AccessControl;
import org.jointcultivation.rules.access.AssessmentView;

/**
 * Compliance over time for the programme office's chart: the record evaluated at the end of every
 * month since the first student started, each assessment filtered for the person asking, and the
 * share of duties kept among those decided by then. Kept per record and person, since a record
 * only changes by a write.
 */
final class ComplianceHistory {
  private record Key(CultivationRecord record, LocalDate today, PersonId person) {}

  private final RuleEngine engine;
  private final AccessControl access;
  private final Map<Key, List<Views.ChartPoint>> cache = new ConcurrentHashMap<>();

  ComplianceHistory(RuleEngine engine, AccessControl access) {
    this.engine = engine;
    this.access = access;
  }

  List<Views.ChartPoint> monthly(CultivationRecord record, LocalDate today, PersonId person) {
    if (cache.size() > 64) {
      cache.clear();
    }
    return cache.computeIfAbsent(new Key(record, today, person), key -> compute(record, today, person));
  }

  private List<Views.ChartPoint> compute(CultivationRecord record, LocalDate today, PersonId person) {
    List<Views.ChartPoint> points = new ArrayList<>();
    LocalDate first = record.students().stream().map(s -> s.startDate()).min(LocalDate::compareTo).orElse(today);
    for (YearMonth month = YearMonth.from(first); !month.atEndOfMonth().isAfter(today); month = month.plusMonths(1)) {
      LocalDate day = month.atEndOfMonth();
      AssessmentView view = access.filter(record, engine.evaluate(record, day), person);
      int fulfilled = 0;
      int violated = 0;
      for (ObligationInstance obligation : view.obligations()) {
        if (obligation.state() == ObligationState.FULFILLED) {
          fulfilled++;
        } else if (obligation.state() == ObligationState.VIOLATED) {
          violated++;
        }
      }
      points.add(new Views.ChartPoint(day, fulfilled + violated == 0 ? 1.0 : (double) fulfilled / (fulfilled + violated),
          violated));
    }
    return points;
  }
}
