package org.jointcultivation.rules.spi;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jointcultivation.core.DateRange;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.agreement.GoverningRegulationsClause;
import org.jointcultivation.core.event.AgreementTerminated;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.LeaveKind;
import org.jointcultivation.core.event.LeaveTaken;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Subject;
import org.jspecify.annotations.Nullable;

/**
 * The facts about one subject that rules share, worked out once per evaluation and handed to every
 * rule through {@link RuleContext#facts()}: the agreement, the institutions, whose regulations
 * govern, the team on any day, the subject's events by kind, and leave merged into
 * non-overlapping intervals. Each fact is computed on first use and kept, so a fact no rule asks
 * for costs nothing, and one that twenty rules ask for is computed once.
 *
 * <p>Safe to share between threads: a rule may be run on the engine's guard thread.
 *
 * @since 0.2.0
 */
public final class SubjectFacts {
  private final CultivationRecord record;
  private final LocalDate asOf;
  private final Subject subject;
  private final ConcurrentHashMap<Class<?>, List<?>> eventsByKind = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Set<LeaveKind>, List<DateRange>> leaveByKinds = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<List<Object>, List<DateRange>> leaveWithAllowance = new ConcurrentHashMap<>();
  private final Lazy<Optional<CooperationAgreement>> agreement = new Lazy<>(this::findAgreement);
  private final Lazy<Set<InstitutionId>> institutions = new Lazy<>(this::findInstitutions);
  private final Lazy<List<InstitutionId>> governing = new Lazy<>(this::findGoverning);
  private final Lazy<Optional<LocalDate>> terminated = new Lazy<>(this::findTermination);

  private SubjectFacts(CultivationRecord record, LocalDate asOf, Subject subject) {
    this.record = Objects.requireNonNull(record, "record");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.subject = Objects.requireNonNull(subject, "subject");
  }

  /** The facts about {@code subject} in {@code record} as of {@code asOf}. */
  public static SubjectFacts of(CultivationRecord record, LocalDate asOf, Subject subject) {
    return new SubjectFacts(record, asOf, subject);
  }

  /** Whom the facts are about. */
  public Subject subject() {
    return subject;
  }

  /** The record they are drawn from. */
  public CultivationRecord record() {
    return record;
  }

  /** The day of evaluation. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The agreement: a student's (their candidacy's, else their first assignment's), or the subject
   * itself for an agreement; none for a tutor or an institution.
   */
  public Optional<CooperationAgreement> agreement() {
    return agreement.get();
  }

  private Optional<CooperationAgreement> findAgreement() {
    if (subject instanceof Subject.Student s) {
      return record.agreementOf(s.id());
    } else if (subject instanceof Subject.Agreement a) {
      return record.agreement(a.id());
    }
    return Optional.empty();
  }

  /**
   * The institutions the subject belongs to: a student's home and host (or their agreement's
   * parties), a tutor's home institution, an agreement's parties, an institution itself.
   */
  public Set<InstitutionId> institutions() {
    return institutions.get();
  }

  private Set<InstitutionId> findInstitutions() {
    if (subject instanceof Subject.Student s) {
      return record.institutionsOf(s.id());
    } else if (subject instanceof Subject.Tutor t) {
      return record.tutor(t.id()).map(tutor -> Set.of(tutor.homeInstitution())).orElse(Set.of());
    } else if (subject instanceof Subject.Agreement a) {
      return record.agreement(a.id()).map(CooperationAgreement::parties).orElse(Set.of());
    }
    return Set.of(((Subject.Institution) subject).id());
  }

  /**
   * Whose regulations govern decisions about the subject, highest precedence first: for a student,
   * {@link CultivationRecord#governingRegulations} on the day of evaluation; for a tutor, their home
   * institution's; for an agreement, its clause or its parties'; for an institution, its own.
   */
  public List<InstitutionId> governingRegulations() {
    return governing.get();
  }

  private List<InstitutionId> findGoverning() {
    if (subject instanceof Subject.Student s) {
      return record.governingRegulations(s.id(), asOf);
    } else if (subject instanceof Subject.Agreement a) {
      return record.agreement(a.id())
          .flatMap(agreement -> agreement.clauseOn(asOf, GoverningRegulationsClause.class))
          .map(GoverningRegulationsClause::precedence)
          .orElseGet(() -> List.copyOf(institutions()));
    }
    return List.copyOf(institutions());
  }

