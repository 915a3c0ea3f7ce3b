package org.jointcultivation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.Cohort;
import org.jointcultivation.core.testing.CohortGenerator;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;

/** A programme evaluated part by part gives each part exactly the whole programme's findings about it. */
class PartEvaluationTest {
  private static final RuleEngine ENGINE = RuleEngine.builder().addPack(RegulationPacks.all()).build();
  private static final RuleEngine ONE_THREAD =
      RuleEngine.builder().addPack(RegulationPacks.all()).parallel(false).build();

  /** What a sink received, in order. */
  private record Received(CultivationRecord part, Assessment assessment) {}

  private static List<CultivationRecord> departments(long seed, int students) {
    return CohortGenerator.departments(seed, students).map(Cohort::toRecord).toList();
  }

  private static List<Received> evaluateParts(RuleEngine engine, Iterable<CultivationRecord> parts, LocalDate asOf) {
    List<Received> received = new ArrayList<>();
    engine.evaluateParts(parts, asOf, (part, assessment) -> received.add(new Received(part, assessment)));
    return received;
  }

  @Test
  void property_eachPartsAssessment_isTheWholeProgrammesAboutItsSubjects() {
    qt().withExamples(2).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
      Cohort whole = CohortGenerator.generate(seed, 2_050);
      Assessment wholeAssessment = ENGINE.evaluate(whole.toRecord(), whole.asOf());
      List<CultivationRecord> parts = departments(seed, 2_050);
      List<Received> received = evaluateParts(ENGINE, parts, whole.asOf());

      assertEquals(3, received.size());
      int obligations = 0;
      int proposals = 0;
      for (int i = 0; i < parts.size(); i++) {
        assertSame(parts.get(i), received.get(i).part(), "in the order given");
        Assessment assessment = received.get(i).assessment();
        assertEquals(ENGINE.evaluate(parts.get(i), whole.asOf()), assessment);
        for (Student student : parts.get(i).students()) {
          Subject subject = Subject.of(student.id());
          assertEquals(wholeAssessment.obligationsAbout(subject), assessment.obligationsAbout(subject));
          assertEquals(wholeAssessment.proposalsFor(subject), assessment.proposalsFor(subject));
        }
        for (Tutor tutor : parts.get(i).tutors()) {
          Subject subject = Subject.of(tutor.id());
          assertEquals(wholeAssessment.obligationsAbout(subject), assessment.obligationsAbout(subject));
          assertEquals(wholeAssessment.proposalsFor(subject), assessment.proposalsFor(subject));
        }
        obligations += assessment.obligations().size();
        proposals += assessment.proposals().size();
      }
      assertTrue(obligations > 100_000, "a programme that exercises the rules: " + obligations);
      assertEquals(wholeAssessment.obligations().size(), obligations, "nothing found only in the whole");
      assertEquals(wholeAssessment.proposals().size(), proposals);
    });
  }

  @Test
  void evaluateParts_onOneThread_isTheSame() {
    List<CultivationRecord> parts = departments(5, 1_300);
    LocalDate asOf = CohortGenerator.generate(5, 1).asOf();
    assertEquals(evaluateParts(ENGINE, parts, asOf), evaluateParts(ONE_THREAD, parts, asOf));
  }

  @Test
  void evaluateParts_readsOnlyAFewPartsAhead() {
    AtomicInteger read = new AtomicInteger();
    Iterator<CultivationRecord> generated = CohortGenerator.departments(9, 6_000)
        .map(c -> {
          read.incrementAndGet();
          return c.toRecord();
        })
        .iterator();
    List<Integer> readWhenReceived = new ArrayList<>();
    ENGINE.evaluateParts(() -> generated, LocalDate.of(2023, 9, 1),
        (part, assessment) -> readWhenReceived.add(read.get()));

    assertEquals(6, readWhenReceived.size());
    int ahead = Runtime.getRuntime().availableProcessors() + 1;
    for (int i = 0; i < readWhenReceived.size(); i++) {
      assertTrue(readWhenReceived.get(i) <= i + 1 + ahead,
          "part " + i + " received after reading " + readWhenReceived.get(i) + " parts");
    }
  }

  @Test
  void evaluateParts_aTutorInTwoParts_failsNamingBoth_afterDeliveringTheEarlierParts() {
    Cohort first = CohortGenerator.departments(3, 2_010).findFirst().orElseThrow();
    Cohort last = CohortGenerator.departments(3, 2_010).skip(2).findFirst().orElseThrow();
    Tutor shared = first.tutors().get(0);
    // The last department also lists a tutor of the first: a part that is not whole.
    CultivationRecord broken = last.factsBuilder().addTutor(shared)
        .addInstitution(first.institutions().stream().filter(i -> i.id().equals(shared.homeInstitution()))
            .findFirst().orElseThrow())
        .addEvents(last.events()).build();
    List<CultivationRecord> parts = List.of(first.toRecord(), departments(3, 2_010).get(1), broken);
    List<Received> received = new ArrayList<>();

    ValidationException e = assertThrows(ValidationException.class, () -> ENGINE.evaluateParts(parts,
        first.asOf(), (part, assessment) -> received.add(new Received(part, assessment))));

    assertEquals("part 2", e.subject());
    assertEquals("tutors", e.field());
    assertTrue(e.value().contains(shared.id().value()), e.value());
    assertTrue(e.getMessage().contains("is also in part 0"), e.getMessage());
    assertEquals(2, received.size(), "every part before the bad one was delivered");
  }

  @Test
  void evaluateParts_aStudentInTwoParts_fails() {
    CultivationRecord part = departments(4, 30).get(0);
    ValidationException e = assertThrows(ValidationException.class,
        () -> ONE_THREAD.evaluateParts(List.of(part, part), LocalDate.of(2024, 9, 1), (p, a) -> {}));
    assertEquals("part 1", e.subject());
    assertEquals("students", e.field());
  }

  @Test
  void evaluateParts_aSinkThatThrows_stopsTheEvaluation() {
    List<CultivationRecord> parts = departments(6, 3_000);
    AtomicInteger received = new AtomicInteger();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ENGINE.evaluateParts(parts, LocalDate.of(2024, 9, 1), (part, assessment) -> {
          if (received.incrementAndGet() == 2) {
            throw new IllegalStateException("disk full");
          }
        }));
    assertEquals("disk full", e.getMessage());
    assertEquals(2, received.get(), "no part after the failing one");
  }

  @Test
  void evaluateParts_aNullPart_failsNamingIt() {
    List<CultivationRecord> parts = new ArrayList<>(departments(6, 10));
    parts.add(null);
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> ENGINE.evaluateParts(parts, LocalDate.of(2024, 9, 1), (part, assessment) -> {}));
    assertEquals("part 1 is null", e.getMessage());
  }

  @Test
  void evaluateParts_aDayOutsideTheModel_fails() {
    assertThrows(ValidationException.class,
        () -> ENGINE.evaluateParts(List.of(), LocalDate.of(1800, 1, 1), (part, assessment) -> {}));
  }
}
