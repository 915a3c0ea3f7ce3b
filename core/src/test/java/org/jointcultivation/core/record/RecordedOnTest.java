package org.jointcultivation.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.testing.SampleProgramme;
import org.junit.jupiter.api.Test;

/** Every event may say when it was entered, never before it happened. */
class RecordedOnTest {
  @Test
  void anEventRecordedAfterItHappened_keepsBothDays_throughJson() {
    CultivationEvent meeting = SampleProgramme.meeting("M-1", SampleProgramme.START.plusDays(3))
        .recordedOn(SampleProgramme.START.plusDays(20)).build();
    CultivationRecord record = SampleProgramme.builder().addEvent(meeting).build();

    CultivationRecord read = CultivationJson.fromJson(CultivationJson.toJson(record), CultivationRecord.class);

    assertEquals(Optional.of(SampleProgramme.START.plusDays(20)),
        read.events().get(0).recordedOn());
    assertEquals(record, read);
  }

  @Test
  void anEventRecordedBeforeItHappened_isRefused_namingTheField() {
    CultivationEvent meeting = SampleProgramme.meeting("M-1", SampleProgramme.START.plusDays(3))
        .recordedOn(SampleProgramme.START.plusDays(2)).build();

    ValidationException e = assertThrows(ValidationException.class,
        () -> SampleProgramme.builder().addEvent(meeting).build());

    assertEquals("recordedOn", e.field());
    assertTrue(e.rule().contains("on or after the day it happened"), e.rule());
  }
}
