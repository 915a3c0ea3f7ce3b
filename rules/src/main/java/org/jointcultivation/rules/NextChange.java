package org.jointcultivation.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.LeaveTaken;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.party.Relation;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;

/**
 * The first day after an assessment's day on which evaluating the same record again could find
 * something else about one subject: a duty falling due or a period ending, an event the record
 * already holds but dated later, a fact that starts or ends (a candidacy, an assignment, a
 * placement, an agreement, a relation), leave ending (while it lasts, due dates move every day),
 * a measure's term running out, an event or
 * a breach leaving the window a reward or sanction policy counts over. Every
 * candidate is a day on which a rule may read the calendar differently; taking the earliest of
 * them is safe, and a day too early only costs an evaluation that changes nothing.
 */
final class NextChange {
  private final LocalDate asOf;
  private final java.util.Set<java.time.Period> windows;
  private LocalDate earliest = LocalDate.MAX;

  private NextChange(LocalDate asOf, java.util.Set<java.time.Period> windows) {
    this.asOf = asOf;
    this.windows = windows;
  }

  static Optional<LocalDate> of(CompiledRegulations regulations, CultivationRecord record, Assessment assessment,
      Subject subject) {
    NextChange next = new NextChange(assessment.asOf(), regulations.measureWindows());
    List<ObligationInstance> obligations = new ArrayList<>(assessment.obligationsAbout(subject));
    if (subject.id() instanceof TutorId tutor) {
      // The duties a tutor bears for students count towards the tutor's own measures.
      obligations.addAll(assessment.obligationsOf(tutor));
    }
    obligations.forEach(next::obligation);
    // A pack's new version judges the duties that arise from its first day on.
    regulations.versions().boundaries().forEach(next::day);
    List<CultivationEvent> events = new ArrayList<>();
    if (subject instanceof Subject.Student s) {
      StudentId student = s.id();
      record.student(student).ifPresent(x -> next.day(x.startDate()));
      record.candidacy(student).ifPresent(c -> next.span(c.startDate(), c.endDate()));
      record.assignmentsOf(student).forEach(a -> next.span(a.startDate(), a.endDate()));
      record.placementsOf(student).forEach(p -> next.span(p.startDate(), p.endDate()));
      // A duty counting placement days is met on the day the days add up: while a placement runs,
      // any day may be that day.
      LocalDate tomorrow = next.asOf.plusDays(1);
      boolean pending = obligations.stream().anyMatch(o -> !o.state().isFinal());
      if (pending && record.placementsOf(student).stream().anyMatch(p -> !p.startDate().isAfter(tomorrow)
          && p.endDate().map(end -> !end.isBefore(tomorrow)).orElse(true))) {
        next.day(tomorrow);
      }
      record.agreementOf(student).ifPresent(next::agreement);
      next.relations(record.relationsOf(student));
      events.addAll(record.eventsOf(student));
    } else if (subject instanceof Subject.Tutor t) {
      for (DualTutorAssignment assignment : record.assignmentsOfTutor(t.id())) {
        next.span(assignment.startDate(), assignment.endDate());
        record.student(assignment.student()).ifPresent(x -> next.day(x.startDate()));
        // The duties a tutor bears for a student change with the student's own events.
        events.addAll(record.eventsOf(assignment.student()));
      }
      next.relations(record.relationsOf(t.id()));
      events.addAll(record.eventsOf(t.id()));
    } else if (subject instanceof Subject.Agreement a) {
      record.agreement(a.id()).ifPresent(next::agreement);
      for (StudentId student : record.studentsUnder(a.id())) {
        record.candidacy(student).ifPresent(c -> next.span(c.startDate(), c.endDate()));
        events.addAll(record.eventsOf(student));
      }
      events.addAll(record.eventsOf(a.id()));
    } else if (subject instanceof Subject.Institution i) {
      events.addAll(record.eventsOf(i.id()));
    }
    for (CultivationEvent event : events) {
      next.day(event.date());
      next.leavesWindows(event.date());
      if (event instanceof LeaveTaken leave) {
        leave.endDate().ifPresent(end -> next.day(end.plusDays(1)));
      } else if (event instanceof MeasureDecided decided) {
        record.decidedMeasure(decided).flatMap(m -> m.duration())
            .ifPresent(term -> next.span(decided.date(), Optional.of(decided.date().plus(term))));
      }
    }
    return next.earliest.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(next.earliest);
  }

  private void obligation(ObligationInstance obligation) {
    obligation.breach().ifPresent(breach -> leavesWindows(breach.date()));
    obligation.period().ifPresent(p -> span(p.start(), p.end()));
    obligation.transitions().forEach(t -> day(t.date()));
    if (!obligation.state().isFinal()) {
      obligation.dueDate().ifPresent(due -> day(due.plusDays(1)));
    }
    boolean suspendedOnce = obligation.transitions().stream().anyMatch(t -> t.state() == ObligationState.SUSPENDED);
    if (obligation.state() == ObligationState.SUSPENDED
        || (suspendedOnce && obligation.dueDate().map(due -> !due.isBefore(asOf)).orElse(false))) {
      // Each day of leave pushes the duty's due date back a day, even once the duty is met: it
      // may change every day until the leave ends or the due date is past.
      day(asOf.plusDays(1));
    }
  }

  /** What happened on {@code day} drops out of a policy's window the day after the window's end. */
  private void leavesWindows(LocalDate day) {
    for (java.time.Period window : windows) {
      day(day.plus(window));
      day(day.plus(window).plusDays(1));
    }
  }

  private void agreement(CooperationAgreement agreement) {
    span(agreement.startDate(), agreement.endDate());
  }

  private void relations(List<Relation> relations) {
    relations.forEach(r -> span(r.startDate(), r.endDate()));
  }

  /** A fact holding from {@code start} to {@code end}: it changes things on its first day and the day after its last. */
  private void span(LocalDate start, Optional<LocalDate> end) {
    day(start);
    end.ifPresent(last -> day(last.plusDays(1)));
  }

  private void day(LocalDate day) {
    if (day.isAfter(asOf) && day.isBefore(earliest)) {
      earliest = day;
    }
  }
}
