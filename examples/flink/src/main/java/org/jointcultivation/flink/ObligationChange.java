package org.jointcultivation.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the job emits: a student's obligation that appeared, changed state, or is gone, on the day
 * the job saw it. Sent between operators as JSON text, so Flink needs no generic serializer.
 *
 * @param student the student the obligation is about
 * @param obligation the obligation's id
 * @param state its state, or empty when it is gone
 * @param day the day it was evaluated on
 */
public record ObligationChange(String student, String obligation, Optional<String> state, LocalDate day) {
  private static final ObjectMapper JSON = org.jointcultivation.core.json.CultivationJson.newMapper();
  /** One line per change: what a sink or a log reads. */
  private static final com.fasterxml.jackson.databind.ObjectWriter LINE =
      JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

  /** Checks that nothing is missing. */
  public ObligationChange {
    Objects.requireNonNull(student, "student");
    Objects.requireNonNull(obligation, "obligation");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(day, "day");
  }

  /** As JSON text. */
  public String toJson() {
    try {
      return LINE.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an ObligationChange always writes as JSON", e);
    }
  }

  /** From {@link #toJson()}'s text; a change without {@code state} says the obligation is gone. */
  public static ObligationChange fromJson(String json) {
    try {
      com.fasterxml.jackson.databind.JsonNode tree = JSON.readTree(json);
      com.fasterxml.jackson.databind.JsonNode state = tree.get("state");
      return new ObligationChange(tree.required("student").asText(), tree.required("obligation").asText(),
          state == null || state.isNull() ? Optional.empty() : Optional.of(state.asText()),
          LocalDate.parse(tree.required("day").asText()));
    } catch (JsonProcessingException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("not an ObligationChange: " + json, e);
    }
  }
}
