package org.jointcultivation.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the job emits: a finding about a student, tutor or agreement that appeared, changed, or is
 * gone, on the day the job saw it. A finding is an obligation (its id; its state, {@code VIOLATED}
 * for a violation) or a proposed reward or sanction ({@code proposal:<policy>/<measure>/<n>}; its
 * state {@code PROPOSED}). Sent as JSON text, so Flink needs no generic serializer.
 *
 * @param subject the student, tutor or agreement the finding is about
 * @param finding the obligation's id, or {@code proposal:…} for a proposal
 * @param state its state, or empty when it is gone
 * @param day the day it was evaluated on
 */
public record FindingChange(String subject, String finding, Optional<String> state, LocalDate day) {
  private static final ObjectMapper JSON = org.jointcultivation.core.json.CultivationJson.newMapper();
  /** One line per change: what a sink or a log reads. */
  private static final com.fasterxml.jackson.databind.ObjectWriter LINE =
      JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

  /** Checks that nothing is missing. */
  public FindingChange {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(day, "day");
  }

  /** As JSON text. */
  public String toJson() {
    try {
      return LINE.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an FindingChange always writes as JSON", e);
    }
  }

  /** From {@link #toJson()}'s text; a change without {@code state} says the obligation is gone. */
  public static FindingChange fromJson(String json) {
    try {
      com.fasterxml.jackson.databind.JsonNode tree = JSON.readTree(json);
      com.fasterxml.jackson.databind.JsonNode state = tree.get("state");
      return new FindingChange(tree.required("subject").asText(), tree.required("finding").asText(),
          state == null || state.isNull() ? Optional.empty() : Optional.of(state.asText()),
          LocalDate.parse(tree.required("day").asText()));
    } catch (JsonProcessingException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("not an FindingChange: " + json, e);
    }
  }
}
