package org.jointcultivation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jointcultivation.core.agreement.Candidacy;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.ModelGenerators;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;

/**
 * An assessment answers every query by subject from its indexes; each answer must equal the whole
 * list filtered by what the query's Javadoc promises, worked out here from the record.
 */
class AssessmentQueriesTest {
  private static final RuleEngine ENGINE = RuleEngine.builder().addPack(RegulationPacks.all()).build();

  @Test
  void everyQueryBySubject_equalsTheWholeListFiltered_evenAfterAJsonRoundTrip() {
    qt().withExamples(12)
        .forAll(ModelGenerators.cohorts(20))
        .checkAssert(cohort -> {
          CultivationRecord record = cohort.toRecord();
          Assessment evaluated = ENGINE.evaluate(record, cohort.asOf());
          Assessment read = CultivationJson.fromJson(CultivationJson.toJson(evaluated), Assessment.class);
          assertTrue(evaluated.obligations().size() > 0, "the cohort gives something to query");
          for (Assessment assessment : List.of(evaluated, read)) {
            assertQueriesMatchFilters(record, assessment);
          }
        });
  }

  private static void assertQueriesMatchFilters(CultivationRecord record, Assessment assessment) {
    for (Student student : record.students()) {
      Predicate<ObligationInstance> about = o -> o.student().equals(Optional.of(student.id()));
      assertEquals(filtered(assessment, about), assessment.obligationsOf(student.id()), student.id().value());
      assertEquals(filtered(assessment, about), assessment.obligationsAbout(Subject.of(student.id())));
      assertEquals(violations(assessment, about), assessment.violationsOf(student.id()));
      assertEquals(assessment.proposals().stream().filter(p -> p.subject().equals(Subject.of(student.id()))).toList(),
          assessment.proposalsFor(student.id()));
    }
    for (Tutor tutor : record.tutors()) {
      Predicate<ObligationInstance> about = o -> o.tutor().equals(Optional.of(tutor.id()))
          || o.bearers().contains(tutor.id());
      assertEquals(filtered(assessment, about), assessment.obligationsOf(tutor.id()), tutor.id().value());
      assertEquals(violations(assessment, about), assessment.violationsOf(tutor.id()));
      assertEquals(filtered(assessment, o -> o.tutor().equals(Optional.of(tutor.id()))),
          assessment.obligationsAbout(Subject.of(tutor.id())));
      assertEquals(assessment.proposals().stream().filter(p -> p.subject().equals(Subject.of(tutor.id()))).toList(),
          assessment.proposalsFor(tutor.id()));
    }
    for (CooperationAgreement agreement : record.agreements()) {
      Predicate<ObligationInstance> about = o -> o.agreement().equals(Optional.of(agreement.id()))
          || o.student().map(s -> record.candidacy(s).map(Candidacy::agreement).equals(Optional.of(agreement.id()))
              || record.assignmentsOf(s).stream().map(DualTutorAssignment::agreement)
                  .anyMatch(agreement.id()::equals)).orElse(false);
      assertEquals(filtered(assessment, about), assessment.obligationsOf(agreement.id()), agreement.id().value());
      assertEquals(violations(assessment, about), assessment.violationsOf(agreement.id()));
    }
    for (var institution : record.institutions()) {
      InstitutionId id = institution.id();
      Predicate<ObligationInstance> about = o -> o.student().map(s -> record.candidacy(s)
              .map(c -> c.homeInstitution().equals(id) || c.hostInstitution().equals(Optional.of(id))).orElse(false))
              .orElse(false)
          || o.tutor().flatMap(record::tutor).map(t -> t.homeInstitution().equals(id)).orElse(false)
          || o.agreement().flatMap(record::agreement).map(a -> a.parties().contains(id)).orElse(false);
      assertEquals(filtered(assessment, about), assessment.obligationsOf(id), id.value());
      assertEquals(violations(assessment, about), assessment.violationsOf(id));
    }
    for (ObligationInstance obligation : assessment.obligations()) {
      assertEquals(Optional.of(obligation), assessment.obligation(obligation.id()));
    }
    assertEquals(Optional.empty(), assessment.obligation("no such obligation"));
  }

  private static List<ObligationInstance> filtered(Assessment assessment, Predicate<ObligationInstance> test) {
    return assessment.obligations().stream().filter(test).toList();
  }

  private static List<Violation> violations(Assessment assessment, Predicate<ObligationInstance> test) {
    return assessment.violations().stream().filter(v -> test.test(v.obligation())).toList();
  }
}
