package org.jointcultivation.core.internal;

import static org.jointcultivation.core.testing.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.testing.SampleProgramme;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class ChecksTest {
  @Test
  void idsAndNames_withInvisibleOrBidirectionalControls_areRejected() {
    assertRejected("StudentId", "value", "invisible", () -> StudentId.of("S\u200B1"));
    assertRejected("EventId", "value", "invisible", () -> EventId.of("E-1\u202E"));
    assertRejected("EventId", "value", "invisible", () -> EventId.of("E\u20661"));
    assertRejected("EventId", "value", "invisible", () -> EventId.of("\uFEFFE-1"));
    assertRejected("Student", "name", "invisible",
        () -> org.jointcultivation.core.party.Student.builder().from(SampleProgramme.student(StudentId.of("S-9"))).name("Li\u200DWei").build());
    assertRejected("EventId", "value", "invisible", () -> EventId.of("E\u00071"));
  }

  @Test
  void everyFormatOrControlCharacter_isRejectedInAnId() {
    java.util.List<Integer> invisible = java.util.stream.IntStream.rangeClosed(0, 0xFFFF)
        .filter(c -> Character.getType(c) == Character.FORMAT
            || (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t'))
        .boxed().toList();
    qt().forAll(SourceDSL.integers().between(0, invisible.size() - 1)).checkAssert(i -> assertRejected(
        "EventId", "value", "invisible", () -> EventId.of("E" + Character.toString(invisible.get(i)) + "1")));
  }

  @Test
  void ordinaryNamesInAnyScript_areAccepted() {
    assertEquals("李伟", org.jointcultivation.core.party.Student.builder().from(SampleProgramme.student(StudentId.of("S-9"))).name("李伟").build().name());
    assertEquals("Ørsted-Ænes Ü", StudentId.of("Ørsted-Ænes Ü").value());
  }
}
