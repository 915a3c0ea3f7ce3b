package org.jointcultivation.rules.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.FeedbackFollowedUp;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.event.HealthAdjustmentMade;
import org.jointcultivation.core.event.HealthAdjustmentRequested;
import org.jointcultivation.core.event.IncidentReported;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.LadderStep;
import org.jointcultivation.core.norm.MeasureSubject;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.SanctionPolicy;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.Cohort;
import org.jointcultivation.core.testing.CohortGenerator;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.Proposal;
import org.jointcultivation.rules.RuleEngine;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;

/**
 * Over a generated cohort and every kind of principal: no filtered view of the record or of the
 * assessment mentions, in any field or text, an event its reader is denied.
 */
class ConfidentialityPropertiesTest {
  private static final Cohort COHORT = CohortGenerator.generate(2027, 40);
  private static final CultivationRecord RECORD = RightsPropertiesTest.withAdministrators(COHORT);
  private static final LocalDate AS_OF = COHORT.asOf().minusMonths(6);
  private static final AccessControl ACCESS = AccessControl.standard();
  private static final List<PersonId> PEOPLE = RightsPropertiesTest.people(RECORD);
  private static final Assessment ASSESSMENT = engine().evaluate(RECORD, AS_OF);

  /** Every regulation, with ladders for students and tutors so that proposals quote what they count. */
  private static RuleEngine engine() {
    SanctionPolicy tutors = SanctionPolicy.builder().from(RegulationPacks.studentLadder()).id("tutor-discipline")
        .subject(MeasureSubject.TUTOR).ladder(List.of(LadderStep.builder().code("WARNING").label("warning").build()))
        .violationsPerStep(1).build();
    PolicyPack pack = PolicyPack.builder().from(RegulationPacks.all()).addSanctionPolicy(tutors).build();
    return RuleEngine.builder().addPack(pack).build();
  }

  /** The words of a sensitive event that only those who may see it should read. */
  private static List<String> privateText(CultivationEvent event) {
    if (event instanceof FeedbackSubmitted feedback) {
      return List.of(feedback.text());
    } else if (event instanceof FeedbackFollowedUp followUp) {
      return List.of(followUp.action());
    } else if (event instanceof HealthAdjustmentRequested request) {
      return List.of(request.description());
    } else if (event instanceof HealthAdjustmentMade made) {
      return List.of(made.adjustment());
    } else if (event instanceof IncidentReported incident) {
      return List.of(incident.description());
    }
    return List.of();
  }

  @Test
  void noFilteredView_mentionsAnEventItsReaderIsDenied() {
    assertFalse(ASSESSMENT.proposals().isEmpty(), "the cohort gives proposals that quote what they count");
    Map<String, Integer> textUses = new HashMap<>();
    RECORD.events().forEach(e -> privateText(e).forEach(t -> textUses.merge(t, 1, Integer::sum)));
    List<Integer> redacted = new ArrayList<>();
    qt().withExamples(60).withShrinkCycles(0).forAll(integers().between(0, PEOPLE.size() - 1)).checkAssert(p -> {
      PersonId who = PEOPLE.get(p);
      AssessmentView assessment = ACCESS.filter(RECORD, ASSESSMENT, who);
      RecordView record = ACCESS.filter(RECORD, AS_OF, who);
      String shown = CultivationJson.toJson(assessment.obligations()) + CultivationJson.toJson(assessment.violations())
          + CultivationJson.toJson(assessment.proposals()) + CultivationJson.toJson(record.events(),
              new com.fasterxml.jackson.core.type.TypeReference<List<CultivationEvent>>() {});
      Set<EventId> denied = new HashSet<>();
      for (CultivationEvent event : RECORD.events()) {
        if (!ACCESS.decide(RECORD, AS_OF, who, AccessControl.viewActionFor(event, RECORD), Resource.event(event.id())).allowed()) {
          denied.add(event.id());
          assertFalse(Disclosure.names(shown, event.id().value()), who + " is shown denied " + event.id());
          for (String text : privateText(event)) {
            if (textUses.getOrDefault(text, 0) == 1) { // a text other events share may be shown with them
              assertFalse(shown.contains(text), who + " is shown the words of denied " + event.id());
            }
          }
        }
      }
      for (ObligationInstance obligation : assessment.obligations()) {
        assertTrue(obligation.explanation().countedEvents().stream().noneMatch(denied::contains), obligation.id());
      }
      for (Proposal proposal : assessment.proposals()) {
        assertTrue(proposal.evidence().stream().noneMatch(denied::contains), proposal.toString());
        assertTrue(proposal.explanation().countedEvents().stream().noneMatch(denied::contains), proposal.toString());
        if (proposal.reasons().equals(List.of(Disclosure.WITHHELD))) {
          redacted.add(p);
        }
      }
    });
    assertFalse(redacted.isEmpty(), "some principal sees a redacted proposal, so the property is not vacuous");
  }
}
