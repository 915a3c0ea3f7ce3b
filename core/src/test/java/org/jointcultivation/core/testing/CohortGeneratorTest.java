package org.jointcultivation.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
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

  @Test
  void property_departmentsMerged_areTheWholeCohort() {
    qt().withExamples(6).forAll(longs().all(), integers().between(1, 2_600)).checkAssert((seed, students) -> {
      List<Cohort> departments = CohortGenerator.departments(seed, students).toList();
      Cohort whole = CohortGenerator.generate(seed, students);

      assertEquals((students + 999) / 1_000, departments.size());
      assertEquals(whole, merge(seed, departments));
    });
  }

  @Test
  void departments_areMadeOnlyWhenReached() {
    // A nation's first department comes at once: nothing of the other 999 is made first.
    Cohort first = CohortGenerator.departments(1, 1_000_000).findFirst().orElseThrow();
    assertEquals(1_000, first.students().size());
    assertEquals("S0000000", first.students().get(0).id().value());
  }

  private static Cohort merge(long seed, List<Cohort> parts) {
    return new Cohort(seed,
        parts.stream().flatMap(c -> c.institutions().stream()).toList(),
        parts.stream().flatMap(c -> c.students().stream()).toList(),
        parts.stream().flatMap(c -> c.tutors().stream()).toList(),
        parts.stream().flatMap(c -> c.agreements().stream()).toList(),
        parts.stream().flatMap(c -> c.candidacies().stream()).toList(),
        parts.stream().flatMap(c -> c.assignments().stream()).toList(),
        parts.stream().flatMap(c -> c.placements().stream()).toList(),
        parts.stream().flatMap(c -> c.events().stream()).toList(),
        parts.get(0).asOf());
  }
}
