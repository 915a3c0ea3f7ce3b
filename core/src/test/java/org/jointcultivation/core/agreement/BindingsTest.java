package org.jointcultivation.core.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.jointcultivation.core.testing.Rejections.assertRejected;
import static org.jointcultivation.core.testing.SampleProgramme.COLLEGE;
import static org.jointcultivation.core.testing.SampleProgramme.PRACTICAL;
import static org.jointcultivation.core.testing.SampleProgramme.START;
import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.THEORETICAL;

import java.util.Optional;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.testing.SampleProgramme;
import org.junit.jupiter.api.Test;

class BindingsTest {
  @Test
  void assignment_sameTutorTwice_isRejected() {
    assertRejected("DualTutorAssignment", "secondTutor", "must differ from firstTutor",
        () -> SampleProgramme.assignment(STUDENT).secondTutor(THEORETICAL).build());
  }

  @Test
  void assignment_additionalRepeatsFirstTutor_isRejected() {
    assertRejected("DualTutorAssignment", "additionalSupervisors", "must not repeat",
        () -> SampleProgramme.assignment(STUDENT).addAdditionalSupervisor(THEORETICAL).build());
  }

  @Test
  void assignment_personInChargeAndRoles() {
    DualTutorAssignment assignment = SampleProgramme.assignment(STUDENT)
        .addAdditionalSupervisor(TutorId.of("T-3")).build();

    assertEquals(PRACTICAL, assignment.leadTutor());
    assertEquals(THEORETICAL, assignment.partnerOfLead());
    assertEquals(TutorRole.PRACTICAL, assignment.secondTutorRole());
    assertEquals(3, assignment.team().size());
    assertEquals(Optional.of(TutorPosition.ADDITIONAL), assignment.positionOf(TutorId.of("T-3")));
    assertEquals(Optional.empty(), assignment.positionOf(TutorId.of("T-4")));
  }

  @Test
  void assignment_personInChargeAdditional_isRejected() {
    assertRejected("DualTutorAssignment", "personInCharge", "FIRST or SECOND",
        () -> SampleProgramme.assignment(STUDENT).personInCharge(TutorPosition.ADDITIONAL).build());
  }

  @Test
  void placement_endingBeforeItStarts_isRejected() {
    assertRejected("Placement", "endDate", "must not be before startDate",
        () -> SampleProgramme.placement(STUDENT).endDate(START).startDate(START.plusDays(1)).build());
  }

  @Test
  void candidacy_hostEqualToHome_isRejected() {
    assertRejected("Candidacy", "hostInstitution", "must differ",
        () -> Candidacy.builder().student(STUDENT).agreement(SampleProgramme.AGREEMENT)
            .homeInstitution(COLLEGE).hostInstitution(COLLEGE).startDate(START).build());
  }
}
