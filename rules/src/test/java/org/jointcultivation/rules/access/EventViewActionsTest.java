package org.jointcultivation.rules.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.Set;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.testing.EveryKindGenerator;
import org.junit.jupiter.api.Test;

class EventViewActionsTest {
  @Test
  void everyKindOfTheSealedHierarchy_hasItsOwnViewAction() {
    assertEquals(Set.of(CultivationEvent.class.getPermittedSubclasses()), EventViewActions.BY_KIND.byKind().keySet(),
        "a kind of event without an explicit view action would fall through to the student record");
  }

  @Test
  void everyGeneratedEvent_mapsToTheActionOfItsKind() {
    qt().withExamples(50).forAll(EveryKindGenerator.oneOfEachKind()).checkAssert(events -> {
      assertEquals(EveryKindGenerator.KIND_COUNT, events.size());
      for (CultivationEvent event : events) {
        Class<?> kind = java.util.Arrays.stream(CultivationEvent.class.getPermittedSubclasses())
            .filter(k -> k.isInstance(event)).findFirst().orElseThrow();
        assertEquals(EventViewActions.BY_KIND.byKind().get(kind), AccessControl.viewActionFor(event,
            org.jointcultivation.core.testing.SampleProgramme.record()));
      }
    });
  }

  @Test
  void aDeclaredKind_needsTheViewActionItsVocabularyGives_andAnUnknownOneIsAClearError() {
    org.jointcultivation.core.vocabulary.Vocabulary vocabulary = org.jointcultivation.core.vocabulary.Vocabulary.EMPTY
        .withEvent("RelationshipDeclared", org.jointcultivation.core.vocabulary.EventKindDeclaration.builder()
            .viewAction("VIEW_MEASURES").build())
        .withEvent("ThesisRated", org.jointcultivation.core.vocabulary.EventKindDeclaration.builder().build());
    org.jointcultivation.core.record.CultivationRecord record = org.jointcultivation.core.testing.SampleProgramme
        .builder().vocabulary(vocabulary).build();
    org.jointcultivation.core.event.DeclaredEvent relation = org.jointcultivation.core.event.DeclaredEvent.builder()
        .id(org.jointcultivation.core.event.EventId.of("R-1")).date(org.jointcultivation.core.testing.SampleProgramme.START)
        .kind("RelationshipDeclared").student(org.jointcultivation.core.testing.SampleProgramme.STUDENT).build();
    org.jointcultivation.core.event.DeclaredEvent rating = org.jointcultivation.core.event.DeclaredEvent.builder()
        .from(relation).id(org.jointcultivation.core.event.EventId.of("TR-1")).kind("ThesisRated").build();
    assertEquals(Action.VIEW_MEASURES, AccessControl.viewActionFor(relation, record));
    assertEquals(Action.VIEW_STUDENT_RECORD, AccessControl.viewActionFor(rating, record));

    org.jointcultivation.core.record.CultivationRecord misnamed = org.jointcultivation.core.testing.SampleProgramme
        .builder().vocabulary(org.jointcultivation.core.vocabulary.Vocabulary.EMPTY.withEvent("RelationshipDeclared",
            org.jointcultivation.core.vocabulary.EventKindDeclaration.builder().viewAction("VIEW_SECRETS").build()))
        .build();
    org.junit.jupiter.api.Assertions.assertThrows(org.jointcultivation.core.ValidationException.class,
        () -> vocabulary.withEvent("ThesisRated", org.jointcultivation.core.vocabulary.EventKindDeclaration.builder().build()),
        "a kind declared twice");
    org.jointcultivation.rules.RuleConfigurationException refused = org.junit.jupiter.api.Assertions.assertThrows(
        org.jointcultivation.rules.RuleConfigurationException.class,
        () -> org.jointcultivation.rules.RuleEngine.builder().vocabulary(misnamed.vocabulary()).build());
    org.junit.jupiter.api.Assertions.assertTrue(String.valueOf(refused.getMessage()).contains("VIEW_SECRETS"),
        refused.getMessage());
    IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> AccessControl.viewActionFor(relation, misnamed));
    String message = String.valueOf(error.getMessage());
    org.junit.jupiter.api.Assertions.assertTrue(message.contains("RelationshipDeclared") && message.contains("VIEW_SECRETS"),
        message);
    org.junit.jupiter.api.Assertions.assertThrows(org.jointcultivation.core.ValidationException.class,
        () -> org.jointcultivation.core.vocabulary.EventKindDeclaration.builder().viewAction("measures").build());
  }
}
