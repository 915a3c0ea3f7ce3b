package org.jointcultivation.core.record;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.agreement.Candidacy;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.agreement.Placement;
import org.jointcultivation.core.party.Relation;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.party.Administrator;
import org.jointcultivation.core.party.Institution;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.vocabulary.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * A record's JSON form: its format version, then its parties, bindings and events as lists in
 * canonical order. A list left out reads as empty; {@code formatVersion} is required.
 */
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"formatVersion", "vocabulary", "institutions", "students", "tutors", "administrators",
    "agreements", "candidacies", "placements", "assignments", "relations", "events"})
final class RecordDocument {
  @JsonProperty("formatVersion")
  private @Nullable Integer formatVersion;

  /** Written only when the record has one, so records without attributes read and write as before. */
  @JsonProperty("vocabulary")
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  private @Nullable Vocabulary vocabulary;

  @JsonProperty("institutions")
  private List<Institution> institutions = new ArrayList<>();

  @JsonProperty("students")
  private List<Student> students = new ArrayList<>();

  @JsonProperty("tutors")
  private List<Tutor> tutors = new ArrayList<>();

  @JsonProperty("administrators")
  private List<Administrator> administrators = new ArrayList<>();

  @JsonProperty("agreements")
  private List<CooperationAgreement> agreements = new ArrayList<>();

  @JsonProperty("candidacies")
  private List<Candidacy> candidacies = new ArrayList<>();

  @JsonProperty("placements")
  private List<Placement> placements = new ArrayList<>();

  @JsonProperty("assignments")
  private List<DualTutorAssignment> assignments = new ArrayList<>();

  /** Written only when the record has some, so records without relations read and write as before. */
  @JsonProperty("relations")
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
  private List<Relation> relations = new ArrayList<>();

  @JsonProperty("events")
  private List<CultivationEvent> events = new ArrayList<>();

  static RecordDocument of(CultivationRecord record, Facts facts) {
    RecordDocument document = new RecordDocument();
    document.formatVersion = CultivationJson.FORMAT_VERSION;
    document.vocabulary = facts.vocabulary.isEmpty() ? null : facts.vocabulary;
    document.institutions = List.copyOf(facts.institutions.values());
    document.students = List.copyOf(facts.students.values());
    document.tutors = List.copyOf(facts.tutors.values());
    document.administrators = List.copyOf(facts.administrators.values());
    document.agreements = List.copyOf(facts.agreements.values());
    document.candidacies = List.copyOf(facts.candidacies.values());
    document.placements = List.copyOf(facts.placements.values());
    document.assignments = List.copyOf(facts.assignments.values());
    document.relations = List.copyOf(facts.relations);
    document.events = record.events();
    return document;
  }

  /** The record, validated as {@link CultivationRecord.Builder#build()} validates. */
  CultivationRecord toRecord() {
    Integer version = formatVersion;
    if (version == null || version != CultivationJson.FORMAT_VERSION) {
      throw new ValidationException("CultivationRecord", null, "formatVersion", version,
          "must be " + CultivationJson.FORMAT_VERSION + ", the version this library reads");
    }
    CultivationRecord.Builder builder = CultivationRecord.builder();
    Vocabulary declared = vocabulary;
    if (declared != null) {
      builder.vocabulary(declared);
    }
    nonNull("institutions", institutions).forEach(builder::addInstitution);
    nonNull("students", students).forEach(builder::addStudent);
    nonNull("tutors", tutors).forEach(builder::addTutor);
    nonNull("administrators", administrators).forEach(builder::addAdministrator);
    nonNull("agreements", agreements).forEach(builder::addAgreement);
    nonNull("candidacies", candidacies).forEach(builder::addCandidacy);
    nonNull("placements", placements).forEach(builder::addPlacement);
    nonNull("assignments", assignments).forEach(builder::addAssignment);
    nonNull("relations", relations).forEach(builder::addRelation);
    return builder.addEvents(nonNull("events", events)).build();
  }

  /** Rejects {@code null} where a list or one of its elements belongs. */
  private static <T> List<T> nonNull(String field, @Nullable List<T> values) {
    if (values == null) {
      throw new ValidationException("CultivationRecord", null, field, null, "must be a list, not null");
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new ValidationException("CultivationRecord", null, field + "[" + i + "]", null, "must not be null");
      }
    }
    return values;
  }
}
