package org.jointcultivation.core.party;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * A supervisor: a theoretical (usually on-campus) or practical (institute, hospital or enterprise)
 * tutor. Which role a tutor plays for a student is part of the {@link
 * org.jointcultivation.core.agreement.DualTutorAssignment}, not of the tutor.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTutor.class)
@JsonDeserialize(as = ImmutableTutor.class)
public abstract class Tutor {
  Tutor() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier, unique within a record. */
  public abstract TutorId id();

  /** The tutor's name. */
  public abstract String name();

  /** The institution that employs the tutor. */
  public abstract InstitutionId homeInstitution();

  /** The tutor's title. */
  public abstract TutorTitle title();

  /** Qualifications held, e.g. {@code "doctoral supervisor"}; free text, none blank. */
  public abstract Set<String> qualifications();

  /** Whether the tutor may take on students; {@link AdmissionStatus#ACTIVE} unless set. */
  @Value.Default
  public AdmissionStatus admissionStatus() {
    return AdmissionStatus.ACTIVE;
  }

  /** The day the tutor first supervised, if they have. */
  public abstract Optional<LocalDate> supervisingSince();

  /**
   * The programme's own facts about it, typed by the record's {@link
   * org.jointcultivation.core.vocabulary.Vocabulary} (e.g. {@code rank: ASSISTANT}); none unless set.
   *
   * @since 0.2.0
   */
  public abstract Map<String, String> attributes();

  @Value.Check
  void check() {
    attributes().forEach((name, value) -> {
      Checks.name("Tutor", id(), "attributes", name);
      Checks.text("Tutor", id(), "attributes." + name, value);
    });
    Checks.name("Tutor", id(), "name", name());
    supervisingSince().ifPresent(day -> Checks.date("Tutor", id(), "supervisingSince", day));
    for (String qualification : qualifications()) {
      Checks.name("Tutor", id(), "qualifications", qualification);
    }
  }

  /** Builds a {@link Tutor}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableTutor.Builder {
    Builder() {}
  }
}
