package org.jointcultivation.rules.internal;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.norm.BearerMode;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;

/** Turns a norm's bearer roles into the people who bear it, and checks who acted. */
final class Bearers {
  private Bearers() {}

  static Set<PersonId> persons(
      Set<BearerRole> roles,
      Optional<DualTutorAssignment> team,
      Optional<StudentId> student,
      Optional<TutorId> tutor) {
    ImmutableSet.Builder<PersonId> persons = ImmutableSet.builder();
    for (BearerRole role : roles) {
      switch (role) {
        case STUDENT -> student.ifPresent(persons::add);
        case FIRST_TUTOR -> team.ifPresent(t -> persons.add(t.firstTutor()));
        case SECOND_TUTOR -> team.ifPresent(t -> persons.add(t.secondTutor()));
        case PERSON_IN_CHARGE -> team.ifPresent(t -> persons.add(t.leadTutor()));
        case SUPERVISION_TEAM -> team.ifPresent(t -> persons.addAll(t.team()));
        case TUTOR -> tutor.ifPresent(persons::add);
        case HOME_INSTITUTION, HOST_INSTITUTION, INSTITUTION -> {} // institutions are not persons
      }
    }
    return persons.build();
  }

  /** Whether {@code actors} meet a duty borne by {@code bearers} in {@code mode}. */
  static boolean actedBy(Set<PersonId> actors, Set<PersonId> bearers, BearerMode mode) {
    if (bearers.isEmpty()) {
      return true;
    }
    if (mode == BearerMode.ALL_TOGETHER) {
      return actors.containsAll(bearers);
    }
    for (PersonId bearer : bearers) {
      if (actors.contains(bearer)) {
        return true;
      }
    }
    return false;
  }
}
