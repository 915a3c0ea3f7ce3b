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

  /** The library's own answer: each student's obligations and their states on {@code day}. */
  static Map<String, String> expected(CultivationRecord record, LocalDate day) {
    Assessment assessment = ENGINE.evaluate(record, day);
    Map<String, String> states = new TreeMap<>();
    for (Student student : record.students()) {
      for (ObligationInstance obligation : assessment.obligationsAbout(Subject.of(student.id()))) {
        states.put(obligation.id(), obligation.state().name());
      }
    }
    return states;
  }

  /** The job's answer: the last state it emitted for each obligation, those it said are gone left out. */
  static Map<String, String> lastStates(List<String> output) {
    Map<String, String> states = new HashMap<>();
    for (String json : output) {
      ObligationChange change = ObligationChange.fromJson(json);
      if (change.state().isPresent()) {
        states.put(change.obligation(), change.state().get());
      } else {
        states.remove(change.obligation());
      }
    }
    return new TreeMap<>(states);
  }
}
