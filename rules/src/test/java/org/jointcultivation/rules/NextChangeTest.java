package org.jointcultivation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.Cohort;
import org.jointcultivation.core.testing.CohortGenerator;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;

/**
 * Until the day {@code nextChange} names, evaluating the same record again finds the same about
 * the subject; what a stream processor's timer relies on.
 */
class NextChangeTest {
  private static final RuleEngine ENGINE = RuleEngine.builder().addPack(RegulationPacks.all()).build();

  private static List<Subject> subjects(CultivationRecord record, SplittableRandom random) {
    List<Subject> all = new ArrayList<>();
    record.students().forEach(s -> all.add(Subject.of(s.id())));
    record.tutors().forEach(t -> all.add(Subject.of(t.id())));
    record.agreements().forEach(a -> all.add(Subject.of(a.id())));
    List<Subject> chosen = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      chosen.add(all.get(random.nextInt(all.size())));
    }
    return chosen;
  }

  /** What a change is: an obligation's state, dates, transitions or counted events; not words naming the day asked. */
  private static List<String> material(List<ObligationInstance> obligations) {
    return obligations.stream().map(o -> o.id() + " " + o.state() + " " + o.dueDate() + " " + o.period() + " "
        + o.bearers() + " " + o.transitions().stream().map(t -> t.date() + ":" + t.state()).toList() + " "
        + o.explanation().countedEvents()).toList();
  }

  private static List<String> materialProposals(List<Proposal> proposals) {
    return proposals.stream().map(p -> p.policyId() + " " + p.code() + " " + p.evidence() + " " + p.violations())
        .toList();
  }

  private static void assertSameAbout(Subject subject, Assessment expected, Assessment actual) {
    List<String> before = material(expected.obligationsAbout(subject));
    List<String> after = material(actual.obligationsAbout(subject));
    assertEquals(before, after, subject + " on " + actual.asOf() + " against " + expected.asOf() + ": only before "
        + before.stream().filter(x -> !after.contains(x)).toList() + ", only after "
        + after.stream().filter(x -> !before.contains(x)).toList());
    assertEquals(materialProposals(expected.proposalsFor(subject)), materialProposals(actual.proposalsFor(subject)),
        subject + " proposals on " + actual.asOf());
    if (subject.id() instanceof org.jointcultivation.core.party.TutorId tutor) {
      List<String> borne = material(expected.obligationsOf(tutor));
      List<String> borneAfter = material(actual.obligationsOf(tutor));
      assertEquals(borne, borneAfter, "duties borne by " + tutor + " on " + actual.asOf() + " against "
          + expected.asOf() + ": only before " + borne.stream().filter(x -> !borneAfter.contains(x)).toList()
          + ", only after " + borneAfter.stream().filter(x -> !borne.contains(x)).toList());
    }
  }

  @Test
  void property_beforeTheNextChange_nothingAboutTheSubjectChanges() {
    qt().withExamples(60).forAll(longs().between(1, 1_000_000), integers().between(0, 5 * 365))
        .checkAssert((seed, offset) -> {
          Cohort cohort = CohortGenerator.generate(seed, 12);
          CultivationRecord record = cohort.toRecord();
          LocalDate asOf = LocalDate.of(2021, 6, 1).plusDays(offset);
          Assessment now = ENGINE.evaluate(record, asOf);
          SplittableRandom random = new SplittableRandom(seed);
          for (Subject subject : subjects(record, random)) {
            Optional<LocalDate> next = ENGINE.nextChange(record, now, subject);
            assertTrue(next.map(asOf::isBefore).orElse(true), "after the assessment's day: " + next);
            LocalDate last = next.map(d -> d.minusDays(1)).orElse(asOf.plusYears(2));
            if (last.isAfter(asOf)) {
              assertSameAbout(subject, now, ENGINE.evaluate(record, last));
              LocalDate between = asOf.plusDays(1 + random.nextLong(last.toEpochDay() - asOf.toEpochDay()));
              assertSameAbout(subject, now, ENGINE.evaluate(record, between));
            }
          }
        });
  }

  /** Cases the property once found, every subject of each checked every day until its next change. */
  @Test
  void casesFoundBefore_holdForEverySubject() {
    for (long[] found : new long[][] {{277, 972}, {19, 161}, {2, 730}}) {
      Cohort cohort = CohortGenerator.generate(found[0], 12);
      CultivationRecord record = cohort.toRecord();
      LocalDate asOf = LocalDate.of(2021, 6, 1).plusDays(found[1]);
      Assessment now = ENGINE.evaluate(record, asOf);
      List<Subject> all = new ArrayList<>();
      record.students().forEach(x -> all.add(Subject.of(x.id())));
      record.tutors().forEach(t -> all.add(Subject.of(t.id())));
      for (Subject subject : all) {
        LocalDate last = ENGINE.nextChange(record, now, subject).map(d -> d.minusDays(1)).orElse(asOf.plusYears(2));
        if (last.isAfter(asOf)) {
          assertSameAbout(subject, now, ENGINE.evaluate(record, last));
        }
      }
    }
  }

  @Test
  void nextChange_isADayOnWhichSomethingDoesChange_forAStudentWithAMonthlyDuty() {
    Cohort cohort = CohortGenerator.generate(3, 5);
    CultivationRecord record = cohort.toRecord();
    LocalDate asOf = LocalDate.of(2023, 3, 15);
    Subject student = Subject.of(record.students().iterator().next().id());
    EvaluationSession session = ENGINE.openSession(record, asOf);

    LocalDate next = session.nextChange(student).orElseThrow();

    assertTrue(next.isAfter(asOf) && !next.isAfter(LocalDate.of(2023, 4, 1)), "within the month: " + next);
    Assessment then = ENGINE.evaluate(record, next);
    boolean changed = !material(session.assessment().obligationsAbout(student)).equals(material(then.obligationsAbout(student)))
        || !materialProposals(session.assessment().proposalsFor(student)).equals(materialProposals(then.proposalsFor(student)));
    assertTrue(changed, "something about " + student + " changes on " + next);
  }
}
