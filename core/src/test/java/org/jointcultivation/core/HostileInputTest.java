package org.jointcultivation.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.CooperationForm;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.Milestone;
import org.jointcultivation.core.event.MilestoneReviewed;
import org.jointcultivation.core.event.ReviewOutcome;
import org.jointcultivation.core.event.TrainingCompleted;
import org.jointcultivation.core.event.TrainingKind;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.norm.Recurrence;
import org.jointcultivation.core.norm.RecurrenceUnit;
import org.jointcultivation.core.party.DegreeType;
import org.jointcultivation.core.party.Institution;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.InstitutionKind;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.StudyLevel;
import org.jointcultivation.core.party.TutorId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every public builder and factory, fed random and hostile input, either builds a valid value or
 * throws a documented exception with a message: {@link ValidationException} for a broken rule,
 * {@link IllegalStateException} for a missing attribute, {@link NullPointerException} for a null.
 */
class HostileInputTest {
  private static final int CASES = 2_000;
  /** Any text, blank and padded included, up to 1,000 characters. */
  private static final Gen<String> TEXT = strings().allPossible().ofLengthBetween(0, 1_000);
  /** Any day that {@link LocalDate} can hold, far past and far future included. */
  private static final Gen<LocalDate> DAYS = integers().all().map(i -> LocalDate.ofEpochDay(i * 170L));

  /** Builds, or throws only a documented exception; returns the value or null. */
  static <T> @Nullable T buildsOrRejects(Supplier<T> build) {
    try {
      return build.get();
    } catch (ValidationException | IllegalStateException | NullPointerException expected) {
      assertFalse(String.valueOf(expected.getMessage()).isBlank(), "an exception without a message: " + expected);
      return null;
    } catch (RuntimeException other) {
      return fail("undocumented " + other.getClass().getName() + ": " + other.getMessage(), other);
    }
  }

  private static boolean sane(String text) {
    return !text.isBlank() && text.strip().equals(text) && text.length() <= Checks.MAX_NAME_LENGTH
        && validUnicode(text) && !INVISIBLE.matcher(text).find();
  }

  /** Format characters (zero-width, bidirectional controls) and controls other than line breaks and tabs. */
  private static final java.util.regex.Pattern INVISIBLE =
      java.util.regex.Pattern.compile("[\\p{Cf}\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

  /** Whether every surrogate in {@code text} is paired; written independently of Checks.unicode. */
  static boolean validUnicode(String text) {
    return text.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
  }

  private static boolean inRange(LocalDate day) {
    return !day.isBefore(Checks.EARLIEST) && !day.isAfter(Checks.LATEST);
  }

  @Test
  void identifiers_acceptExactlySaneText() {
    qt().withExamples(CASES).forAll(TEXT).checkAssert(text -> {
      StudentId id = buildsOrRejects(() -> StudentId.of(text));
      assertTrue((id != null) == sane(text), "'" + text + "'");
      buildsOrRejects(() -> TutorId.of(text));
      buildsOrRejects(() -> EventId.of(text));
      buildsOrRejects(() -> AgreementId.of(text));
    });
  }

  @Test
  void student_rejectsBadNamesAndFarOffDates_neverHalfBuilt() {
    qt().withExamples(CASES).forAll(TEXT, DAYS).checkAssert((name, start) -> {
      Student student = buildsOrRejects(() -> Student.builder().id(StudentId.of("S-1")).name(name)
          .level(StudyLevel.MASTER).degreeType(DegreeType.ACADEMIC).startDate(start).build());
      assertTrue((student != null) == (sane(name) && inRange(start)), name + " " + start);
    });
  }

  @Test
  void institution_rejectsHostileNamesRegionsAndCountries() {
    qt().withExamples(CASES).forAll(TEXT, TEXT, TEXT).checkAssert((name, region, country) ->
        buildsOrRejects(() -> Institution.builder().id(InstitutionId.of("I-1")).name(name)
            .kind(InstitutionKind.HOSPITAL).region(region).country(country).build()));
  }

  @Test
  void events_rejectExtremeNumbersAndDates() {
    qt().withExamples(CASES).forAll(integers().all(), DAYS).checkAssert((number, day) -> {
      TrainingCompleted training = buildsOrRejects(() -> TrainingCompleted.builder().id(EventId.of("T-1")).date(day)
          .tutor(TutorId.of("T-1")).kind(TrainingKind.WORKSHOP).hours(number).build());
      assertTrue((training != null) == (number > 0 && inRange(day)));
      buildsOrRejects(() -> MilestoneReviewed.builder().id(EventId.of("M-1")).date(day).student(StudentId.of("S-1"))
          .milestone(Milestone.DEFENCE).outcome(ReviewOutcome.PASS).panelSize(number).build());
      buildsOrRejects(() -> Recurrence.builder().unit(RecurrenceUnit.MONTH).every(number).build());
    });
  }

  @Test
  void agreementsAndRanges_rejectReversedOrFarOffDates() {
    qt().withExamples(CASES).forAll(DAYS, DAYS).checkAssert((start, end) -> {
      buildsOrRejects(() -> DateRange.of(start, end));
      CooperationAgreement agreement = buildsOrRejects(() -> CooperationAgreement.builder().id(AgreementId.of("A"))
          .title("t").form(CooperationForm.TUTOR_LED).addParties(InstitutionId.of("X"), InstitutionId.of("Y"))
          .startDate(start).endDate(end).build());
      assertTrue((agreement != null) == (inRange(start) && inRange(end) && !end.isBefore(start)));
    });
  }

  @Test
  void money_parsesOnlyPositiveAmountsInKnownCurrencies() {
    qt().withExamples(CASES).forAll(TEXT, strings().basicLatinAlphabet().ofLengthBetween(0, 5))
        .checkAssert((amount, currency) -> buildsOrRejects(() -> Money.of(amount, currency)));
    qt().withExamples(CASES).forAll(integers().all())
        .checkAssert(cents -> buildsOrRejects(() -> Money.of(cents + ".01", "CNY")));
  }
}
