package org.jointcultivation.rules;

import static org.jointcultivation.core.testing.SampleProgramme.COLLEGE;
import static org.jointcultivation.core.testing.SampleProgramme.OTHER_STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.MeasureKind;
import org.jointcultivation.core.event.PublicationSubmitted;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.MeasureSubject;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.RewardPolicy;
import org.jointcultivation.core.norm.RewardRecipient;
import org.jointcultivation.core.norm.SanctionPolicy;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.SampleProgramme;
import org.jointcultivation.rules.spi.ConfiguredMeasure;
import org.jointcultivation.rules.spi.MeasureContext;
import org.jointcultivation.rules.spi.MeasureCriterion;
import org.jointcultivation.rules.spi.MeasureRule;
import org.jointcultivation.rules.spi.ParameterDeclaration;
import org.jointcultivation.rules.spi.RuleProvider;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;

/** Reward and sanction criteria are an extension point: a provider's criterion is named, checked and run like ours. */
class MeasureCriteriaTest {
  private static final LocalDate AS_OF = SampleProgramme.START.plusDays(200);

  /** A third party's reward: a thesis prize for a student with at least {@code minimumPapers} papers. */
  static class ThesisPrizeCriterion implements MeasureCriterion {
    @Override
    public String name() {
      return "thesis-prize";
    }

    @Override
    public MeasureKind kind() {
      return MeasureKind.REWARD;
    }

    @Override
    public Set<RuleScope> scopes() {
      return Set.of(RuleScope.STUDENT);
    }

    @Override
    public List<ParameterDeclaration> parameters() {
      return List.of(ParameterDeclaration.wholeNumber("minimumPapers", 1, 20, "papers needed").asRequired());
    }

    @Override
    public MeasureRule create(ConfiguredMeasure policy) {
      int minimum = policy.intParameter("minimumPapers");
      RewardPolicy reward = policy.reward().orElseThrow();
      return context -> {
        List<PublicationSubmitted> papers = context.facts().events(PublicationSubmitted.class).stream()
            .filter(p -> !p.date().isAfter(context.asOf())).toList();
        if (papers.size() < minimum) {
          return List.of();
        }
        StudentId student = ((Subject.Student) context.subject()).id();
        return List.of(Proposal.builder().subject(Subject.of(student)).kind(MeasureKind.REWARD).code(reward.rewardCode())
            .label(reward.title()).policyId(reward.id()).addReasons(papers.size() + " papers")
            .evidence(papers.stream().map(PublicationSubmitted::id).toList())
            .governingRegulations(context.facts().governingRegulations())
            .explanation(context.explanation().computed(papers.size() + " papers").required("≥ " + minimum)
                .sentence("propose " + reward.rewardCode() + " for " + student).build())
            .build());
      };
    }
  }

  private static RuleProvider providing(MeasureCriterion criterion) {
    return new RuleProvider() {
      @Override
      public Collection<MeasureCriterion> criteria() {
        return List.of(criterion);
      }
    };
  }

  private static RewardPolicy prize(Map<String, String> parameters) {
    return RewardPolicy.builder().id("thesis-prize").title("Thesis prize").source(RegulationPacks.source("College", AuthorityLevel.INSTITUTION, "Prizes", "§9"))
        .criterion("thesis-prize").parameters(parameters).addRecipients(RewardRecipient.TRAINEE)
        .rewardCode("THESIS_PRIZE").build();
  }

  private static PolicyPack packWith(RewardPolicy policy) {
    return PolicyPack.builder().id("COLLEGE").version("1").title("College rules").layer(AuthorityLevel.INSTITUTION)
        .institution(COLLEGE).addRewardPolicy(policy).build();
  }

  private static PublicationSubmitted paper(String id, StudentId student) {
    return PublicationSubmitted.builder().id(EventId.of(id)).date(SampleProgramme.START.plusDays(100)).student(student)
        .title("Paper " + id).addAuthors(author(student)).addCorrespondingAuthor(author(student)).build();
  }

  private static org.jointcultivation.core.event.Author author(StudentId student) {
    return org.jointcultivation.core.event.Author.of("Student " + student.value(), student, COLLEGE);
  }

