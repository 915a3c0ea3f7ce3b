package org.jointcultivation.rules.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.MeasureKind;
import org.jointcultivation.core.event.MilestoneReviewed;
import org.jointcultivation.core.event.PublicationSubmitted;
import org.jointcultivation.core.event.ReviewOutcome;
import org.jointcultivation.core.norm.RewardPolicy;
import org.jointcultivation.core.norm.RewardRecipient;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
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
 * The reward criterion {@code excellent-trainee} (seed 1): a milestone review with the set outcome
 * and at least {@code minimumPublications} papers within the window, and no violation of the
 * trainee's own duties in it, reward the trainee and, if the policy says so, their tutors.
 */
final class ExcellentTraineeCriterion implements MeasureCriterion {
  static final String NAME = "excellent-trainee";

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
    return Set.of(RuleScope.STUDENT);
  }

  @Override
  public List<ParameterDeclaration> parameters() {
    return List.of(
        ParameterDeclaration.choice("outcome", ParameterType.CHOICE, ReviewOutcome.class,
            "the milestone review outcome that counts").withDefault("EXCELLENT"),
        ParameterDeclaration.wholeNumber("minimumPublications", 0, 1000,
            "papers the trainee must have submitted within the window").withDefault("0"),
        ParameterDeclaration.typed("window", ParameterType.PERIOD,
            "how far back the review and papers count, e.g. P1Y").asRequired());
  }

  @Override
  public MeasureRule create(ConfiguredMeasure configuration) {
    ReviewOutcome outcome = configuration.enumParameter("outcome", ReviewOutcome.class);
    int minimumPublications = configuration.intParameter("minimumPublications");
    Period window = configuration.period("window");
    return context -> propose(context, outcome, minimumPublications, window);
  }

  private static List<Proposal> propose(MeasureContext context, ReviewOutcome outcome, int minimumPublications,
      Period window) {
    StudentId student = ((Subject.Student) context.subject()).id();
    RewardPolicy policy = context.policy().reward().orElseThrow();
    LocalDate asOf = context.asOf();
    LocalDate from = asOf.minus(window);
    List<CultivationEvent> recent = context.facts().events().stream()
        .filter(e -> e.date().isAfter(from) && !e.date().isAfter(asOf)).toList();
    Optional<MilestoneReviewed> review = recent.stream().filter(MilestoneReviewed.class::isInstance)
        .map(MilestoneReviewed.class::cast).filter(r -> r.outcome() == outcome).findFirst();
    List<PublicationSubmitted> papers = recent.stream().filter(PublicationSubmitted.class::isInstance)
        .map(PublicationSubmitted.class::cast).filter(p -> p.student().equals(student)).toList();
    boolean clean = context.violationsAbout().stream()
        .noneMatch(v -> v.date().isAfter(from) && v.obligation().bearers().contains(student));
    if (review.isEmpty() || papers.size() < minimumPublications || !clean) {
      return List.of();
    }
    List<EventId> evidence = ImmutableList.<EventId>builder().add(review.get().id())
        .addAll(papers.stream().map(PublicationSubmitted::id).toList()).build();
    String computed = review.get().milestone() + " " + outcome + " in " + review.get().id() + ", "
        + papers.size() + " publications, no violations of the trainee's own duties within " + window;
    List<PersonId> recipients = new ArrayList<>();
    if (policy.recipients().contains(RewardRecipient.TRAINEE)) {
      recipients.add(student);
    }
    if (policy.recipients().contains(RewardRecipient.TUTORS)) {
      context.facts().teamOn(review.get().date()).ifPresent(t -> recipients.addAll(t.team()));
    }
    List<Proposal> proposals = new ArrayList<>();
    for (PersonId recipient : recipients) {
      if (Rewards.alreadyRewarded(context.record(), recipient, policy.rewardCode(), from, asOf)) {
        continue;
      }
      proposals.add(Rewards.proposal(context, recipient, evidence, context.facts().governingRegulations(), computed,
          outcome + " review and ≥ " + minimumPublications + " publications within " + window
              + (recipient.equals(student) ? "" : ", rewarded together with trainee " + student)));
    }
    return proposals;
  }
}
