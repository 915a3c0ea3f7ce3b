package org.jointcultivation.core.party;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import org.immutables.value.Value;
import org.jointcultivation.core.internal.Checks;

/**
 * A university, college, institute, hospital, enterprise or authority taking part in joint
 * cultivation.
 *
 * <pre>{@code
 * Institution college = Institution.builder()
 *     .id(InstitutionId.of("YMU")).name("Youjiang Medical University for Nationalities")
 *     .kind(InstitutionKind.MEDICAL_COLLEGE).tier(InstitutionTier.ORDINARY)
 *     .region("Guangxi").country("CN").addDegreeAwardingPower(StudyLevel.MASTER)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInstitution.class)
@JsonDeserialize(as = ImmutableInstitution.class)
public abstract class Institution {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  Institution() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The identifier, unique within a record. */
  public abstract InstitutionId id();

  /** The full name. */
  public abstract String name();

  /** What kind of institution this is. */
  public abstract InstitutionKind kind();

  /** Its standing in national schemes; {@link InstitutionTier#NOT_RANKED} unless set. */
  @Value.Default
  public InstitutionTier tier() {
    return InstitutionTier.NOT_RANKED;
  }

  /** The region (province, state) it is in. */
  public abstract String region();

  /** The ISO 3166-1 alpha-2 code of its country, e.g. {@code CN}. */
  public abstract String country();

  /** The levels at which it may award degrees; empty for enterprises and authorities. */
  public abstract Set<StudyLevel> degreeAwardingPowers();

  /**
   * The institution this one is a unit of, e.g. the university of a degree programme or of a
   * graduate workstation; none for an institution in its own right.
   *
   * @since 0.2.0
   */
  public abstract Optional<InstitutionId> parent();

  /**
   * The programme's own facts about it, typed by the record's {@link
   * org.jointcultivation.core.vocabulary.Vocabulary} (e.g. {@code rank: ASSISTANT}); none unless set.
   *
   * @since 0.2.0
   */
  public abstract Map<String, String> attributes();

  @Value.Check
  void check() {
    parent().ifPresent(parent -> Checks.check(!parent.equals(id()), "Institution", id(), "parent", parent,
        "must be another institution"));
    attributes().forEach((name, value) -> {
      Checks.name("Institution", id(), "attributes", name);
      Checks.text("Institution", id(), "attributes." + name, value);
    });
    Checks.name("Institution", id(), "name", name());
    Checks.name("Institution", id(), "region", region());
    Checks.check(
        COUNTRIES.contains(country()),
        "Institution",
        id(),
        "country",
        country(),
        "must be an ISO 3166-1 alpha-2 country code such as CN");
    Checks.check(
        degreeAwardingPowers().isEmpty() || kind().mayAwardDegrees(),
        "Institution",
        id(),
        "degreeAwardingPowers",
        degreeAwardingPowers(),
        "must be empty for a " + kind());
  }

  /** Builds an {@link Institution}; {@code build()} throws {@code ValidationException} on bad input. */
  public static final class Builder extends ImmutableInstitution.Builder {
    Builder() {}
  }
}
