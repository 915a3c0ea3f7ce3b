package org.jointcultivation.rules;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.Multimap;
import java.io.IOException;
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
 * An assessment's JSON form. The derived values it writes for readers of the JSON (each
 * obligation's {@code state} and {@code late}, each explanation's {@code sentence}, the
 * {@code violations}) are derived again when it is read, and a document whose written values
 * contradict what they derive from is refused: a forged {@code "state": "FULFILLED"} over
 * transitions that end in a breach is an error, not a fulfilled duty.
 */
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"formatVersion", "asOf", "obligations", "violations", "proposals", "errors",
    "conflicts", "affiliations"})
final class AssessmentDocument {
  private static final String TYPE = "Assessment";

  @JsonProperty("formatVersion")
  private @Nullable Integer formatVersion;

  @JsonProperty("asOf")
  private @Nullable LocalDate asOf;

  @JsonProperty("obligations")
  @JsonDeserialize(contentUsing = CheckedObligation.class)
  private List<ObligationInstance> obligations = new ArrayList<>();

  /** Written for readers of the JSON; when read, checked against the obligations' breaches. */
  @JsonProperty("violations")
  private @Nullable List<ViolationRef> violations;

  @JsonProperty("proposals")
  @JsonDeserialize(contentUsing = CheckedProposal.class)
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
    Assessment assessment = new Assessment(day, nonNull("obligations", obligations), nonNull("proposals", proposals),
        nonNull("errors", errors), nonNull("conflicts", conflicts), read);
    List<ViolationRef> written = violations;
    if (written != null) {
      List<ViolationRef> derived = assessment.violations().stream()
          .map(v -> new ViolationRef(v.obligation().id(), v.date())).toList();
      if (!new java.util.HashSet<>(nonNull("violations", written)).equals(new java.util.HashSet<>(derived))
          || written.size() != derived.size()) {
        throw new ValidationException(TYPE, null, "violations", written.size() + " listed",
            "must be the breaches of the obligations' transitions (" + derived.size() + " derived)");
      }
    }
    return assessment;
  }

  /**
   * Reads a value and refuses it if a derived value it was written with ({@link #derived}, and its
   * explanation's {@code sentence}) contradicts what the rest of it derives.
   */
  private abstract static class Checked<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;

    Checked(Class<T> type) {
      super(type);
      this.type = type;
    }

    /** The derived values written beside {@code value}, by field, as text. */
    abstract Map<String, String> derived(T value);

    abstract Explanation explanation(T value);

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode node = context.readTree(parser);
      T value = context.readTreeAsValue(node, type);
      for (Map.Entry<String, String> derived : derived(value).entrySet()) {
        check(parser, node, derived.getKey(), derived.getValue());
      }
      checkSentence(parser, node, explanation(value));
      return value;
    }
  }

  /** An obligation whose written {@code state}, {@code late} and sentence must be what it derives. */
  static final class CheckedObligation extends Checked<ObligationInstance> {
    private static final long serialVersionUID = 1L;

    CheckedObligation() {
      super(ObligationInstance.class);
    }

    @Override
    Map<String, String> derived(ObligationInstance obligation) {
      return ImmutableMap.of("state", obligation.state().name(), "late", String.valueOf(obligation.late())); // in order: the same error every run
    }

    @Override
    Explanation explanation(ObligationInstance obligation) {
      return obligation.explanation();
    }
  }

  /** A proposal whose explanation's written sentence must be what it derives. */
  static final class CheckedProposal extends Checked<Proposal> {
    private static final long serialVersionUID = 1L;

    CheckedProposal() {
      super(Proposal.class);
    }

    @Override
    Map<String, String> derived(Proposal proposal) {
      return Map.of();
    }

    @Override
    Explanation explanation(Proposal proposal) {
      return proposal.explanation();
    }
  }

  private static void checkSentence(JsonParser parser, JsonNode node, Explanation explanation)
      throws JsonMappingException {
    JsonNode written = node.get("explanation");
    if (written != null) {
      try {
        check(parser, written, "sentence", explanation.sentence());
      } catch (JsonMappingException e) {
        e.prependPath(node, "explanation");
        throw e;
      }
    }
  }

  /** A written derived value must be what it derives from; leaving it out is fine. */
  private static void check(JsonParser parser, JsonNode node, String field, String derived)
      throws JsonMappingException {
    JsonNode written = node.get(field);
    if (written != null && !(written.isValueNode() && written.asText().equals(derived))) {
      JsonMappingException e = JsonMappingException.from(parser, "written " + field + " " + written
          + " contradicts the value derived from the rest of the document, " + derived);
      e.prependPath(node, field);
      throw e;
    }
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
