package org.jointcultivation.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jointcultivation.core.agreement.TerminationClause;
import org.jointcultivation.core.agreement.TerminationGround;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.Decision;
import org.jointcultivation.core.event.IncidentKind;
import org.jointcultivation.core.event.IncidentReported;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.event.MeasureKind;
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.event.Severity;
import org.jointcultivation.core.norm.LadderStep;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.SanctionPolicy;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Explanation;
import org.jointcultivation.rules.ParameterSetting;
import org.jointcultivation.rules.Proposal;
import org.jointcultivation.rules.Subject;
import org.jointcultivation.rules.Violation;
import org.jointcultivation.rules.spi.ConfiguredMeasure;
import org.jointcultivation.rules.spi.MeasureContext;
import org.jointcultivation.rules.spi.MeasureCriterion;
import org.jointcultivation.rules.spi.MeasureRule;
import org.jointcultivation.rules.spi.ParameterDeclaration;
import org.jointcultivation.rules.spi.ParameterType;
import org.jointcultivation.rules.spi.RuleScope;

/**
 * The standard sanction criterion, {@value SanctionPolicy#OFFENCE_LADDER}: sanctions climb a
 * ladder. Each {@code violationsPerStep} offences (violations the subject bears, and incidents
 * reported about them) within the window since the last decided step propose the next step; a
 * serious insubordination or disciplinary offence proposes the step that ends the joint
 * cultivation. Decided measures consume the offences before them; a proposal still awaiting a
 * decision is not repeated.
 */
final class OffenceLadderCriterion implements MeasureCriterion {
  @Override
  public String name() {
    return SanctionPolicy.OFFENCE_LADDER;
  }

  @Override
  public MeasureKind kind() {
    return MeasureKind.SANCTION;
  }

  @Override
  public Set<RuleScope> scopes() {
    return Set.of(RuleScope.STUDENT, RuleScope.TUTOR, RuleScope.INSTITUTION);
  }

  @Override
  public List<ParameterDeclaration> parameters() {
    return List.of(ParameterDeclaration.typed("offences", ParameterType.TEXT_LIST,
        "the ids of the norms of the same pack whose violations alone count as offences (incidents then do not); every norm's, and incidents, if not set"));
  }

  @Override
  public MeasureRule create(ConfiguredMeasure configuration) {
    SanctionPolicy policy = configuration.sanction().orElseThrow();
    Set<String> bound = Set.copyOf(configuration.list("offences"));
    Set<String> norms = configuration.pack().norms().stream().map(Norm::id).collect(Collectors.toSet());
    for (String id : bound) {
      if (!norms.contains(id)) {
        throw new IllegalArgumentException("parameter 'offences' names '" + id + "', which is not a norm of pack "
            + configuration.pack().coordinates() + "; its norms are " + new java.util.TreeSet<>(norms));
      }
    }
    List<String> steps = policy.ladder().stream().map(LadderStep::code).toList();
    Set<String> codes = Set.copyOf(steps);
    Optional<LadderStep> terminal = policy.ladder().stream().filter(LadderStep::endsJointCultivation).findFirst();
    String required = policy.violationsPerStep() + " per step of " + policy.ladder().stream().map(LadderStep::code).toList();
    return context -> propose(context, configuration, policy, steps, codes, terminal, required, bound);
  }

