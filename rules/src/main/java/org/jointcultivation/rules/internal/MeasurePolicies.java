package org.jointcultivation.rules.internal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jointcultivation.core.agreement.TerminationClause;
import org.jointcultivation.core.agreement.TerminationGround;
import org.jointcultivation.core.event.AchievementKind;
import org.jointcultivation.core.event.AchievementRecorded;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.Decision;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.ExchangeActivityRecorded;
import org.jointcultivation.core.event.ExchangeKind;
import org.jointcultivation.core.event.IncidentKind;
import org.jointcultivation.core.event.IncidentReported;
import org.jointcultivation.core.event.Measure;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.event.MeasureKind;
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.event.MilestoneReviewed;
import org.jointcultivation.core.event.PublicationSubmitted;
import org.jointcultivation.core.event.ReviewOutcome;
import org.jointcultivation.core.event.Severity;
import org.jointcultivation.core.norm.LadderStep;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.RewardPolicy;
import org.jointcultivation.core.norm.RewardRecipient;
import org.jointcultivation.core.norm.SanctionPolicy;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.InstitutionKind;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Explanation;
import org.jointcultivation.rules.ParameterSetting;
import org.jointcultivation.rules.Proposal;
import org.jointcultivation.rules.RuleConfigurationException;
import org.jointcultivation.rules.Violation;

/**
 * Proposes sanctions and rewards from history. Sanctions climb a ladder: each {@code
 * violationsPerStep} offences (violations the subject bears, and reported incidents) within the
 * window since the last decided step propose the next step; a serious insubordination or
 * disciplinary offence proposes the step that ends the joint cultivation. Decided measures
 * consume the offences before them; a proposal still awaiting a decision is not repeated.
 */
public final class MeasurePolicies {
  static final String EXCELLENT_TRAINEE = "excellent-trainee";
  static final String OUTSTANDING_TEACHER = "outstanding-teacher";

  private MeasurePolicies() {}

  /** Checks a reward policy's criterion and parameters when the engine is built. */
  public static void validate(PolicyPack pack, RewardPolicy policy) {
    java.util.Set<String> known = switch (policy.criterion()) {
      case EXCELLENT_TRAINEE -> java.util.Set.of("outcome", "minimumPublications", "window");
      case OUTSTANDING_TEACHER -> java.util.Set.of("minimumHours", "window");
      default -> java.util.Set.of();
    };
    for (String name : policy.parameters().keySet()) {
      if (!known.isEmpty() && !known.contains(name)) { // nothing configured is silently ignored
        throw new RuleConfigurationException(pack.coordinates(), policy.id(), name,
            "is not a parameter of criterion " + policy.criterion() + "; its parameters are " + new java.util.TreeSet<>(known));
      }
    }
    switch (policy.criterion()) {
      case EXCELLENT_TRAINEE -> {
        parseEnum(pack, policy, "outcome", ReviewOutcome.class, "EXCELLENT");
        intParameter(pack, policy, "minimumPublications", 0);
        period(pack, policy, "window");
      }
      case OUTSTANDING_TEACHER -> {
        intParameter(pack, policy, "minimumHours", 1);
        period(pack, policy, "window");
      }
      default -> throw new RuleConfigurationException(pack.coordinates(), policy.id(), "criterion",
          "unknown reward criterion '" + policy.criterion() + "'; known: " + EXCELLENT_TRAINEE + ", " + OUTSTANDING_TEACHER);
    }
  }