  /** A student's supervision team on {@code day}; none for other subjects or unassigned days. */
  public Optional<DualTutorAssignment> teamOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return subject instanceof Subject.Student s ? record.assignmentOn(s.id(), day) : Optional.empty();
  }

  /** Every event that refers to the subject, in date order (then id), including any after the day. */
  public List<CultivationEvent> events() {
    if (subject instanceof Subject.Student s) {
      return record.eventsOf(s.id());
    } else if (subject instanceof Subject.Tutor t) {
      return record.eventsOf(t.id());
    } else if (subject instanceof Subject.Agreement a) {
      return record.eventsOf(a.id());
    }
    return record.eventsOf(((Subject.Institution) subject).id());
  }

  /** The subject's events of one kind, in date order (then id); worked out once per kind. */
  @SuppressWarnings("unchecked") // each list holds only instances of its key, checked on insertion
  public <T extends CultivationEvent> List<T> events(Class<T> kind) {
    Objects.requireNonNull(kind, "kind");
    return (List<T>) eventsByKind.computeIfAbsent(kind, k -> {
      ImmutableList.Builder<T> ofKind = ImmutableList.builder();
      for (CultivationEvent event : events()) {
        if (kind.isInstance(event)) {
          ofKind.add(kind.cast(event));
        }
      }
      return ofKind.build();
    });
  }

  /**
   * The subject's leave of the given kinds up to the day of evaluation, sorted and merged where
   * intervals overlap or touch, so that two kinds of leave on the same days count those days once.
   * Open leave ends on the day of evaluation. None for subjects other than students.
   */
  public List<DateRange> leave(Set<LeaveKind> kinds) {
    Objects.requireNonNull(kinds, "kinds");
    Set<LeaveKind> key = Set.copyOf(kinds);
    return leaveByKinds.computeIfAbsent(key, k -> {
      List<DateRange> intervals = new ArrayList<>();
      for (LeaveTaken leave : events(LeaveTaken.class)) {
        if (k.contains(leave.kind()) && !leave.date().isAfter(asOf)) {
          LocalDate end = leave.endDate().filter(day -> day.isBefore(asOf)).orElse(asOf);
          intervals.add(DateRange.of(leave.date(), end));
        }
      }
      return merged(intervals);
    });
  }

  /**
   * The subject's leave of the given kinds as {@link #leave(Set)} gives it, except that the first
   * {@code allowanceDays} days of each kind in each year since the student's start (an allowance,
   * e.g. the first 10 days of sick leave a year) are not counted.
   */
  public List<DateRange> leave(Set<LeaveKind> kinds, int allowanceDays) {
    Objects.requireNonNull(kinds, "kinds");
    if (allowanceDays < 0) {
      throw new IllegalArgumentException("allowanceDays must not be negative, not " + allowanceDays);
    }
    if (allowanceDays == 0) {
      return leave(kinds);
    }
    return leaveWithAllowance.computeIfAbsent(List.of(Set.copyOf(kinds), allowanceDays), key -> {
      LocalDate start = subject instanceof Subject.Student s
          ? record.student(s.id()).map(student -> student.startDate()).orElse(LocalDate.MIN) : LocalDate.MIN;
      List<DateRange> counted = new ArrayList<>();
      for (LeaveKind kind : kinds) {
        List<DateRange> ofKind = leave(Set.of(kind));
        java.util.Map<Long, Integer> usedByYear = new java.util.HashMap<>();
        for (DateRange interval : ofKind) {
          for (LocalDate day = interval.start(); !day.isAfter(interval.end().orElseThrow()); day = day.plusDays(1)) {
            long year = start.equals(LocalDate.MIN) ? day.getYear()
                : java.time.temporal.ChronoUnit.YEARS.between(start, day);
            int used = usedByYear.merge(year, 1, Integer::sum);
            if (used > allowanceDays) {
              counted.add(DateRange.of(day, day));
            }
          }
        }
      }
      return merged(counted);
    });
  }

  /**
   * The day a student's candidacy ended (its end date), or their agreement did, by the day of
   * evaluation, whichever came first; none for other subjects or while both last.
   */
  public Optional<LocalDate> ended() {
    if (!(subject instanceof Subject.Student s)) {
      return Optional.empty();
    }
    Optional<LocalDate> candidacy = record.candidacy(s.id()).flatMap(c -> c.endDate());
    Optional<LocalDate> agreementEnd = agreement().flatMap(CooperationAgreement::endDate);
    Optional<LocalDate> first = candidacy.isPresent() && agreementEnd.isPresent()
        ? Optional.of(candidacy.get().isBefore(agreementEnd.get()) ? candidacy.get() : agreementEnd.get())
        : candidacy.or(() -> agreementEnd);
    return first.filter(day -> !day.isAfter(asOf));
  }

  /**
   * The day the subject's joint cultivation was terminated, by the day of evaluation: the earliest
   * termination naming the student, or terminating their whole agreement.
   */
  public Optional<LocalDate> terminated() {
    return terminated.get();
  }

  private Optional<LocalDate> findTermination() {
    LocalDate earliest = null;
    for (AgreementTerminated termination : events(AgreementTerminated.class)) {
      if (!termination.date().isAfter(asOf) && (earliest == null || termination.date().isBefore(earliest))) {
        earliest = termination.date();
      }
    }
    Optional<CooperationAgreement> under = subject instanceof Subject.Student ? agreement() : Optional.empty();
    if (under.isPresent()) {
      for (CultivationEvent event : record.eventsOf(under.get().id())) {
        if (event instanceof AgreementTerminated termination && termination.student().isEmpty()
            && !event.date().isAfter(asOf) && (earliest == null || event.date().isBefore(earliest))) {
          earliest = event.date();
        }
      }
    }
    return Optional.ofNullable(earliest);
  }

  /** The intervals sorted by start and merged where they overlap or touch; each has an end. */
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

  /** A value worked out on first use, at most once as seen by any thread after it is published. */
  private static final class Lazy<T> {
    private final Supplier<T> compute;
    private volatile @Nullable T value;

    Lazy(Supplier<T> compute) {
      this.compute = compute;
    }

    T get() {
      T known = value;
      if (known == null) {
        known = compute.get(); // a race computes the same value twice, never a wrong one
        value = known;
      }
      return known;
    }
  }

  @Override
  public String toString() {
    return "SubjectFacts[" + subject + " as of " + asOf + "]";
  }
}
