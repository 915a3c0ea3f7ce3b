package org.jointcultivation.rules;

import static org.jointcultivation.rules.Programme.day;
import static org.jointcultivation.rules.Programme.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.norm.NormKind;
import org.jointcultivation.core.norm.Recurrence;
import org.jointcultivation.core.norm.RecurrenceUnit;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.SampleProgramme;
import org.jointcultivation.rules.spi.Rule;
import org.jointcultivation.rules.spi.RuleContext;
import org.jointcultivation.rules.spi.RuleProvider;
import org.jointcultivation.rules.spi.RuleScope;
import org.jointcultivation.rules.testing.RegulationPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One bad plugin rule costs its own findings for one subject, never the evaluation. */
class PluginIsolationTest {
  private static final CultivationRecord RECORD = Programme.sample().meeting(day(10)).record();

  private static RuleEngine engineWith(Function<RuleContext, List<ObligationInstance>> body) {
    return engineWith(body, RuleEngine.Builder.DEFAULT_RULE_TIME_BUDGET);
  }

  private static RuleEngine engineWith(Function<RuleContext, List<ObligationInstance>> body, Duration budget) {
    Rule rule = new Rule() {
      @Override
      public String id() {
        return "plugin";
      }

      @Override
      public RuleScope scope() {
        return RuleScope.STUDENT;
      }

      @Override
      public List<ObligationInstance> evaluate(RuleContext context) {
        return body.apply(context);
      }
    };
    return RuleEngine.builder()
        .addPack(Programme.pack("COL", AuthorityLevel.INSTITUTION, RegulationPacks.norm("monthly",
            StandardTemplates.MINIMUM_COUNT_PER_PERIOD, "monthly",
            RegulationPacks.source("College", AuthorityLevel.INSTITUTION, "Rules", "§2"), params("minimum", "1"),
            BearerRole.STUDENT).recurrence(Recurrence.every(RecurrenceUnit.MONTH)).build()))
        .addProvider(new RuleProvider() {
          @Override
          public Collection<Rule> rules() {
            return List.of(rule);
          }
        })
        .ruleTimeBudget(budget)
        .build();
  }

  /** A well-formed obligation of {@code context}'s subject with the id key {@code key}. */
  private static ObligationInstance obligation(RuleContext context, String id) {
    return ObligationInstance.builder().id(id).ruleId("plugin").kind(NormKind.OBLIGATION).title("t")
        .subject(context.subject())
        .addTransitions(new StateTransition(context.asOf(), ObligationState.IN_EFFECT, "in effect"))
        .explanation(context.explanation().sentence("fine").build()).build();
  }

  private static void assertOnlyThePluginFailed(Assessment assessment, String exceptionType, String message) {
    assertEquals(2, assessment.errors().size(), assessment.errors().toString());
    for (RuleError error : assessment.errors()) {
      assertEquals("plugin", error.ruleId());
      assertEquals(exceptionType, error.exceptionType());
      assertTrue(error.message().contains(message), error.message());
    }
    assertTrue(assessment.obligations().stream().noneMatch(o -> o.ruleId().equals("plugin")),
        "none of what the broken rule returned is kept");
    assertTrue(assessment.obligations().stream().anyMatch(o -> o.ruleId().equals("monthly")),
        "the rest of the evaluation completed");
  }

  @Test
  void ruleThrowingAnError_yieldsARuleError() {
    Assessment assessment = engineWith(c -> {
      throw new StackOverflowError("deep");
    }).evaluate(RECORD, day(40));
    assertOnlyThePluginFailed(assessment, StackOverflowError.class.getName(), "deep");
  }

  @Test
  void ruleReturningNullOrAListHoldingNull_yieldsARuleError() {
    assertOnlyThePluginFailed(engineWith(c -> null).evaluate(RECORD, day(40)),
        IllegalStateException.class.getName(), "returned null");
    List<ObligationInstance> holdingNull = new ArrayList<>();
    holdingNull.add(null);
    assertOnlyThePluginFailed(engineWith(c -> holdingNull).evaluate(RECORD, day(40)),
        IllegalStateException.class.getName(), "holding null");
  }