  public static List<Proposal> sanctions(PolicyPack pack, SanctionPolicy policy, PersonId subject,
      CultivationRecord record, LocalDate asOf, List<Violation> borne, List<InstitutionId> governing,
      Optional<TerminationClause> termination) {
    Set<String> codes = policy.ladder().stream().map(LadderStep::code).collect(java.util.stream.Collectors.toSet());
    List<CultivationEvent> history = events(record, subject).stream().filter(e -> !e.date().isAfter(asOf)).toList();
    List<MeasureDecided> decided = history.stream().filter(MeasureDecided.class::isInstance)
        .map(MeasureDecided.class::cast)
        .filter(d -> d.subject().equals(subject) && d.decision() != Decision.REJECTED)
        .filter(d -> measureOf(record, d).map(m -> codes.contains(m.code())).orElse(false))
        .toList();
    boolean pending = history.stream().filter(MeasureProposed.class::isInstance).map(MeasureProposed.class::cast)
        .filter(p -> p.subject().equals(subject) && codes.contains(p.measure().code()))
        .anyMatch(p -> history.stream().noneMatch(e -> e instanceof MeasureDecided d && d.proposal().equals(p.id())));
    if (pending) {
      return List.of();
    }
    LocalDate since = decided.stream().map(MeasureDecided::date).max(Comparator.naturalOrder())
        .orElse(LocalDate.MIN);
    LocalDate windowStart = asOf.minus(policy.window());
    List<Violation> offences = borne.stream()
        .filter(v -> v.date().isAfter(since) && v.date().isAfter(windowStart)).toList();
    List<IncidentReported> incidents = history.stream().filter(IncidentReported.class::isInstance)
        .map(IncidentReported.class::cast)
        .filter(i -> i.subject().equals(subject) && i.date().isAfter(since) && i.date().isAfter(windowStart))
        .toList();
    Optional<IncidentReported> grave = incidents.stream()
        .filter(i -> i.severity() == Severity.SERIOUS && (i.kind() == IncidentKind.INSUBORDINATION
            || i.kind() == IncidentKind.SERIOUS_DISCIPLINARY_OFFENCE))
        .findFirst();
    int count = offences.size() + incidents.size();
    LadderStep step;
    List<String> reasons = new ArrayList<>();
    Optional<LadderStep> terminal = policy.ladder().stream().filter(LadderStep::endsJointCultivation).findFirst();
    if (grave.isPresent() && terminal.isPresent()) {
      step = terminal.get();
      TerminationGround ground = grave.get().kind() == IncidentKind.INSUBORDINATION
          ? TerminationGround.INSUBORDINATION : TerminationGround.SERIOUS_DISCIPLINARY_OFFENCE;
      reasons.add("serious " + grave.get().kind() + " reported in " + grave.get().id() + " on " + grave.get().date());
      reasons.add(termination.map(t -> t.grounds().contains(ground)
              ? "the agreement's clause " + t.reference() + " allows termination for " + ground
              : "the agreement's clause " + t.reference() + " does not list " + ground + " as a ground: a person must weigh this")
          .orElse("the agreement has no termination clause: a person must weigh this"));
    } else if (count >= policy.violationsPerStep()) {
      step = policy.ladder().get(Math.min(decided.size(), policy.ladder().size() - 1));
      offences.forEach(v -> reasons.add(v.date() + ": " + v.explanation().sentence()));
      incidents.forEach(i -> reasons.add(i.date() + ": " + i.kind() + " (" + i.severity() + ") reported in " + i.id()));
    } else {
      return List.of();
    }
    String computed = count + " offences since " + (since.equals(LocalDate.MIN) ? "the start" : "the decision of " + since)
        + " within " + policy.window() + "; " + decided.size() + " steps decided before";
    String required = policy.violationsPerStep() + " per step of " + policy.ladder().stream().map(LadderStep::code).toList();
    Explanation explanation = Explanation.builder().ruleId(policy.id()).pack(pack.coordinates())
        .citation(policy.source().citation())
        .addParameters(new ParameterSetting("violationsPerStep", String.valueOf(policy.violationsPerStep()),
            pack.coordinates(), pack.layer()))
        .addParameters(new ParameterSetting("window", policy.window().toString(), pack.coordinates(), pack.layer()))
        .addAllCountedEvents(incidents.stream().map(IncidentReported::id).toList())
        .computed(computed).required(required)
        .sentence("propose " + step.code() + " for " + subject + ": " + computed + "; " + pack.coordinates()
            + " (" + policy.source().citation() + ") moves one step per " + policy.violationsPerStep()
            + " offences; decided under the regulations of " + governing)
        .build();
    return List.of(Proposal.builder().subject(subject).kind(MeasureKind.SANCTION).code(step.code())
        .label(step.label()).policyId(policy.id()).reasons(reasons)
        .evidence(incidents.stream().map(IncidentReported::id).toList())
        .violations(offences.stream().map(v -> v.obligation().id()).toList())
        .governingRegulations(governing).dueProcess(step.dueProcess()).appealWindow(policy.appealWindow())
        .endsJointCultivation(step.endsJointCultivation()).explanation(explanation).build());
  }

