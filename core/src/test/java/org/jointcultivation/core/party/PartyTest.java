package org.jointcultivation.core.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.jointcultivation.core.testing.Rejections.assertRejected;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import org.jointcultivation.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartyTest {
  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", " S-1", "S-1 "})
  void ids_blankOrPadded_areRejected(String text) {
    assertRejected("StudentId", "value", "must", () -> StudentId.of(text));
    assertRejected("TutorId", "value", "must", () -> TutorId.of(text));
    assertRejected("InstitutionId", "value", "must", () -> InstitutionId.of(text));
    assertRejected("AdministratorId", "value", "must", () -> AdministratorId.of(text));
  }

  @Test
  void names_withAnUnpairedSurrogate_areRejected() {
    assertRejected("StudentId", "value", "valid Unicode", () -> StudentId.of("S-\uD800"));
    assertEquals("S-\uD83D\uDE00", StudentId.of("S-\uD83D\uDE00").value(), "a paired surrogate (an emoji) is fine");
  }

  @Test
  void ids_huge_areRejected() {
    assertRejected("StudentId", "value", "at most 256", () -> StudentId.of("S".repeat(257)));
  }

  @Test
  void ids_anyVisibleUnpaddedText_isAcceptedAndRoundTrips() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 40))
        .assuming(text -> !text.isBlank() && text.strip().equals(text))
        .checkAssert(text -> assertEquals(text, StudentId.of(text).toString()));
  }

  @Test
  void student_blankName_isRejected() {
    assertRejected("Student", "name", "must not be blank", () -> Student.builder()
        .id(StudentId.of("S-1")).name("  ").level(StudyLevel.MASTER)
        .degreeType(DegreeType.ACADEMIC).startDate(LocalDate.of(2025, 9, 1)).build());
  }

  @Test
  void student_defaults_fullTimeNotFreshGraduate() {
    Student student = Student.builder().id(StudentId.of("S-1")).name("Li Wei")
        .level(StudyLevel.MASTER).degreeType(DegreeType.PROFESSIONAL)
        .startDate(LocalDate.of(2025, 9, 1)).build();

    assertEquals(StudyMode.FULL_TIME, student.studyMode());
    assertEquals(false, student.freshGraduate());
  }

  @Test
  void student_missingAttribute_namesIt() {
    IllegalStateException error = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class,
        () -> Student.builder().id(StudentId.of("S-1")).name("Li Wei").build());
    org.junit.jupiter.api.Assertions.assertTrue(
        String.valueOf(error.getMessage()).contains("startDate"), error.getMessage());
  }

  @Test
  void institution_unknownCountry_isRejected() {
    assertRejected("Institution", "country", "ISO 3166", () -> institution("China").build());
  }

  @Test
  void institution_enterpriseWithDegreePowers_isRejected() {
    assertRejected("Institution", "degreeAwardingPowers", "must be empty for a ENTERPRISE",
        () -> institution("CN").kind(InstitutionKind.ENTERPRISE)
            .addDegreeAwardingPower(StudyLevel.MASTER).build());
  }

  @Test
  void institution_defaultTier_isNotRanked() {
    assertEquals(InstitutionTier.NOT_RANKED, institution("CN").build().tier());
  }

  @Test
  void tutor_blankQualification_isRejected() {
    ValidationException error = assertRejected("Tutor", "qualifications", "must not be blank",
        () -> Tutor.builder().id(TutorId.of("T-1")).name("Zhang Min")
            .homeInstitution(InstitutionId.of("YMU")).title(TutorTitle.PROFESSOR)
            .addQualification(" ").build());
    assertEquals("T-1", error.subject());
  }

  @Test
  void administrator_blankName_isRejected() {
    assertRejected("Administrator", "name", "must not be blank", () -> Administrator.builder()
        .id(AdministratorId.of("A-1")).name("").institution(InstitutionId.of("YMU")).build());
  }

  private static Institution.Builder institution(String country) {
    return Institution.builder().id(InstitutionId.of("YMU")).name("Youjiang Medical University")
        .kind(InstitutionKind.MEDICAL_COLLEGE).region("Guangxi").country(country);
  }
}
