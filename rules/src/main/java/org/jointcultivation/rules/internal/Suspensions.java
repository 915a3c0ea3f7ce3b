package org.jointcultivation.rules.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.DateRange;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.event.AgreementTerminated;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.LeaveKind;
import org.jointcultivation.core.event.LeaveTaken;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.spi.ConfiguredRule;

/**
 * A student's leave that suspends a rule's duties (which kinds suspend is the rule's {@code
 * suspendingLeave} parameter; all kinds unless set), and the day the joint cultivation was
 * terminated, if it was.
 */
final class Suspensions {
  static final String PARAMETER = "suspendingLeave";
  private static final Suspensions NONE = new Suspensions(ImmutableList.of(), Optional.empty());

  private final List<DateRange> intervals;
  private final Optional<LocalDate> terminated;

  private Suspensions(List<DateRange> intervals, Optional<LocalDate> terminated) {
    this.intervals = intervals;
    this.terminated = terminated;
  }

  static Suspensions none() {
    return NONE;
  }

  static Set<LeaveKind> kinds(ConfiguredRule configuration) {
    List<LeaveKind> listed = configuration.enumList(PARAMETER, LeaveKind.class);
    return listed.isEmpty() ? EnumSet.allOf(LeaveKind.class) : EnumSet.copyOf(listed);
  }

  static Suspensions of(
      CultivationRecord record, StudentId student, Set<LeaveKind> kinds, LocalDate asOf) {
    // Loops rather than streams: every student rule of every student starts here.
    List<DateRange> intervals = new ArrayList<>();
    LocalDate terminated = null;
    for (CultivationEvent event : record.eventsOf(student)) {
      if (event instanceof LeaveTaken leave) {
        if (kinds.contains(leave.kind()) && !leave.date().isAfter(asOf)) {
          intervals.add(DateRange.of(leave.date(), earlier(leave.endDate().orElse(asOf), asOf)));
        }
      } else if (event instanceof AgreementTerminated termination && !termination.date().isAfter(asOf)
          && (terminated == null || termination.date().isBefore(terminated))) {
        terminated = termination.date();
      }
    }
    Optional<AgreementId> agreement = record.agreementOf(student).map(CooperationAgreement::id);
    if (agreement.isPresent()) {
      for (CultivationEvent event : record.eventsOf(agreement.get())) {
        if (event instanceof AgreementTerminated termination && termination.student().isEmpty()
            && !event.date().isAfter(asOf) && (terminated == null || event.date().isBefore(terminated))) {
          terminated = event.date();
        }
      }
    }
    if (intervals.isEmpty() && terminated == null) {
      return NONE;
    }
    return new Suspensions(merged(intervals), Optional.ofNullable(terminated));
  }

  /**
   * The intervals sorted and merged where they overlap or touch: two kinds of leave on the same
   * days suspend those days once, not twice.
   */
  /** Each interval has an end: open leave is cut at the day of evaluation. */
  static ImmutableList<DateRange> merged(List<DateRange> intervals) {
    List<DateRange> sorted = new ArrayList<>(intervals);
    sorted.sort(Comparator.comparing(DateRange::start));
    ImmutableList.Builder<DateRange> merged = ImmutableList.builder();
    DateRange current = null;
    for (DateRange next : sorted) {
      if (current == null) {
        current = next;
      } else if (!next.start().isAfter(current.end().orElseThrow().plusDays(1))) {
        LocalDate currentEnd = current.end().orElseThrow();
        LocalDate nextEnd = next.end().orElseThrow();
        current = DateRange.of(current.start(), nextEnd.isAfter(currentEnd) ? nextEnd : currentEnd);
      } else {
        merged.add(current);
        current = next;
      }
    }
    if (current != null) {
      merged.add(current);
    }
    return merged.build();
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** The day the joint cultivation ended by termination, if it did. */
  Optional<LocalDate> terminated() {
    return terminated;
  }

  /** {@code due} pushed back by every suspended day between {@code from} and the shifted due. */
  LocalDate shift(LocalDate from, LocalDate due) {
    LocalDate shifted = due;
    for (int round = 0; round < 20; round++) {
      long extra = suspendedDays(from, shifted);
      LocalDate next = due.plusDays(extra);
      if (next.equals(shifted)) {
        break;
      }
      shifted = next;
    }
    return shifted;
  }

  /** Suspended days within {@code [from, to]}. */
  long suspendedDays(LocalDate from, LocalDate to) {
    long days = 0;
    for (DateRange interval : intervals) {
      LocalDate start = interval.start().isAfter(from) ? interval.start() : from;
      LocalDate end = interval.end().orElse(to).isBefore(to) ? interval.end().orElse(to) : to;
      if (!end.isBefore(start)) {
        days += ChronoUnit.DAYS.between(start, end) + 1;
      }
    }
    return days;
  }

  /** Adds SUSPENDED and IN_EFFECT transitions for leave that starts within {@code (from, until]}. */
  void annotate(Lifecycle lifecycle, LocalDate from, LocalDate until) {
    for (DateRange interval : intervals) {
      if (interval.start().isAfter(from) && !interval.start().isAfter(until)) {
        lifecycle.to(interval.start(), ObligationState.SUSPENDED, "leave from " + interval.start());
        LocalDate resumed = interval.end().orElse(until).plusDays(1);
        if (!resumed.isAfter(until)) {
          lifecycle.to(resumed, ObligationState.IN_EFFECT, "leave ended " + interval.end().orElse(until));
        }
      }
    }
  }
}
