package org.jointcultivation.rules.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.DateRange;
import org.jointcultivation.core.event.LeaveKind;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.SubjectFacts;

/**
 * A student's leave that suspends a rule's duties (which kinds suspend is the rule's {@code
 * suspendingLeave} parameter; all kinds unless set), and the day the joint cultivation was
 * terminated, if it was.
 */
final class Suspensions {
  static final String PARAMETER = "suspendingLeave";
  /** The value of {@link #PARAMETER} that no leave suspends. */
  static final String NO_KIND = "NONE";
  /** The parameter naming the days of each kind of leave a year that do not suspend. */
  static final String ALLOWANCE = "leaveAllowanceDays";
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

  /** The days of each kind of leave a year that do not suspend (parameter {@code leaveAllowanceDays}). */
  static int allowance(ConfiguredRule configuration) {
    return configuration.intParameter(ALLOWANCE, 0, 366, 0);
  }

  static Set<LeaveKind> kinds(ConfiguredRule configuration) {
    List<String> listed = configuration.list(PARAMETER);
    if (listed.contains(NO_KIND)) {
      if (listed.size() > 1) {
        throw configuration.error(PARAMETER, "NONE cannot be listed with kinds of leave, not " + listed);
      }
      return EnumSet.noneOf(LeaveKind.class);
    }
    List<LeaveKind> kinds = configuration.enumList(PARAMETER, LeaveKind.class);
    return kinds.isEmpty() ? EnumSet.allOf(LeaveKind.class) : EnumSet.copyOf(kinds);
  }

  /**
   * The subject's suspending leave and termination, from the facts every rule of the subject
   * shares: the merged intervals are worked out once per set of kinds, not once per rule.
   */
  static Suspensions of(SubjectFacts facts, Set<LeaveKind> kinds) {
    return of(facts, kinds, 0);
  }

  /** As {@link #of(SubjectFacts, Set)}, the first {@code allowanceDays} of each kind a year not suspending. */
  static Suspensions of(SubjectFacts facts, Set<LeaveKind> kinds, int allowanceDays) {
    List<DateRange> intervals = facts.leave(kinds, allowanceDays);
    Optional<LocalDate> terminated = facts.terminated();
    if (intervals.isEmpty() && terminated.isEmpty()) {
      return NONE;
    }
    return new Suspensions(intervals, terminated);
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
