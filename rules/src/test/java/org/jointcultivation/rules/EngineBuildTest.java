package org.jointcultivation.rules;

import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.jointcultivation.rules.Programme.day;
import static org.jointcultivation.rules.Programme.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.norm.Recurrence;
import org.jointcultivation.core.norm.RecurrenceUnit;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleContext;
import org.jointcultivation.rules.spi.RuleProvider;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.spi.RuleTemplate;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.jointcultivation.rules.testing.Scenario;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plugins, fault isolation, and configuration errors caught when the engine is built. */
class EngineBuildTest {
  private static Norm monthly(String... parameters) {
    return RegulationPacks.norm("monthly", StandardTemplates.MINIMUM_COUNT_PER_PERIOD, "monthly",
        RegulationPacks.source("College", AuthorityLevel.INSTITUTION, "Rules", "§2"), params(parameters), BearerRole.STUDENT)
        .recurrence(Recurrence.every(RecurrenceUnit.MONTH)).build();
  }

  private static RuleProvider provider(Rule... rules) {
    return new RuleProvider() {
      @Override
      public Collection<Rule> rules() {
        return List.of(rules);
      }
    };
  }

  private static Rule rule(String id, RuleScope scope, java.util.function.Function<RuleContext, List<ObligationInstance>> body) {
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public RuleScope scope() {
        return scope;
      }

      @Override
      public List<ObligationInstance> evaluate(RuleContext context) {
        return body.apply(context);
      }
    };
  }

  /** Class path only: on the module path a provider is found through {@code provides}, see examples. */
  @Test
  @Tag("class-path")
  void discoverProviders_findsThirdPartyRulesThroughServiceLoader() {
    CultivationRecord record = Programme.sample().meeting(java.time.LocalDate.of(2025, 9, 13)).record();
    RuleEngine engine = RuleEngine.builder().discoverProviders().build();

    Scenario.given(record).under(engine).at(day(30))
        .expectStates(DiscoveredProvider.RULE_ID, STUDENT, ObligationState.VIOLATED)
        .expectViolation(DiscoveredProvider.RULE_ID, STUDENT, "was held on a SATURDAY");
    assertTrue(engine.evaluate(record, day(30)).violations().get(0).explanation().pack()
        .equals("plugin:" + DiscoveredProvider.class.getName()));
  }

  @Test
  void throwingRule_yieldsAnErrorForThatRuleAlone() {
    RuleEngine engine = RuleEngine.builder()
        .addPack(Programme.pack("COL", AuthorityLevel.INSTITUTION, monthly("minimum", "1")))
        .addProvider(provider(rule("broken", RuleScope.STUDENT, context -> {
          throw new IllegalStateException("cannot read " + context.subject());
        })))
        .build();

    Assessment assessment = engine.evaluate(Programme.sample().record(), day(40));

    assertEquals(2, assessment.errors().size(), "one per student");
    assertEquals(new RuleError("broken", Subject.of(StudentId.of("S-1")), IllegalStateException.class.getName(),
        "cannot read student S-1"),
        assessment.errors().get(0));
    assertEquals(4, assessment.obligations().size(), "the pack's rule still ran for both students");
  }

  @Test
  void duplicateRuleIds_failTheBuild() {
    Rule a = rule("same", RuleScope.STUDENT, c -> List.of());
    RuleConfigurationException twice = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().addProvider(provider(a)).addProvider(provider(a)).build());
    assertTrue(twice.getMessage().contains("rule id 'same' is offered twice"), twice.getMessage());

    RuleConfigurationException clash = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().addPack(Programme.pack("COL", AuthorityLevel.INSTITUTION, monthly("minimum", "1")))
            .addProvider(provider(rule("monthly", RuleScope.STUDENT, c -> List.of()))).build());
    assertTrue(clash.getMessage().contains("used by both COL@1"), clash.getMessage());
  }

  @Test
  void duplicateTemplateName_failsTheBuild() {
    RuleTemplate shadow = new RuleTemplate() {
      @Override
      public String name() {
        return StandardTemplates.LOAD_CAP;
      }

      @Override
      public Rule create(org.jointcultivation.rules.spi.ConfiguredRule configuration) {
        throw new UnsupportedOperationException();
      }
    };
    RuleConfigurationException error = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().addProvider(new RuleProvider() {
          @Override
          public Collection<RuleTemplate> templates() {
            return List.of(shadow);
          }
        }).build());
    assertTrue(error.getMessage().contains("template 'load-cap' is offered by both"), error.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "minimum=nine|minimum|must be a whole number, not 'nine'",
      "minimum=0|minimum|must be between 1 and 1000, not 0",
      "yearStart=09-01|minimum|is required by template minimum-count-per-period",
      "minimum=2,maximum=3|maximum|is not a parameter of template minimum-count-per-period; did you mean 'minimum'?",
      "minimum=2,suspendingLeav=SICK|suspendingLeav|is not a parameter of template minimum-count-per-period; did you mean 'suspendingLeave'?",
      "minimum=2,confirmedOnly=yes|confirmedOnly|must be true or false, not 'yes'",
      "minimum=2,event=Meeting|event|must name an event kind",
      "minimum=2,suspendingLeave=HOLIDAY|suspendingLeave|must be a comma-separated list of",
      "minimum=2,yearStart=13-45|yearStart|must be a day of the year"})
  void badParameter_failsTheBuild_namingPackRuleAndParameter(String settings, String parameter, String problem) {
    String[] pairs = settings.replace('=', ',').split(",");
    RuleConfigurationException error = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().addPack(Programme.pack("COL", AuthorityLevel.INSTITUTION, monthly(pairs))).build());
    assertEquals("COL@1", error.pack());
    assertEquals("monthly", error.ruleId());
    assertEquals(parameter, error.parameter());
    assertTrue(error.getMessage().startsWith("pack COL@1, rule monthly, parameter '" + parameter + "': "), error.getMessage());
    assertTrue(error.getMessage().contains(problem), error.getMessage());
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"P999999999Y", "P2147483647D", "P101Y", "P0D", "P-1D"})
  void periodOutOfBounds_failsTheBuild_namingTheParameter(String within) {
    org.jointcultivation.core.norm.Norm followUp = org.jointcultivation.rules.testing.RegulationPacks.norm(
        "follow-up", StandardTemplates.DEADLINE_AFTER_EVENT, "Feedback is followed up",
        org.jointcultivation.rules.testing.RegulationPacks.source("College", AuthorityLevel.INSTITUTION, "Code", "§1"),
        java.util.Map.of("trigger", "FeedbackSubmitted", "response", "FeedbackFollowedUp", "within", within),
        org.jointcultivation.core.norm.BearerRole.PERSON_IN_CHARGE).build();

    RuleConfigurationException error = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().addPack(Programme.pack("COL", AuthorityLevel.INSTITUTION, followUp)).build());

    assertEquals("within", error.parameter());
    assertTrue(error.getMessage().contains("at most 100 years"), error.getMessage());
  }

  @Test
  void misspeltParameter_failsTheBuild_insteadOfMakingAnyMeetingAnswerTheDuty() {
    org.jointcultivation.core.norm.Norm health = org.jointcultivation.core.norm.Norm.builder()
        .from(org.jointcultivation.rules.testing.RegulationPacks.healthAdjustment())
        .parameters(java.util.Map.of("trigger", "HealthAdjustmentRequested", "respones", "HealthAdjustmentMade",
            "within", "P10D"))
        .build();

    RuleConfigurationException error = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().addPack(Programme.pack("COL", AuthorityLevel.INSTITUTION, health)).build());

    assertEquals("respones", error.parameter());
    assertTrue(error.getMessage().contains("did you mean 'response'?"), error.getMessage());
  }

  @Test
  void studentApplicabilityOnATutorBorneNorm_failsTheBuild() {
    org.jointcultivation.core.norm.Norm training = org.jointcultivation.core.norm.Norm.builder()
        .from(org.jointcultivation.rules.testing.RegulationPacks.trainingPerSemester())
        .applicability(org.jointcultivation.core.norm.Applicability.builder()
            .addLevels(org.jointcultivation.core.party.StudyLevel.DOCTORAL).build())
        .build();

    RuleConfigurationException error = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().addPack(Programme.pack("COL", AuthorityLevel.INSTITUTION, training)).build());

    assertEquals("applicability", error.parameter());
    assertTrue(error.getMessage().contains("cannot be honoured"), error.getMessage());
  }

  @Test
  void templates_catalogueEveryStandardTemplateWithItsDeclaredParameters() throws Exception {
    java.util.Map<String, List<org.jointcultivation.rules.spi.ParameterDeclaration>> catalogue =
        RuleEngine.builder().build().templates();
    for (java.lang.reflect.Field field : StandardTemplates.class.getFields()) {
      String name = (String) field.get(null);
      assertTrue(catalogue.containsKey(name), name);
      assertTrue(!catalogue.getOrDefault(name, List.of()).isEmpty(), name + " declares its parameters");
    }
    assertEquals(StandardTemplates.class.getFields().length, catalogue.size());
    assertTrue(catalogue.getOrDefault(StandardTemplates.MINIMUM_COUNT_PER_PERIOD, List.of()).stream()
        .anyMatch(p -> p.name().equals("minimum") && p.required() && p.minimum() == 1));
  }

  @Test
  void rewardPolicyWithAMisspeltParameter_failsTheBuild() {
    org.jointcultivation.core.norm.RewardPolicy policy = org.jointcultivation.core.norm.RewardPolicy.builder()
        .from(org.jointcultivation.rules.testing.RegulationPacks.excellentTrainee())
        .parameters(java.util.Map.of("outcome", "EXCELLENT", "minimumPublication", "1", "window", "P1Y")).build();
    org.jointcultivation.core.norm.PolicyPack pack = org.jointcultivation.core.norm.PolicyPack.builder()
        .from(Programme.pack("COL", AuthorityLevel.INSTITUTION)).addRewardPolicy(policy).build();

    RuleConfigurationException error = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().addPack(pack).build());

    assertEquals("minimumPublication", error.parameter());
  }

  @Test
  void sanctionWindowOfAMillionYears_isRejected() {
    org.jointcultivation.core.ValidationException error = assertThrows(org.jointcultivation.core.ValidationException.class,
        () -> org.jointcultivation.core.norm.SanctionPolicy.builder()
            .from(org.jointcultivation.rules.testing.RegulationPacks.studentLadder())
            .window(java.time.Period.ofYears(999_999_999)).build());
    assertEquals("window", error.field());
  }

  @Test
  void unknownTemplate_failsTheBuild() {
    Norm norm = Norm.builder().from(monthly("minimum", "1")).template("meetings-per-fortnight").build();
    RuleConfigurationException error = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().addPack(Programme.pack("COL", AuthorityLevel.INSTITUTION, norm)).build());
    assertTrue(error.getMessage().contains("unknown rule template 'meetings-per-fortnight'"), error.getMessage());
    assertEquals("template", error.parameter());
  }

  @Test
  void unknownRewardCriterion_failsTheBuild() {
    PolicyPack pack = PolicyPack.builder().id("P").version("1").title("p").layer(AuthorityLevel.NATIONAL)
        .addRewardPolicy(org.jointcultivation.core.norm.RewardPolicy.builder().from(RegulationPacks.excellentTrainee())
            .criterion("best-dressed").build()).build();
    RuleConfigurationException error = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().addPack(pack).build());
    assertEquals("criterion", error.parameter());
  }

  @Test
  void layerNamingAnUnknownInstitution_failsTheBuildWhenCheckedAgainstTheRecord() {
    PolicyPack pack = PolicyPack.builder().id("GHOST").version("1").title("ghost").layer(AuthorityLevel.INSTITUTION)
        .institution(InstitutionId.of("NOWHERE")).addNorm(monthly("minimum", "1")).build();
    RuleConfigurationException error = assertThrows(RuleConfigurationException.class,
        () -> RuleEngine.builder().addPack(pack).validateAgainst(Programme.sample().record()).build());
    assertTrue(error.getMessage().contains("refers to institution NOWHERE, which does not exist"), error.getMessage());
  }

  @Test
  void samePackIdTwice_failsTheBuild() {
    PolicyPack pack = Programme.pack("COL", AuthorityLevel.INSTITUTION, monthly("minimum", "1"));
    PolicyPack newer = PolicyPack.builder().from(pack).version("2").build();
    assertThrows(RuleConfigurationException.class, () -> RuleEngine.builder().addPack(pack).addPack(newer).build());
  }
}
