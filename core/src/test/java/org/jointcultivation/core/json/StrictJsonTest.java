package org.jointcultivation.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.FeedbackChannel;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.event.FeedbackTopic;
import org.jointcultivation.core.event.FundsAgreed;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.SampleProgramme;
import org.junit.jupiter.api.Test;

/** JSON is read as written: no value of another type is coerced into a field. */
class StrictJsonTest {
  private static final ObjectMapper TREES = new ObjectMapper();

  private static final FeedbackSubmitted FEEDBACK = FeedbackSubmitted.builder().id(EventId.of("F-1"))
      .date(SampleProgramme.START).student(SampleProgramme.STUDENT).channel(FeedbackChannel.SEMINAR)
      .topic(FeedbackTopic.SUPERVISION).text("more lab time").anonymous(false).build();

  private static String mutated(Object value, Consumer<ObjectNode> change) throws Exception {
    ObjectNode tree = (ObjectNode) TREES.readTree(CultivationJson.toJson(value));
    change.accept(tree);
    return TREES.writeValueAsString(tree);
  }

  private static JsonFormatException rejected(String json, Class<?> type, String path) {
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> CultivationJson.fromJson(json, type), json);
    assertTrue(e.getMessage().contains(path), e.getMessage());
    return e;
  }

  @Test
  void dateAsANumber_isRejected() throws Exception {
    assertEquals(FEEDBACK, CultivationJson.fromJson(CultivationJson.toJson(FEEDBACK), CultivationEvent.class));
    rejected(mutated(FEEDBACK, t -> t.put("date", 20_000)), CultivationEvent.class, "date");
  }

  @Test
  void enumByOrdinal_isRejected() throws Exception {
    rejected(mutated(FEEDBACK, t -> t.put("topic", 1)), CultivationEvent.class, "topic");
    rejected(mutated(FEEDBACK, t -> t.put("topic", "1")), CultivationEvent.class, "topic");
  }

  @Test
  void booleanFromTextOrNumber_isRejected() throws Exception {
    rejected(mutated(FEEDBACK, t -> t.put("anonymous", "false")), CultivationEvent.class, "anonymous");
    rejected(mutated(FEEDBACK, t -> t.put("anonymous", 0)), CultivationEvent.class, "anonymous");
  }

  @Test
  void textFromANumber_isTheCharactersWritten() throws Exception {
    FeedbackSubmitted read = (FeedbackSubmitted) CultivationJson.fromJson(
        mutated(FEEDBACK, t -> t.set("text", TREES.getNodeFactory().numberNode(new java.math.BigDecimal("2024.10")))),
        CultivationEvent.class);
    assertEquals("2024.10", read.text());
  }

  @Test
  void formatVersionAsDecimalOrText_isRejected() throws Exception {
    CultivationRecord record = SampleProgramme.record();
    rejected(mutated(record, t -> t.put("formatVersion", 1.9)), CultivationRecord.class, "formatVersion");
    rejected(mutated(record, t -> t.put("formatVersion", "1")), CultivationRecord.class, "formatVersion");
  }

  @Test
  void literalNull_isRejected_notReturned() {
    rejected("null", CultivationRecord.class, "$");
    rejected(" null ", CultivationEvent.class, "$");
  }

  @Test
  void hugeMoneyExponent_isRejectedAtOnce() throws Exception {
    FundsAgreed funds = FundsAgreed.builder().id(EventId.of("FA-1")).date(SampleProgramme.START)
        .agreement(SampleProgramme.AGREEMENT).clause("§4").funder(SampleProgramme.ENTERPRISE)
        .amount(org.jointcultivation.core.Money.of("5000.5", "CNY")).build();
    String written = CultivationJson.toJson(funds);
    // 11 characters of JSON that would otherwise expand into a billion-digit number when summed
    String json = written.replaceFirst("(?<key>\"amount\"\\s*:\\s*)5000.5", "${key}1e999999999");
    assertTrue(json.contains("1e999999999"), json);
    rejected(json, CultivationEvent.class, "amount");
  }
}