  public static List<Proposal> rewards(PolicyPack pack, RewardPolicy policy, CultivationRecord record,
      LocalDate asOf, Map<StudentId, List<Violation>> violationsByStudent, List<InstitutionId> governing,
      StudentId student) {
    if (!policy.criterion().equals(EXCELLENT_TRAINEE)) {
      return List.of();
    }
    ReviewOutcome outcome = parseEnum(pack, policy, "outcome", ReviewOutcome.class, "EXCELLENT");
    int minimumPublications = intParameter(pack, policy, "minimumPublications", 0);
    Period window = period(pack, policy, "window");
    LocalDate from = asOf.minus(window);
    List<CultivationEvent> recent = record.eventsOf(student).stream()
        .filter(e -> e.date().isAfter(from) && !e.date().isAfter(asOf)).toList();
    Optional<MilestoneReviewed> review = recent.stream().filter(MilestoneReviewed.class::isInstance)
        .map(MilestoneReviewed.class::cast).filter(r -> r.outcome() == outcome).findFirst();
    List<PublicationSubmitted> papers = recent.stream().filter(PublicationSubmitted.class::isInstance)
        .map(PublicationSubmitted.class::cast).filter(p -> p.student().equals(student)).toList();
    boolean clean = violationsByStudent.getOrDefault(student, List.of()).stream()
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
      record.assignmentOn(student, review.get().date()).ifPresent(t -> recipients.addAll(t.team()));
    }
    List<Proposal> proposals = new ArrayList<>();
    for (PersonId recipient : recipients) {
      if (alreadyRewarded(record, recipient, policy.rewardCode(), from, asOf)) {
        continue;
      }
      proposals.add(reward(pack, policy, recipient, evidence, governing, computed,
          outcome + " review and ≥ " + minimumPublications + " publications within " + window
              + (recipient.equals(student) ? "" : ", rewarded together with trainee " + student)));
    }
    return proposals;
  }

  /** Seed 2: outstanding school teachers (practice in enterprises) and enterprise experts (teaching). */
  public static List<Proposal> teacherRewards(PolicyPack pack, RewardPolicy policy, CultivationRecord record,
      LocalDate asOf, Tutor tutor, List<InstitutionId> governing) {
    if (!policy.criterion().equals(OUTSTANDING_TEACHER)) {
      return List.of();
    }
    int minimumHours = intParameter(pack, policy, "minimumHours", 1);
    Period window = period(pack, policy, "window");
    LocalDate from = asOf.minus(window);
    boolean enterprise = record.institution(tutor.homeInstitution())
        .map(i -> i.kind() == InstitutionKind.ENTERPRISE).orElse(false);
    RewardRecipient role = enterprise ? RewardRecipient.ENTERPRISE_EXPERT : RewardRecipient.TEACHER;
    if (!policy.recipients().contains(role)) {
      return List.of();
    }
    ExchangeKind kind = enterprise ? ExchangeKind.EXPERT_TEACHING_AT_SCHOOL : ExchangeKind.TEACHER_PRACTICE_IN_ENTERPRISE;
    List<CultivationEvent> recent = record.eventsOf(tutor.id()).stream()
        .filter(e -> e.date().isAfter(from) && !e.date().isAfter(asOf)).toList();
    List<ExchangeActivityRecorded> exchanges = recent.stream().filter(ExchangeActivityRecorded.class::isInstance)
        .map(ExchangeActivityRecorded.class::cast).filter(x -> x.tutor().equals(tutor.id()) && x.kind() == kind).toList();
    int hours = exchanges.stream().mapToInt(ExchangeActivityRecorded::hours).sum();
    List<AchievementRecorded> distinctions = recent.stream().filter(AchievementRecorded.class::isInstance)
        .map(AchievementRecorded.class::cast)
        .filter(a -> a.subject().equals(tutor.id()) && a.kind() == AchievementKind.OUTSTANDING_TEACHING).toList();
    if ((hours < minimumHours && distinctions.isEmpty())
        || alreadyRewarded(record, tutor.id(), policy.rewardCode(), from, asOf)) {
      return List.of();
    }
    List<EventId> evidence = ImmutableList.<EventId>builder()
        .addAll(exchanges.stream().map(ExchangeActivityRecorded::id).toList())
        .addAll(distinctions.stream().map(AchievementRecorded::id).toList()).build();
    String computed = hours + " hours of " + kind + (distinctions.isEmpty() ? "" : " and " + distinctions.size()
        + " teaching distinctions") + " within " + window;
    return List.of(reward(pack, policy, tutor.id(), evidence, governing, computed,
        "≥ " + minimumHours + " hours of " + kind + " or a teaching distinction, as " + role));
  }

  private static Proposal reward(PolicyPack pack, RewardPolicy policy, PersonId recipient, List<EventId> evidence,
      List<InstitutionId> governing, String computed, String required) {
    List<ParameterSetting> settings = policy.parameters().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> new ParameterSetting(e.getKey(), e.getValue(), pack.coordinates(), pack.layer())).toList();
    Explanation explanation = Explanation.builder().ruleId(policy.id()).pack(pack.coordinates())
        .citation(policy.source().citation()).addAllParameters(settings).addAllCountedEvents(evidence)
        .computed(computed).required(required)
        .sentence("propose " + policy.rewardCode() + " for " + recipient + ": " + computed + "; "
            + pack.coordinates() + " (" + policy.source().citation() + ") rewards " + required)
        .build();
    return Proposal.builder().subject(recipient).kind(MeasureKind.REWARD).code(policy.rewardCode())
        .label(policy.title()).policyId(policy.id()).addReasons(computed).evidence(evidence)
        .governingRegulations(governing).explanation(explanation).build();
  }

  private static boolean alreadyRewarded(CultivationRecord record, PersonId recipient, String code,
      LocalDate from, LocalDate asOf) {
    return events(record, recipient).stream()
        .filter(e -> e.date().isAfter(from) && !e.date().isAfter(asOf))
        .anyMatch(e -> e instanceof MeasureProposed p && p.subject().equals(recipient) && p.measure().code().equals(code));
  }

  private static List<CultivationEvent> events(CultivationRecord record, PersonId person) {
    if (person instanceof StudentId student) {
      return record.eventsOf(student);
    } else if (person instanceof TutorId tutor) {
      return record.eventsOf(tutor);
    }
    return List.of();
  }

  private static Optional<Measure> measureOf(CultivationRecord record, MeasureDecided decided) {
    return decided.decidedMeasure().or(() -> record.event(decided.proposal())
        .filter(MeasureProposed.class::isInstance).map(p -> ((MeasureProposed) p).measure()));
  }

  private static int intParameter(PolicyPack pack, RewardPolicy policy, String name, int min) {
    String text = policy.parameters().get(name);
    if (text == null) {
      throw new RuleConfigurationException(pack.coordinates(), policy.id(), name, "is required by criterion " + policy.criterion());
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value < min) {
        throw new RuleConfigurationException(pack.coordinates(), policy.id(), name, "must be at least " + min + ", not " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new RuleConfigurationException(pack.coordinates(), policy.id(), name, "must be a whole number, not '" + text + "'");
    }
  }

  private static Period period(PolicyPack pack, RewardPolicy policy, String name) {
    String text = policy.parameters().get(name);
    if (text == null) {
      throw new RuleConfigurationException(pack.coordinates(), policy.id(), name, "is required by criterion " + policy.criterion());
    }
    try {
      Period period = Period.parse(text.strip());
      if (!org.jointcultivation.core.internal.Checks.boundedPositive(period)) {
        throw new RuleConfigurationException(pack.coordinates(), policy.id(), name,
            org.jointcultivation.core.internal.Checks.BOUNDED_PERIOD_RULE + ", not " + period);
      }
      return period;
    } catch (java.time.format.DateTimeParseException e) {
      throw new RuleConfigurationException(pack.coordinates(), policy.id(), name, "must be an ISO-8601 period, not '" + text + "'");
    }
  }

  private static <E extends Enum<E>> E parseEnum(PolicyPack pack, RewardPolicy policy, String name, Class<E> type, String fallback) {
    String text = policy.parameters().getOrDefault(name, fallback);
    try {
      return Enum.valueOf(type, text.strip());
    } catch (IllegalArgumentException e) {
      throw new RuleConfigurationException(pack.coordinates(), policy.id(), name,
          "must be one of " + java.util.EnumSet.allOf(type) + ", not '" + text + "'");
    }
  }
}
