package org.jointcultivation.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.testing.InvalidVariant;
import org.jointcultivation.core.testing.ModelGenerators;
import org.junit.jupiter.api.Test;

class CultivationRecordPropertiesTest {
  private static final int MAX_STUDENTS = 40;

  @Test
  void toBuilder_andWithoutEvents_keepEveryFact() {
    qt().withExamples(30)
        .forAll(ModelGenerators.cohorts(MAX_STUDENTS))
        .checkAssert(cohort -> {
          CultivationRecord record = cohort.toRecord();
          CultivationRecord facts = record.withoutEvents();

          assertEquals(record, record.toBuilder().build());
          assertEquals(cohort.factsBuilder().build(), facts);
          assertTrue(facts.events().isEmpty());
          assertEquals(record, facts.toBuilder().addEvents(record.events()).build());
        });
  }

  @Test
  void build_anyEventOrder_givesEqualRecord() {
    qt().withExamples(40)
        .forAll(ModelGenerators.cohorts(MAX_STUDENTS), longs().all())
        .checkAssert(
            (cohort, shuffleSeed) -> {
              CultivationRecord inOrder = cohort.toRecord();
              CultivationRecord shuffled = cohort.toRecord(ModelGenerators.shuffled(cohort, shuffleSeed));
              assertEquals(inOrder, shuffled);
              assertEquals(inOrder.events(), shuffled.events());
              assertEquals(inOrder.hashCode(), shuffled.hashCode());
            });
  }

  @Test
  void withEvents_oneByOneInAnyOrder_equalsBuildingAtOnce() {
    qt().withExamples(15)
        .forAll(ModelGenerators.cohorts(10), longs().all())
        .checkAssert(
            (cohort, shuffleSeed) -> {
              CultivationRecord record = cohort.factsBuilder().build();
              // One at a time, an answer (follow-up, acknowledgement) must not precede what it answers.
              for (CultivationEvent event : cohort.toRecord().events()) {
                record = record.withEvent(event);
              }
              CultivationRecord batch =
                  cohort.factsBuilder().build().withEvents(ModelGenerators.shuffled(cohort, shuffleSeed));
              assertEquals(cohort.toRecord(), record);
              assertEquals(cohort.toRecord(), batch);
            });
  }

  @Test
  void withEvent_identicalEventTwice_changesNothing() {
    qt().withExamples(40)
        .forAll(ModelGenerators.cohorts(MAX_STUDENTS), longs().all())
        .checkAssert(
            (cohort, pick) -> {
              CultivationRecord record = cohort.toRecord();
              CultivationEvent event =
                  cohort.events().get((int) Math.floorMod(pick, (long) cohort.events().size()));
              assertSame(record, record.withEvent(event));
              assertEquals(record, cohort.builder().addEvent(event).addEvents(cohort.events()).build());
            });
  }

  @Test
  void build_everyGeneratedInvalidVariant_isRejectedNamingTypeAndField() {
    qt().withExamples(60)
        .forAll(ModelGenerators.cohorts(MAX_STUDENTS), arbitrary().enumValues(InvalidVariant.class))
        .checkAssert(
            (cohort, variant) -> {
              ValidationException error =
                  assertThrows(ValidationException.class, () -> variant.build(cohort), variant.name());
              assertEquals(variant.type(), error.type(), error.getMessage());
              assertEquals(variant.field(), error.field(), error.getMessage());
              assertTrue(error.getMessage().contains(error.value()), error.getMessage());
            });
  }
}
