package org.jointcultivation.core.event;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.party.AdministratorId;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;

/**
 * Everything an event refers to; a record checks that each reference resolves and indexes the
 * event under each.
 *
 * @param students the students referred to
 * @param tutors the tutors referred to
 * @param administrators the administrators referred to
 * @param institutions the institutions referred to
 * @param agreements the agreements referred to
 * @param events earlier events referred to, such as the feedback a follow-up answers
 * @since 0.1.0
 */
public record EventReferences(
    Set<StudentId> students,
    Set<TutorId> tutors,
    Set<AdministratorId> administrators,
    Set<InstitutionId> institutions,
    Set<AgreementId> agreements,
    Set<EventId> events) {

  /** Copies every set, so the references cannot change after creation. */
  public EventReferences {
    students = ImmutableSet.copyOf(students);
    tutors = ImmutableSet.copyOf(tutors);
    administrators = ImmutableSet.copyOf(administrators);
    institutions = ImmutableSet.copyOf(institutions);
    agreements = ImmutableSet.copyOf(agreements);
    events = ImmutableSet.copyOf(events);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Collects references; package-private because only events create them. */
  static final class Builder {
    private final ImmutableSet.Builder<StudentId> students = ImmutableSet.builder();
    private final ImmutableSet.Builder<TutorId> tutors = ImmutableSet.builder();
    private final ImmutableSet.Builder<AdministratorId> administrators = ImmutableSet.builder();
    private final ImmutableSet.Builder<InstitutionId> institutions = ImmutableSet.builder();
    private final ImmutableSet.Builder<AgreementId> agreements = ImmutableSet.builder();
    private final ImmutableSet.Builder<EventId> events = ImmutableSet.builder();

    Builder person(PersonId person) {
      if (person instanceof StudentId student) {
        students.add(student);
      } else if (person instanceof TutorId tutor) {
        tutors.add(tutor);
      } else if (person instanceof AdministratorId administrator) {
        administrators.add(administrator);
      }
      return this;
    }

    Builder party(org.jointcultivation.core.party.PartyId party) {
      if (party instanceof PersonId person) {
        person(person);
      } else if (party instanceof InstitutionId institution) {
        institutions.add(institution);
      } else if (party instanceof AgreementId agreement) {
        agreements.add(agreement);
      }
      return this;
    }

    Builder persons(Iterable<? extends PersonId> persons) {
      persons.forEach(this::person);
      return this;
    }

    Builder institution(InstitutionId institution) {
      institutions.add(institution);
      return this;
    }

    Builder institutions(Iterable<InstitutionId> ids) {
      institutions.addAll(ids);
      return this;
    }

    Builder agreement(AgreementId agreement) {
      agreements.add(agreement);
      return this;
    }

    Builder event(EventId event) {
      events.add(event);
      return this;
    }

    EventReferences build() {
      return new EventReferences(
          students.build(),
          tutors.build(),
          administrators.build(),
          institutions.build(),
          agreements.build(),
          events.build());
    }
  }
}
