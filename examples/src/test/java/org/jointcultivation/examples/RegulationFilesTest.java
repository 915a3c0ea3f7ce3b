package org.jointcultivation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.RuleEngine;
import org.junit.jupiter.api.Test;

/** The regulation files shipped with the examples load, and configure an engine that runs cleanly. */
class RegulationFilesTest {
  @Test
  void realWorldRules_loadAndEvaluateTheMedicalProgramme() {
    PolicyPack pack = CompareRegulations.load("real-world-rules.yaml");
    assertEquals("REAL-WORLD-RULES", pack.id());
    assertEquals(AuthorityLevel.NATIONAL, pack.layer());
    assertEquals(21, pack.norms().size());
    CultivationRecord record = MedicalProgramme.record();
    Assessment assessment = RuleEngine.builder().addPack(pack).build().evaluate(record, MedicalProgramme.AS_OF);
    assertEquals(List.of(), assessment.errors());
    assertTrue(assessment.obligations().stream().map(o -> o.ruleId()).distinct().count() >= 15,
        "most regulations apply to the programme");
  }

  @Test
  void solentAndPortsmouth_areTheUniversitiesRules() {
    assertEquals(List.of("meetings-full-time", "meetings-part-time"),
        CompareRegulations.load("solent.yaml").norms().stream().map(n -> n.id()).toList());
    assertEquals("University of Portsmouth",
        CompareRegulations.load("portsmouth.yaml").norms().get(0).source().authority());
  }
}