  @Test
  void aProvidersCriterion_proposesForTheSubjectsItFinds() {
    RuleEngine engine = RuleEngine.builder().addProvider(providing(new ThesisPrizeCriterion()))
        .addPack(packWith(prize(Map.of("minimumPapers", "2")))).build();
    CultivationRecord record = SampleProgramme.builder()
        .addEvent(paper("P-1", STUDENT)).addEvent(paper("P-2", STUDENT)).addEvent(paper("P-3", OTHER_STUDENT))
        .build();

    Assessment assessment = engine.evaluate(record, AS_OF);

    assertEquals(List.of("THESIS_PRIZE"), assessment.proposalsFor(STUDENT).stream().map(Proposal::code).toList());
    assertEquals(List.of(), assessment.proposalsFor(OTHER_STUDENT), "one paper is not enough");
    Proposal prize = assessment.proposalsFor(STUDENT).get(0);
    assertEquals("COLLEGE@1", prize.explanation().pack());
    assertTrue(prize.explanation().parameters().stream()
        .anyMatch(p -> p.name().equals("minimumPapers") && p.value().equals("2")), prize.explanation().toString());
  }

  @Test
  void aMisspeltParameterOfACriterion_failsTheBuild_namingPackPolicyAndParameter() {
    RuleConfigurationException e = assertThrows(RuleConfigurationException.class, () -> RuleEngine.builder()
        .addProvider(providing(new ThesisPrizeCriterion()))
        .addPack(packWith(prize(Map.of("minimumPaper", "2")))).build());

    assertTrue(e.getMessage().contains("COLLEGE@1"), e.getMessage());
    assertTrue(e.getMessage().contains("thesis-prize"), e.getMessage());
    assertTrue(e.getMessage().contains("minimumPaper"), e.getMessage());
    assertTrue(e.getMessage().contains("did you mean 'minimumPapers'"), e.getMessage());
  }

  @Test
  void aMissingRequiredParameter_andAValueOutOfBounds_failTheBuild() {
    RuleEngine.Builder builder = RuleEngine.builder().addProvider(providing(new ThesisPrizeCriterion()));
    RuleConfigurationException missing = assertThrows(RuleConfigurationException.class,
        () -> builder.addPack(packWith(prize(Map.of()))).build());
    assertTrue(missing.getMessage().contains("is required by criterion thesis-prize"), missing.getMessage());

    RuleConfigurationException bounds = assertThrows(RuleConfigurationException.class, () -> RuleEngine.builder()
        .addProvider(providing(new ThesisPrizeCriterion())).addPack(packWith(prize(Map.of("minimumPapers", "0"))))
        .build());
    assertTrue(bounds.getMessage().contains("must be between 1 and 20, not 0"), bounds.getMessage());
  }

  @Test
  void theStandardCriteria_declareTheirParameters_soAMisspellingThereFailsToo() {
    RewardPolicy misspelt = RewardPolicy.builder().from(RegulationPacks.excellentTrainee())
        .parameters(Map.of("outcome", "EXCELLENT", "minimumPublication", "1", "window", "P1Y")).build();
    RuleConfigurationException e = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().addPack(packWith(misspelt)).build());

