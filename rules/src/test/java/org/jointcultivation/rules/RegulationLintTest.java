package org.jointcultivation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.testing.SampleProgramme;
import org.jointcultivation.core.vocabulary.AttributeDeclaration;
import org.jointcultivation.core.vocabulary.AttributeOwner;
import org.jointcultivation.core.vocabulary.Vocabulary;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;

/** Lint: what builds but is almost certainly not meant. */
class RegulationLintTest {
  private static final Vocabulary TRACKS = Vocabulary.EMPTY
      .withAttribute(AttributeOwner.STUDENT, "track", AttributeDeclaration.choice("CLINICAL", "RESEARCH"));

  private static PolicyPack pack(String id, AuthorityLevel layer, Norm... norms) {
    return Programme.pack(id, layer, norms);
  }

  private static List<LintWarning> lint(RuleEngine.Builder builder) {
    return builder.build().lint();
  }

  private static LintWarning only(List<LintWarning> warnings, String check) {
    List<LintWarning> found = warnings.stream().filter(w -> w.check().equals(check)).toList();
    assertEquals(1, found.size(), () -> check + " once in " + warnings);
    return found.get(0);
  }

  @Test
  void thePacksTheTestsUse_haveNoWarnings() {
    assertEquals(List.of(), lint(RuleEngine.builder().addPack(RegulationPacks.all())));
  }

  @Test
  void aNormWhoseConditionCanNeverHold_isFlaggedAtItsCondition() {
    Norm misspelt = Norm.builder().from(RegulationPacks.feedbackFollowUp()).condition("student.studyMode == 'FULLTIME'").build();
    Norm unknownTrack = Norm.builder().from(RegulationPacks.firstMeeting())
        .condition("student.track == 'CLINICIAN' && student.level == 'MASTER'").build();
    List<LintWarning> warnings = lint(RuleEngine.builder().vocabulary(TRACKS)
        .addPack(pack("P", AuthorityLevel.NATIONAL, misspelt, unknownTrack)));

    List<LintWarning> unreachable = warnings.stream().filter(w -> w.check().equals("unreachable-norm")).toList();
    assertEquals(2, unreachable.size(), warnings::toString);
    assertEquals("$.pack.norms[0].condition", unreachable.get(0).path());
    assertTrue(unreachable.get(0).message().contains("'FULLTIME'") && unreachable.get(0).message().contains("FULL_TIME"),
        unreachable.get(0).message());
    assertEquals("$.pack.norms[1].condition", unreachable.get(1).path());
    assertTrue(unreachable.get(1).message().contains("[CLINICAL, RESEARCH]"), unreachable.get(1).message());
    assertEquals("P@1", unreachable.get(0).source());
  }

  @Test
  void anImpossibleComparisonInsideADisjunction_isFlaggedButTheNormIsNotCalledUnreachable() {
    Norm either = Norm.builder().from(RegulationPacks.feedbackFollowUp())
        .condition("student.track == 'CLINICIAN' || student.level == 'DOCTORAL'").build();
    List<LintWarning> warnings = lint(RuleEngine.builder().vocabulary(TRACKS).addPack(pack("P", AuthorityLevel.NATIONAL, either)));
    assertTrue(only(warnings, "impossible-comparison").message().contains("always false"), warnings::toString);
    assertTrue(warnings.stream().noneMatch(w -> w.check().equals("unreachable-norm")), warnings::toString);
  }

  @Test
  void theSameNormTwice_underTwoIds_isADuplicate() {
    Norm twin = Norm.builder().from(RegulationPacks.feedbackFollowUp()).id("feedback-again").build();
    LintWarning duplicate = only(lint(RuleEngine.builder()
        .addPack(pack("P", AuthorityLevel.NATIONAL, RegulationPacks.feedbackFollowUp(), twin))), "duplicate-norm");
    assertEquals("$.pack.norms[1]", duplicate.path());
    assertTrue(duplicate.message().contains("feedback-follow-up") && duplicate.message().contains("owed twice"),
        duplicate.message());
  }

