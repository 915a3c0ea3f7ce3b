package org.jointcultivation.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jointcultivation.core.event.PublicationSubmitted;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.record.CultivationRecord;
import org.junit.jupiter.api.Test;

class CohortGeneratorTest {
  @Test
  void generate_sameSeed_givesEqualRecords() {
    assertEquals(
        CohortGenerator.generate(42, 300).toRecord(), CohortGenerator.generate(42, 300).toRecord());
  }

  @Test
  void generate_otherSeed_givesOtherRecord() {
    assertNotEquals(
        CohortGenerator.generate(42, 300).toRecord(), CohortGenerator.generate(43, 300).toRecord());
  }

  @Test
  void generate_department_hasRealisticShape() {
    CultivationRecord record = CohortGenerator.generate(7, CohortGenerator.DEPARTMENT).toRecord();

    assertEquals(1_000, record.students().size());
    assertEquals(5, record.institutions().size());
    assertEquals(4, record.agreements().size());
    double studentsPerTutor = 2.0 * record.students().size() / record.tutors().size();
    assertTrue(studentsPerTutor > 7 && studentsPerTutor <= 8, "students per tutor " + studentsPerTutor);
    double meetingsPerYear =
        record.events().stream().filter(SupervisionMeetingHeld.class::isInstance).count() / 3_000.0;
    assertTrue(meetingsPerYear >= 10 && meetingsPerYear <= 12, "meetings a year " + meetingsPerYear);
    assertTrue(record.events().stream().anyMatch(PublicationSubmitted.class::isInstance));
  }
}