  private static List<Proposal> propose(MeasureContext context, ConfiguredMeasure configuration, SanctionPolicy policy,
      List<String> steps, Set<String> codes, Optional<LadderStep> terminal, String required, Set<String> bound) {
    // Decisions and proposals name any subject; incidents name persons only.
    Optional<PersonId> person = person(context.subject());
    Subject subject = context.subject();
    CultivationRecord record = context.record();
    LocalDate asOf = context.asOf();
    List<CultivationEvent> history = context.facts().events().stream().filter(e -> !e.date().isAfter(asOf)).toList();
    List<MeasureDecided> decided = history.stream().filter(MeasureDecided.class::isInstance)
        .map(MeasureDecided.class::cast)
        .filter(d -> d.subject().equals(subject.id()) && d.decision() != Decision.REJECTED)
        .filter(d -> record.decidedMeasure(d).map(m -> codes.contains(m.code())).orElse(false))
        .toList();
    boolean pending = history.stream().filter(MeasureProposed.class::isInstance).map(MeasureProposed.class::cast)
        .filter(p -> p.subject().equals(subject.id()) && codes.contains(p.measure().code()))
        .anyMatch(p -> history.stream().noneMatch(e -> e instanceof MeasureDecided d && d.proposal().equals(p.id())));
    if (pending) {
      return List.of();
    }
    LocalDate since = decided.stream().map(MeasureDecided::date).max(Comparator.naturalOrder())
        .orElse(LocalDate.MIN);
    LocalDate windowStart = asOf.minus(policy.window());
    // An institution bears no duty as a person does: the violations about it are its offences.
    List<Violation> offences = (person.isPresent() ? context.violationsBorne() : context.violationsAbout()).stream()
        .filter(v -> v.date().isAfter(since) && v.date().isAfter(windowStart)
            && (bound.isEmpty() || bound.contains(v.obligation().ruleId())))
        .toList();
    List<IncidentReported> incidents = history.stream().filter(IncidentReported.class::isInstance)
        .map(IncidentReported.class::cast)
        .filter(i -> bound.isEmpty() && person.isPresent() && i.subject().equals(person.get()) && i.date().isAfter(since)
            && i.date().isAfter(windowStart))
        .toList();
    Optional<IncidentReported> grave = incidents.stream()
        .filter(i -> i.severity() == Severity.SERIOUS && (i.kind() == IncidentKind.INSUBORDINATION
            || i.kind() == IncidentKind.SERIOUS_DISCIPLINARY_OFFENCE))
        .findFirst();
    int count = offences.size() + incidents.size();
    LadderStep step;
    List<String> reasons = new ArrayList<>();
    if (grave.isPresent() && terminal.isPresent()) {
      step = terminal.get();
      TerminationGround ground = grave.get().kind() == IncidentKind.INSUBORDINATION
          ? TerminationGround.INSUBORDINATION : TerminationGround.SERIOUS_DISCIPLINARY_OFFENCE;
      Optional<TerminationClause> termination = context.facts().agreement()
          .flatMap(a -> a.clauseOn(asOf, TerminationClause.class));
      reasons.add("serious " + grave.get().kind() + " reported in " + grave.get().id() + " on " + grave.get().date());
      reasons.add(termination.map(t -> t.grounds().contains(ground)
              ? "the agreement's clause " + t.reference() + " allows termination for " + ground
              : "the agreement's clause " + t.reference() + " does not list " + ground + " as a ground: a person must weigh this")
          .orElse("the agreement has no termination clause: a person must weigh this"));
    } else if (count >= policy.violationsPerStep()) {
      // The step after the highest decided so far: a decision may enter the ladder above its first step.
      int highest = decided.stream().map(d -> record.decidedMeasure(d).orElseThrow().code())
          .mapToInt(steps::indexOf).max().orElse(-1);
      step = policy.ladder().get(Math.min(highest + 1, policy.ladder().size() - 1));
      offences.forEach(v -> reasons.add(v.date() + ": " + v.explanation().sentence()));
      incidents.forEach(i -> reasons.add(i.date() + ": " + i.kind() + " (" + i.severity() + ") reported in " + i.id()));
    } else {
      return List.of();
    }
    List<InstitutionId> governing = context.facts().governingRegulations();
    String pack = configuration.pack().coordinates();
    String computed = count + " offences since " + (since.equals(LocalDate.MIN) ? "the start" : "the decision of " + since)
        + " within " + policy.window() + "; " + decided.size() + " steps decided before";
    Explanation explanation = context.explanation()
        .addParameters(new ParameterSetting("violationsPerStep", String.valueOf(policy.violationsPerStep()),
            pack, configuration.pack().layer()))
        .addParameters(new ParameterSetting("window", policy.window().toString(), pack, configuration.pack().layer()))
        .addAllCountedEvents(incidents.stream().map(IncidentReported::id).toList())
        .computed(computed).required(required)
        .sentence("propose " + step.code() + " for " + subject.value() + ": " + computed + "; " + pack
            + " (" + policy.source().citation() + ") moves one step per " + policy.violationsPerStep()
            + " offences; decided under the regulations of " + governing)
        .build();
    return List.of(Proposal.builder().subject(subject).kind(MeasureKind.SANCTION).code(step.code())
        .duration(step.duration()).levels(step.levels()).quota(step.quota()).label(step.label()).policyId(policy.id()).reasons(reasons)
        .evidence(incidents.stream().map(IncidentReported::id).toList())
        .violations(offences.stream().map(v -> v.obligation().id()).toList())
        .governingRegulations(governing).dueProcess(step.dueProcess()).appealWindow(policy.appealWindow())
        .endsJointCultivation(step.endsJointCultivation()).explanation(explanation).build());
  }

  private static Optional<PersonId> person(Subject subject) {
    if (subject instanceof Subject.Student s) {
      return Optional.of(s.id());
    }
    if (subject instanceof Subject.Tutor t) {
      return Optional.of(t.id());
    }
    return Optional.empty();
  }
}