  @Test
  void aNormAHigherAuthorityAlwaysOverrules_isShadowed() {
    Norm lenient = Norm.builder().from(RegulationPacks.feedbackFollowUp())
        .parameters(Map.of("trigger", "FeedbackSubmitted", "response", "FeedbackFollowedUp", "within", "P30D")).build();
    LintWarning shadowed = only(lint(RuleEngine.builder()
        .addPack(pack("NATION", AuthorityLevel.NATIONAL, RegulationPacks.feedbackFollowUp()))
        .addPack(pack("COLLEGE", AuthorityLevel.INSTITUTION, lenient))), "shadowed-norm");
    assertEquals("COLLEGE@1", shadowed.source());
    assertTrue(shadowed.message().contains("NATION@1") && shadowed.message().contains("HIGHER_AUTHORITY"),
        shadowed.message());
  }

  @Test
  void aConflictNoStepDecides_isEscalated() {
    Norm lenient = Norm.builder().from(RegulationPacks.feedbackFollowUp())
        .parameters(Map.of("trigger", "FeedbackSubmitted", "response", "FeedbackFollowedUp", "within", "P30D")).build();
    PolicyPack college = pack("COLLEGE", AuthorityLevel.INSTITUTION, RegulationPacks.feedbackFollowUp());
    PolicyPack institute = PolicyPack.builder().from(pack("INSTITUTE", AuthorityLevel.INSTITUTION, lenient))
        .institution(SampleProgramme.INSTITUTE).build();
    List<LintWarning> warnings = lint(RuleEngine.builder().addPack(college).addPack(institute)
        .conflictPolicy(new ConflictPolicy(List.of(ResolutionStep.HIGHER_AUTHORITY), ResolutionStep.ESCALATE)));
    List<LintWarning> escalated = warnings.stream().filter(w -> w.check().equals("escalated-conflict")).toList();
    assertEquals(List.of("COLLEGE@1", "INSTITUTE@1"), escalated.stream().map(LintWarning::source).toList());
    assertTrue(escalated.get(0).message().contains("escalated to a person"), escalated.get(0).message());
    assertEquals(List.of(), lint(RuleEngine.builder().addPack(college).addPack(institute)).stream()
        .filter(w -> w.check().equals("escalated-conflict")).toList(), "the standard policy takes the stricter value");
  }

  @Test
  void periodsLongerThanAnyProgramme_areOutsideCommonRanges() {
    Norm instant = Norm.builder().from(RegulationPacks.feedbackFollowUp())
        .parameters(Map.of("trigger", "FeedbackSubmitted", "response", "FeedbackFollowedUp", "within", "P9Y")).build();
    Norm months = Norm.builder().from(RegulationPacks.healthAdjustment())
        .parameters(Map.of("trigger", "HealthAdjustmentRequested", "response", "HealthAdjustmentMade", "within", "P140M")).build();
    List<LintWarning> warnings = lint(RuleEngine.builder().addPack(pack("P", AuthorityLevel.NATIONAL, instant, months)));
    List<LintWarning> ranges = warnings.stream().filter(w -> w.check().equals("parameter-range")).toList();
    assertEquals(List.of("$.pack.norms[0].parameters.within", "$.pack.norms[1].parameters.within"),
        ranges.stream().map(LintWarning::path).toList(), warnings::toString);
    assertTrue(ranges.get(1).message().contains("P140M"), ranges.get(1).message());
  }

  @Test
  void vocabularyNoNormReads_isUnused() {
    Vocabulary declared = TRACKS.withAttribute(AttributeOwner.TUTOR, "rank", AttributeDeclaration.choice("A", "B"));
    Norm byTrack = Norm.builder().from(RegulationPacks.feedbackFollowUp()).condition("student.track == 'CLINICAL'").build();
    LintWarning unused = only(lint(RuleEngine.builder().vocabulary(declared)
        .addPack(pack("P", AuthorityLevel.NATIONAL, byTrack))), "unused-vocabulary");
    assertEquals("vocabulary", unused.source());
    assertEquals("$.tutor.rank", unused.path());
  }
}
