package org.jointcultivation.rules.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.jointcultivation.core.event.AchievementKind;
import org.jointcultivation.core.event.AchievementRecorded;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.ExchangeActivityRecorded;
import org.jointcultivation.core.event.ExchangeKind;
import org.jointcultivation.core.event.MeasureKind;
import org.jointcultivation.core.norm.RewardPolicy;
import org.jointcultivation.core.norm.RewardRecipient;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.InstitutionKind;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.rules.Proposal;
import org.jointcultivation.rules.Subject;
import org.jointcultivation.rules.spi.ConfiguredMeasure;
import org.jointcultivation.rules.spi.MeasureContext;
import org.jointcultivation.rules.spi.MeasureCriterion;
import org.jointcultivation.rules.spi.MeasureRule;
import org.jointcultivation.rules.spi.ParameterDeclaration;
import org.jointcultivation.rules.spi.ParameterType;
import org.jointcultivation.rules.spi.RuleScope;

/**
 * The reward criterion {@code outstanding-teacher} (seed 2): school teachers who practise in
 * enterprises, and enterprise experts who teach at the school, for at least {@code minimumHours}
 * within the window, or with a teaching distinction in it.
 */
final class OutstandingTeacherCriterion implements MeasureCriterion {
  static final String NAME = "outstanding-teacher";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public MeasureKind kind() {
    return MeasureKind.REWARD;
  }

  @Override
  public Set<RuleScope> scopes() {
    return Set.of(RuleScope.TUTOR);
  }

  @Override
  public List<ParameterDeclaration> parameters() {
    return List.of(
        ParameterDeclaration.wholeNumber("minimumHours", 1, 100_000,
            "hours of exchange (practice in enterprises, or teaching at school) within the window").withDefault("1"),
        ParameterDeclaration.typed("window", ParameterType.PERIOD,
            "how far back hours and distinctions count, e.g. P1Y").asRequired());
  }

  @Override
  public MeasureRule create(ConfiguredMeasure configuration) {
    int minimumHours = configuration.intParameter("minimumHours");
    Period window = configuration.period("window");
    return context -> propose(context, minimumHours, window);
  }

  private static List<Proposal> propose(MeasureContext context, int minimumHours, Period window) {
    TutorId tutor = ((Subject.Tutor) context.subject()).id();
    RewardPolicy policy = context.policy().reward().orElseThrow();
    LocalDate asOf = context.asOf();
    LocalDate from = asOf.minus(window);
    boolean enterprise = context.record().tutor(tutor).flatMap(t -> context.record().institution(t.homeInstitution()))
        .map(i -> i.kind() == InstitutionKind.ENTERPRISE).orElse(false);
    RewardRecipient role = enterprise ? RewardRecipient.ENTERPRISE_EXPERT : RewardRecipient.TEACHER;
    if (!policy.recipients().contains(role)) {
      return List.of();
    }
    ExchangeKind kind = enterprise ? ExchangeKind.EXPERT_TEACHING_AT_SCHOOL : ExchangeKind.TEACHER_PRACTICE_IN_ENTERPRISE;
    List<CultivationEvent> recent = context.facts().events().stream()
        .filter(e -> e.date().isAfter(from) && !e.date().isAfter(asOf)).toList();
    List<ExchangeActivityRecorded> exchanges = recent.stream().filter(ExchangeActivityRecorded.class::isInstance)
        .map(ExchangeActivityRecorded.class::cast).filter(x -> x.tutor().equals(tutor) && x.kind() == kind).toList();
    int hours = exchanges.stream().mapToInt(ExchangeActivityRecorded::hours).sum();
    List<AchievementRecorded> distinctions = recent.stream().filter(AchievementRecorded.class::isInstance)
        .map(AchievementRecorded.class::cast)
        .filter(a -> a.subject().equals(tutor) && a.kind() == AchievementKind.OUTSTANDING_TEACHING).toList();
    if ((hours < minimumHours && distinctions.isEmpty())
        || Rewards.alreadyRewarded(context.record(), tutor, policy.rewardCode(), from, asOf)) {
      return List.of();
    }
    List<EventId> evidence = ImmutableList.<EventId>builder()
        .addAll(exchanges.stream().map(ExchangeActivityRecorded::id).toList())
        .addAll(distinctions.stream().map(AchievementRecorded::id).toList()).build();
    String computed = hours + " hours of " + kind + (distinctions.isEmpty() ? "" : " and " + distinctions.size()
        + " teaching distinctions") + " within " + window;
    // The institution whose pack rewards the work decides, as it may reward visitors too.
    List<InstitutionId> governing = context.policy().pack().institution().map(List::of)
        .orElseGet(() -> context.facts().governingRegulations());
    return List.of(Rewards.proposal(context, tutor, evidence, governing, computed,
        "≥ " + minimumHours + " hours of " + kind + " or a teaching distinction, as " + role));
  }
}