  @Test
  void ruleReportingAnotherSubject_yieldsARuleError() {
    Assessment assessment = engineWith(c -> List.of(ObligationInstance.builder()
        .from(obligation(c, c.obligationId("x"))).subject(Subject.of(StudentId.of(
            c.student().orElseThrow().equals(SampleProgramme.STUDENT) ? "S-2" : "S-1"))).build()))
        .evaluate(RECORD, day(40));
    assertOnlyThePluginFailed(assessment, IllegalStateException.class.getName(), "is about student S-");
  }

  @Test
  void ruleReturningIdsTwiceOrOutsideItsSpace_yieldsARuleError() {
    assertOnlyThePluginFailed(engineWith(c -> List.of(obligation(c, c.obligationId("x")),
        obligation(c, c.obligationId("x")))).evaluate(RECORD, day(40)),
        IllegalStateException.class.getName(), "used twice");
    // An id another rule's space holds: the standard rule's first month for this student.
    assertOnlyThePluginFailed(engineWith(c -> List.of(obligation(c, "monthly/" + c.subject() + "/2025-09")))
        .evaluate(RECORD, day(40)), IllegalStateException.class.getName(), "does not start with 'plugin/");
  }

  @Test
  void obligationIds_areUniqueAcrossTheAssessment() {
    Assessment assessment = engineWith(c -> List.of(obligation(c, c.obligationId("x")))).evaluate(RECORD, day(40));
    assertTrue(assessment.errors().isEmpty(), assessment.errors().toString());
    assertEquals(assessment.obligations().size(),
        assessment.obligations().stream().map(ObligationInstance::id).distinct().count());
  }

  @Test
  @Timeout(30)
  void ruleThatNeverReturns_isCutOffAtItsBudget_andTheEvaluationCompletes() {
    java.util.concurrent.CountDownLatch endOfTest = new java.util.concurrent.CountDownLatch(1);
    RuleEngine engine = engineWith(c -> {
      while (true) { // ignores interruption on purpose, the worst case; idle, so it costs no CPU
        try {
          if (endOfTest.await(1, java.util.concurrent.TimeUnit.HOURS)) {
            return List.of();
          }
        } catch (InterruptedException ignored) {
          // a hanging plugin does not answer interruption
        }
      }
    }, Duration.ofMillis(200));
    try {
      Assessment assessment = engine.evaluate(RECORD, day(40));

      assertOnlyThePluginFailed(assessment, java.util.concurrent.TimeoutException.class.getName(), "PT0.2S");
    } finally {
      endOfTest.countDown();
    }
  }

  @Test
  void budget_mustBePositiveAndAtMostAnHour() {
    assertThrows(IllegalArgumentException.class, () -> RuleEngine.builder().ruleTimeBudget(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> RuleEngine.builder().ruleTimeBudget(Duration.ofHours(2)));
    assertEquals(Duration.ofSeconds(3), RuleEngine.builder().ruleTimeBudget(Duration.ofSeconds(3)).build()
        .ruleTimeBudget());
  }

  @Test
  void pluginRule_runsUnderAConfigurationOfItsOwnScope() {
    for (RuleScope scope : RuleScope.values()) {
      Rule rule = new Rule() {
        @Override
        public String id() {
          return "p";
        }

        @Override
        public RuleScope scope() {
          return scope;
        }

        @Override
        public List<ObligationInstance> evaluate(RuleContext context) {
          return List.of();
        }
      };
      org.jointcultivation.rules.spi.ConfiguredRule configuration = RuleStage.pluginConfiguration(rule, "plugin:x.Y");
      BearerRole expected = switch (scope) {
        case STUDENT -> BearerRole.STUDENT;
        case TUTOR -> BearerRole.TUTOR;
        case AGREEMENT -> BearerRole.HOST_INSTITUTION;
        case INSTITUTION -> BearerRole.INSTITUTION;
      };
      assertEquals(java.util.Set.of(expected), configuration.norm().bearers(), scope.toString());
      assertEquals("p", configuration.ruleId());
    }
  }
}
