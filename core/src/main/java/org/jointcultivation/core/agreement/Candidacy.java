package org.jointcultivation.core.agreement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jointcultivation.core.DateRange;
import org.jointcultivation.core.internal.Checks;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.StudentId;

/**
 * A student's place in joint cultivation: affiliated to a home institution (which enrols them and
 * usually awards the degree), doing research at a host, under an agreement.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCandidacy.class)
@JsonDeserialize(as = ImmutableCandidacy.class)
public abstract class Candidacy {
  Candidacy() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The student. */
  public abstract StudentId student();

  /** The agreement the candidacy falls under. */
  public abstract AgreementId agreement();

  /** The institution the student is affiliated to; a party to the agreement. */
  public abstract InstitutionId homeInstitution();

  /** The institution where the student does research, if it differs from home. */
  public abstract Optional<InstitutionId> hostInstitution();

  /** The first day of the candidacy. */
  public abstract LocalDate startDate();

  /** The last day, once known. */
  public abstract Optional<LocalDate> endDate();

  /** The days of the candidacy. */
  public final DateRange period() {
    return endDate().map(end -> DateRange.of(startDate(), end)).orElse(DateRange.from(startDate()));
  }

  /**
   * The programme's own facts about it, typed by the record's {@link
   * org.jointcultivation.core.vocabulary.Vocabulary} (e.g. {@code cotutelle: true}); none unless set.
   *
   * @since 0.2.0
   */
  public abstract java.util.Map<String, String> attributes();

  @Value.Check
  void check() {
    attributes().forEach((name, value) -> {
      Checks.name("Candidacy", student(), "attributes", name);
      Checks.text("Candidacy", student(), "attributes." + name, value);
    });
    Checks.endNotBeforeStart("Candidacy", student(), startDate(), endDate());
    Checks.check(
        !hostInstitution().equals(Optional.of(homeInstitution())),
        "Candidacy",
        student(),
        "hostInstitution",
        homeInstitution(),
        "must differ from homeInstitution; leave it empty when there is no host");
  }

  /** Builds a {@link Candidacy}. */
  public static final class Builder extends ImmutableCandidacy.Builder {
    Builder() {}
  }
}
