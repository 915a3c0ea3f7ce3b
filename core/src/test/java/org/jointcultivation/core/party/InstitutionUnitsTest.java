package org.jointcultivation.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.SampleProgramme;
import org.junit.jupiter.api.Test;

/** A unit of an institution (a degree programme) names its parent, which the record must hold. */
class InstitutionUnitsTest {
  @Test
  void aUnitNamesItsParent_whichMustBeInTheRecord_andNotItself() {
    Institution college = SampleProgramme.record().institution(SampleProgramme.COLLEGE)
        .orElseThrow();
    InstitutionId programme = InstitutionId.of("P");
    CultivationRecord record = SampleProgramme.builder().addInstitution(Institution
        .builder().from(college).id(programme).parent(SampleProgramme.COLLEGE).build()).build();
    assertEquals(java.util.Optional.of(SampleProgramme.COLLEGE), record.institution(programme).orElseThrow().parent());

    ValidationException unknown = assertThrows(ValidationException.class, () -> SampleProgramme.builder()
        .addInstitution(Institution.builder().from(college).id(programme)
            .parent(InstitutionId.of("NOWHERE")).build()).build());
    assertEquals("parent", unknown.field());
    ValidationException itself = assertThrows(ValidationException.class, () -> org.jointcultivation.core.party
        .Institution.builder().from(college).id(programme).parent(programme).build());
    assertEquals("parent", itself.field());
  }
}
