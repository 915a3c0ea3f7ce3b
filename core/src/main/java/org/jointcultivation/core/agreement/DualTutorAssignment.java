package org.jointcultivation.core.agreement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.DateRange;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;

/**
 * A student's supervision team: a first and a second tutor (one theoretical, one practical), any
 * further supervisors, and which of the two is the first person in charge.
 *
 * <p>Seed 1 makes the practical (experimental) tutor the first person in charge; the Ministry of
 * Education's 2009 rule for professional master's makes the internal tutor lead. Which applies is
 * configuration: set {@link #personInCharge()}. A change of tutors is a new assignment whose period
 * starts when the old one ends.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDualTutorAssignment.class)
@JsonDeserialize(as = ImmutableDualTutorAssignment.class)
public abstract class DualTutorAssignment {
  private static final String TYPE = "DualTutorAssignment";

  DualTutorAssignment() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The student supervised. */
  public abstract StudentId student();

  /** The agreement that governs the assignment; each tutor's institution must be a party. */
  public abstract AgreementId agreement();

  /** The first tutor. */
  public abstract TutorId firstTutor();

  /** The second tutor; not the first. */
  public abstract TutorId secondTutor();

  /** Further members of the supervision team, if any; neither the first nor the second tutor. */
  public abstract Set<TutorId> additionalSupervisors();

  /** What the first tutor contributes. */
  public abstract TutorRole firstTutorRole();

  /** What the second tutor contributes; the counterpart of the first tutor's role unless set. */
  @Value.Default
  public TutorRole secondTutorRole() {
    return firstTutorRole().counterpart();
  }

  /** Which tutor is the first person in charge; {@link TutorPosition#FIRST} unless set. */
  @Value.Default
  public TutorPosition personInCharge() {
    return TutorPosition.FIRST;
  }

  /** The first day of the assignment. */
  public abstract LocalDate startDate();

  /** The last day, if the assignment has ended or is planned to. */
  public abstract Optional<LocalDate> endDate();

  /** The days of the assignment. */
  public final DateRange period() {
    return endDate().map(end -> DateRange.of(startDate(), end)).orElse(DateRange.from(startDate()));
  }

  /** Every tutor in the team, first and second tutor first; computed once, as validation and rules ask often. */
  @Value.Lazy
  public Set<TutorId> team() {
    return ImmutableSet.<TutorId>builder()
        .add(firstTutor(), secondTutor())
        .addAll(additionalSupervisors())
        .build();
  }

  /** The tutor who is the first person in charge. */
  public final TutorId leadTutor() {
    return personInCharge() == TutorPosition.SECOND ? secondTutor() : firstTutor();
  }

  /** The other tutor of the pair, who the lead tutor must keep informed. */
  public final TutorId partnerOfLead() {
    return personInCharge() == TutorPosition.SECOND ? firstTutor() : secondTutor();
  }

  /** The position {@code tutor} holds in the team, if any. */
  public final Optional<TutorPosition> positionOf(TutorId tutor) {
    if (tutor.equals(firstTutor())) {
      return Optional.of(TutorPosition.FIRST);
    }
    if (tutor.equals(secondTutor())) {
      return Optional.of(TutorPosition.SECOND);
    }
    return additionalSupervisors().contains(tutor)
        ? Optional.of(TutorPosition.ADDITIONAL)
        : Optional.empty();
  }

  /**
   * The programme's own facts about it, typed by the record's {@link
   * org.jointcultivation.core.vocabulary.Vocabulary} (e.g. {@code firstTutorShare: 0.6}); none unless set.
   *
   * @since 0.2.0
   */
  public abstract java.util.Map<String, String> attributes();

  @Value.Check
  void check() {
    attributes().forEach((name, value) -> {
      Checks.name("DualTutorAssignment", student(), "attributes", name);
      Checks.text("DualTutorAssignment", student(), "attributes." + name, value);
    });
    Checks.check(
        !firstTutor().equals(secondTutor()),
        TYPE,
        student(),
        "secondTutor",
        secondTutor(),
        "must differ from firstTutor");
    Checks.check(
        !additionalSupervisors().contains(firstTutor())
            && !additionalSupervisors().contains(secondTutor()),
        TYPE,
        student(),
        "additionalSupervisors",
        additionalSupervisors(),
        "must not repeat the first or second tutor");
    Checks.check(
        personInCharge() != TutorPosition.ADDITIONAL,
        TYPE,
        student(),
        "personInCharge",
        personInCharge(),
        "must be FIRST or SECOND");
    Checks.endNotBeforeStart(TYPE, student(), startDate(), endDate());
  }

  /** Builds a {@link DualTutorAssignment}; {@code build()} throws {@code ValidationException}. */
  public static final class Builder extends ImmutableDualTutorAssignment.Builder {
    Builder() {}
  }
}