    assertTrue(e.getMessage().contains("did you mean 'minimumPublications'"), e.getMessage());
  }

  @Test
  void anUnknownCriterion_orOneOfTheOtherKind_failsTheBuild() {
    RuleConfigurationException unknown = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().addPack(packWith(prize(Map.of("minimumPapers", "2")))).build());
    assertTrue(unknown.getMessage().contains("unknown reward criterion 'thesis-prize'"), unknown.getMessage());
    assertTrue(unknown.getMessage().contains("excellent-trainee"), unknown.getMessage());

    RewardPolicy wrongKind = RewardPolicy.builder().from(prize(Map.of())).criterion(SanctionPolicy.OFFENCE_LADDER)
        .build();
    RuleConfigurationException kind = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().addPack(packWith(wrongKind)).build());
    assertTrue(kind.getMessage().contains("proposes sanctions, but this is a reward policy"), kind.getMessage());
  }

  @Test
  void aSanctionPolicyForASubjectItsCriterionDoesNotServe_failsTheBuild() {
    MeasureCriterion studentsOnly = new MeasureCriterion() {
      @Override
      public String name() {
        return "students-only";
      }

      @Override
      public MeasureKind kind() {
        return MeasureKind.SANCTION;
      }

      @Override
      public Set<RuleScope> scopes() {
        return Set.of(RuleScope.STUDENT);
      }

      @Override
      public MeasureRule create(ConfiguredMeasure policy) {
        return context -> List.of();
      }
    };
    SanctionPolicy forTutors = SanctionPolicy.builder().from(RegulationPacks.studentLadder())
        .subject(MeasureSubject.TUTOR).criterion("students-only").build();
    PolicyPack pack = PolicyPack.builder().id("COLLEGE").version("1").title("College rules")
        .layer(AuthorityLevel.INSTITUTION).institution(COLLEGE).addSanctionPolicy(forTutors).build();

    RuleConfigurationException e = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().addProvider(providing(studentsOnly)).addPack(pack).build());

    assertTrue(e.getMessage().contains("subject"), e.getMessage());
    assertTrue(e.getMessage().contains("only for [STUDENT]"), e.getMessage());
  }

  @Test
  void aCriterionThatThrowsOrHangs_leavesOneErrorPerSubject_andTheRestComplete() {
    MeasureCriterion throwing = new ThesisPrizeCriterion() {
      @Override
      public MeasureRule create(ConfiguredMeasure policy) {
        return context -> {
          if (context.subject().equals(Subject.of(STUDENT))) {
            throw new IllegalStateException("cannot count papers");
          }
          while (true) {
            Thread.onSpinWait(); // ignores interruption: only the budget stops it holding up the evaluation
          }
        };
      }
    };
    PolicyPack pack = PolicyPack.builder().from(packWith(prize(Map.of("minimumPapers", "2"))))
        .addSanctionPolicy(RegulationPacks.studentLadder()).addNorm(RegulationPacks.firstMeeting()).build();
    RuleEngine engine = RuleEngine.builder().addProvider(providing(throwing)).addPack(pack)
        .ruleTimeBudget(Duration.ofMillis(200)).build();

    Assessment assessment = engine.evaluate(SampleProgramme.record(), AS_OF);

    assertEquals(List.of(Subject.of(STUDENT), Subject.of(OTHER_STUDENT)),
        assessment.errors().stream().map(RuleError::subject).toList(), assessment.errors().toString());
    assertEquals(IllegalStateException.class.getName(), assessment.errors().get(0).exceptionType());
    assertTrue(assessment.errors().get(1).message().contains("time budget"), assessment.errors().get(1).message());
    assertTrue(assessment.obligations().size() > 0, "the pack's rules still ran");
  }

  @Test
  void aCriterionOfferedTwice_failsTheBuild() {
    RuleConfigurationException e = assertThrows(RuleConfigurationException.class, () -> RuleEngine.builder()
        .addProvider(providing(new ThesisPrizeCriterion())).addProvider(providing(new ThesisPrizeCriterion()))
        .build());

    assertTrue(e.getMessage().contains("criterion 'thesis-prize' is offered by both"), e.getMessage());
  }

  @Test
  void theEngine_listsEveryCriterionWithItsParameters() {
    RuleEngine engine = RuleEngine.builder().addProvider(providing(new ThesisPrizeCriterion())).build();

    Map<String, List<ParameterDeclaration>> criteria = engine.criteria();

    assertEquals(Set.of("offence-ladder", "excellent-trainee", "outstanding-teacher", "thesis-prize"),
        criteria.keySet());
    assertEquals(List.of("minimumPapers"), criteria.getOrDefault("thesis-prize", List.of()).stream()
        .map(ParameterDeclaration::name).toList());
  }

  @Test
  void measureContext_offersTheSubjectsViolations() {
    MeasureContext context = MeasureContext.of(
        org.jointcultivation.rules.spi.SubjectFacts.of(SampleProgramme.record(), AS_OF, Subject.of(STUDENT)),
        ConfiguredMeasure.of(packWith(prize(Map.of("minimumPapers", "2"))), prize(Map.of("minimumPapers", "2")),
            new ThesisPrizeCriterion().parameters()),
        List.of(), List.of());

    assertEquals(Subject.of(STUDENT), context.subject());
    assertEquals(2, context.policy().intParameter("minimumPapers"));
    assertEquals("thesis-prize", context.explanation().sentence("s").build().ruleId());
  }
}
