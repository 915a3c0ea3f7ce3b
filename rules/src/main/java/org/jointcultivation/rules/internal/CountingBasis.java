package org.jointcultivation.rules.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.LeaveKind;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.party.InstitutionKind;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.spi.ConfiguredRule;
import org.jointcultivation.rules.spi.RuleContext;
import org.jointcultivation.rules.spi.RuleScope;

/**
 * What a recurring duty counts over: for a student, their programme from its start and their
 * suspending leave; for a tutor (bearer {@code TUTOR}), their supervising from their first student,
 * and no suspension (the events counted are the subject's, of the rule's type); tutors at institutions of other kinds than
 * {@code tutorInstitutionKinds} (e.g. {@code MEDICAL_COLLEGE,UNIVERSITY} for school teachers) do not
 * bear it.
 */
record CountingBasis(Optional<LocalDate> start, Suspensions suspensions) {
  private static final CountingBasis NONE = new CountingBasis(Optional.empty(), Suspensions.none());

  /** The institution kinds a tutor-scoped duty is limited to (parameter {@code tutorInstitutionKinds}). */
  static Set<InstitutionKind> tutorInstitutionKinds(ConfiguredRule configuration) {
    List<InstitutionKind> listed = configuration.enumList("tutorInstitutionKinds", InstitutionKind.class);
    return listed.isEmpty() ? EnumSet.allOf(InstitutionKind.class) : EnumSet.copyOf(listed);
  }

  static CountingBasis of(RuleContext context, boolean tutorScope, Set<LeaveKind> suspending, int allowance,
      Set<InstitutionKind> tutorKinds) {
    CultivationRecord record = context.record();
    if (tutorScope) {
      TutorId tutor = context.tutor().orElseThrow();
      boolean covered = record.tutor(tutor).flatMap(t -> record.institution(t.homeInstitution()))
          .map(institution -> tutorKinds.contains(institution.kind())).orElse(false);
      if (!covered) {
        return NONE;
      }
      Optional<LocalDate> firstStudent = record.assignmentsOfTutor(tutor).stream()
          .map(DualTutorAssignment::startDate).min(Comparator.naturalOrder());
      return new CountingBasis(firstStudent, Suspensions.none());
    }
    StudentId student = context.student().orElseThrow();
    return new CountingBasis(record.student(student).map(s -> s.startDate()),
        Suspensions.of(context.facts(), suspending, allowance));
  }

  /** Whom a recurring duty binds, as its configuration says: a tutor (bearer {@code TUTOR}) or a student. */
  static final class Scope {
    private final boolean tutor;
    private final Set<LeaveKind> suspending;
    private final int allowance;
    private final Set<InstitutionKind> tutorKinds;

    private Scope(ConfiguredRule configuration) {
      this.tutor = configuration.norm().bearers().equals(Set.of(BearerRole.TUTOR));
      this.suspending = Suspensions.kinds(configuration);
      this.allowance = Suspensions.allowance(configuration);
      this.tutorKinds = tutorInstitutionKinds(configuration);
    }

    static Scope of(ConfiguredRule configuration) {
      return new Scope(configuration);
    }

    RuleScope ruleScope() {
      return tutor ? RuleScope.TUTOR : RuleScope.STUDENT;
    }

    CountingBasis subjectOf(RuleContext context) {
      return CountingBasis.of(context, tutor, suspending, allowance, tutorKinds);
    }
  }

  /** Whether the duty has begun by the day of evaluation. */
  boolean begunBy(LocalDate asOf) {
    return start.isPresent() && !start.get().isAfter(asOf);
  }
}
