package org.jointcultivation.rules;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.Multimap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jspecify.annotations.Nullable;

/**
 * An assessment's JSON form. {@code violations} is derived from the obligations and written for
 * readers of the JSON only; it is ignored when read.
 */
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"formatVersion", "asOf", "obligations", "violations", "proposals", "errors",
    "conflicts", "affiliations"})
@JsonIgnoreProperties(value = "violations", allowGetters = true)
final class AssessmentDocument {
  private static final String TYPE = "Assessment";

  @JsonProperty("formatVersion")
  private @Nullable Integer formatVersion;

  @JsonProperty("asOf")
  private @Nullable LocalDate asOf;

  @JsonProperty("obligations")
  private List<ObligationInstance> obligations = new ArrayList<>();

  @JsonProperty("violations")
  @SuppressWarnings("UnusedVariable") // written for readers of the JSON; derived again when read
  private List<ViolationRef> violations = new ArrayList<>();

  @JsonProperty("proposals")
  private List<Proposal> proposals = new ArrayList<>();

  @JsonProperty("errors")
  private List<RuleError> errors = new ArrayList<>();

  @JsonProperty("conflicts")
  private List<ResolvedConflict> conflicts = new ArrayList<>();

  @JsonProperty("affiliations")
  private AffiliationsForm affiliations = new AffiliationsForm();

  /** A violation, by the id of the obligation breached and the day. */
  record ViolationRef(String obligation, LocalDate date) {}

  /** Each student's agreements and institutions, each tutor's and agreement's institutions. */
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE)
  static final class AffiliationsForm {
    @JsonProperty("students")
    private Map<String, StudentAffiliation> students = new TreeMap<>();

    @JsonProperty("tutors")
    private Map<String, List<InstitutionId>> tutors = new TreeMap<>();

    @JsonProperty("agreements")
    private Map<String, List<InstitutionId>> agreements = new TreeMap<>();
  }

  /** A student's agreements and institutions. */
  record StudentAffiliation(List<AgreementId> agreements, List<InstitutionId> institutions) {}

  static AssessmentDocument of(Assessment assessment, Affiliations affiliations) {
    AssessmentDocument document = new AssessmentDocument();
    document.formatVersion = CultivationJson.FORMAT_VERSION;
    document.asOf = assessment.asOf();
    document.obligations = assessment.obligations();
    document.violations = assessment.violations().stream()
        .map(v -> new ViolationRef(v.obligation().id(), v.date())).toList();
    document.proposals = assessment.proposals();
    document.errors = assessment.errors();
    document.conflicts = assessment.conflicts();
    AffiliationsForm form = new AffiliationsForm();
    for (StudentId student : affiliations.agreementsOfStudent().keySet()) {
      form.students.put(student.value(), new StudentAffiliation(
          List.copyOf(affiliations.agreementsOfStudent().get(student)),
          List.copyOf(affiliations.institutionsOfStudent().get(student))));
    }
    for (StudentId student : affiliations.institutionsOfStudent().keySet()) {
      form.students.computeIfAbsent(student.value(), s -> new StudentAffiliation(List.of(),
          List.copyOf(affiliations.institutionsOfStudent().get(student))));
    }
    write(affiliations.institutionsOfTutor(), TutorId::value, form.tutors);
    write(affiliations.partiesOfAgreement(), AgreementId::value, form.agreements);
    document.affiliations = form;
    return document;
  }

  Assessment toAssessment() {
    Integer version = formatVersion;
    if (version == null || version != CultivationJson.FORMAT_VERSION) {
      throw new ValidationException(TYPE, null, "formatVersion", version,
          "must be " + CultivationJson.FORMAT_VERSION + ", the version this library reads");
    }
    LocalDate day = asOf;
    if (day == null) {
      throw new ValidationException(TYPE, null, "asOf", null, "is required");
    }
    ImmutableSetMultimap.Builder<StudentId, AgreementId> agreementsOfStudent = ImmutableSetMultimap.builder();
    ImmutableSetMultimap.Builder<StudentId, InstitutionId> institutionsOfStudent = ImmutableSetMultimap.builder();
    AffiliationsForm form = nonNull("affiliations", affiliations);
    nonNull("affiliations.students", form.students).forEach((student, affiliation) -> {
      StudentId id = StudentId.of(student);
      nonNull("affiliations.students." + student, affiliation);
      agreementsOfStudent.putAll(id, nonNull("affiliations.students." + student + ".agreements", affiliation.agreements()));
      institutionsOfStudent.putAll(id, nonNull("affiliations.students." + student + ".institutions", affiliation.institutions()));
    });
    Affiliations read = new Affiliations(agreementsOfStudent.build(), institutionsOfStudent.build(),
        read("affiliations.tutors", form.tutors, TutorId::of),
        read("affiliations.agreements", form.agreements, AgreementId::of));
    return new Assessment(day, nonNull("obligations", obligations), nonNull("proposals", proposals),
        nonNull("errors", errors), nonNull("conflicts", conflicts), read);
  }

  private static <K> void write(Multimap<K, InstitutionId> source, Function<K, String> key,
      Map<String, List<InstitutionId>> target) {
    source.asMap().forEach((k, institutions) -> target.put(key.apply(k), List.copyOf(institutions)));
  }

  private static <K> ImmutableSetMultimap<K, InstitutionId> read(String field,
      @Nullable Map<String, List<InstitutionId>> source, Function<String, K> key) {
    ImmutableSetMultimap.Builder<K, InstitutionId> target = ImmutableSetMultimap.builder();
    nonNull(field, source).forEach((k, institutions) ->
        target.putAll(key.apply(k), nonNull(field + "." + k, institutions)));
    return target.build();
  }

  private static <T> T nonNull(String field, @Nullable T value) {
    if (value == null) {
      throw new ValidationException(TYPE, null, field, null, "must not be null");
    }
    if (value instanceof Collection<?> values && values.contains(null)) {
      throw new ValidationException(TYPE, null, field, value, "must not contain null");
    }
    return value;
  }
}
