package org.jointcultivation.flink;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.RuleEngine;
import org.jointcultivation.rules.Subject;
import org.jointcultivation.rules.testing.RegulationPacks;

/** What the job's tests share: the standard packs, and the findings to compare. */
final class Programmes {
  static final List<PolicyPack> PACKS = List.of(RegulationPacks.all());
  static final String PACKS_JSON = CultivationJson.toJson(PACKS, new TypeReference<List<PolicyPack>>() {});
  static final RuleEngine ENGINE = RuleEngine.builder().addPacks(PACKS).build();

  private Programmes() {}

  /** Every student, tutor and agreement of {@code record}: the subjects the job keys. */
  static List<Subject> subjects(CultivationRecord record) {
    List<Subject> subjects = new java.util.ArrayList<>();
    for (Student student : record.students()) {
      subjects.add(Subject.of(student.id()));
    }
    record.tutors().forEach(t -> subjects.add(Subject.of(t.id())));
    record.agreements().forEach(a -> subjects.add(Subject.of(a.id())));
    return subjects;
  }

  /** The library's own answer: each subject's obligations and their states on {@code day}. */
  static Map<String, String> expected(CultivationRecord record, LocalDate day) {
    return expected(ENGINE, record, day);
  }

  /** As {@link #expected(CultivationRecord, LocalDate)}, under {@code engine}'s packs. */
  static Map<String, String> expected(RuleEngine engine, CultivationRecord record, LocalDate day) {
    Assessment assessment = engine.evaluate(record, day);
    Map<String, String> states = new TreeMap<>();
    for (Subject subject : subjects(record)) {
      for (ObligationInstance obligation : assessment.obligationsAbout(subject)) {
        states.put(obligation.id(), obligation.state().name());
      }
      Map<String, Integer> alike = new java.util.HashMap<>();
      for (org.jointcultivation.rules.Proposal proposal : assessment.proposalsFor(subject)) {
        String name = "proposal:" + proposal.policyId() + "/" + proposal.code();
        states.put(subject.value() + " " + name + "/" + alike.merge(name, 1, Integer::sum), "PROPOSED");
      }
    }
    return states;
  }

  /** The job's answer: the last state it emitted for each obligation, those it said are gone left out. */
  static Map<String, String> lastStates(List<String> output) {
    Map<String, String> states = new HashMap<>();
    for (String json : output) {
      FindingChange change = FindingChange.fromJson(json);
      // Proposal names are unique within a subject only.
      String name = change.finding().startsWith("proposal:") ? change.subject() + " " + change.finding()
          : change.finding();
      if (change.state().isPresent()) {
        states.put(name, change.state().get());
      } else {
        states.remove(name);
      }
    }
    return new TreeMap<>(states);
  }
}
