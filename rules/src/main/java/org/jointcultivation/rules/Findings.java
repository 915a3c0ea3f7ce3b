package org.jointcultivation.rules;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jointcultivation.core.record.CultivationRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the stages of one evaluation found, gathered as they go: obligations, proposals by the
 * subject whose evaluation made them (a trainee's reward may go to their tutors), rule errors and
 * resolved conflicts. Local to one evaluation, so evaluations never interfere.
 */
final class Findings {
  private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);

  private final List<ObligationInstance> obligations = new ArrayList<>();
  private final Map<Subject, List<Proposal>> proposalsByOrigin = new LinkedHashMap<>();
  private final List<RuleError> errors = new ArrayList<>();
  private final List<ResolvedConflict> conflicts = new ArrayList<>();
  private final Set<String> loggedFailures = new HashSet<>();

  /** What one subject's evaluation found, as a session keeps it. */
  record OfSubject(ImmutableList<ObligationInstance> obligations, ImmutableList<Proposal> proposals,
      ImmutableList<RuleError> errors, ImmutableList<ResolvedConflict> conflicts) {
    static final OfSubject NONE = new OfSubject(ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of());
  }

  void addObligations(List<ObligationInstance> found) {
    obligations.addAll(found);
  }

  void addProposals(Subject origin, List<Proposal> made) {
    proposalsByOrigin.computeIfAbsent(origin, k -> new ArrayList<>()).addAll(made);
  }

  void addConflict(ResolvedConflict conflict) {
    conflicts.add(conflict);
  }

  /** Records that {@code ruleId} failed for {@code subject}; logs the first failure of each rule. */
  void fail(String ruleId, Subject subject, Throwable e) {
    errors.add(new RuleError(ruleId, subject, e.getClass().getName(), String.valueOf(e.getMessage())));
    if (loggedFailures.add(ruleId)) {
      LOG.warn("Rule {} failed for {}; its findings are missing from the assessment, the rest is complete",
          ruleId, subject, e);
    }
  }

  List<ObligationInstance> obligations() {
    return obligations;
  }

  /** Every proposal, of whichever origin. */
  List<Proposal> proposals() {
    List<Proposal> all = new ArrayList<>();
    proposalsByOrigin.values().forEach(all::addAll);
    return all;
  }

  /** The assessment of {@code record} these findings make. */
  Assessment toAssessment(CultivationRecord record, LocalDate asOf) {
    return new Assessment(record, asOf, obligations, proposals(), errors, conflicts);
  }

  /**
   * The findings by subject: obligations by their subject, proposals by their origin, errors by
   * their subject, conflicts by their student; {@code subjects} are present even when empty.
   */
  Map<Subject, OfSubject> bySubject(Iterable<Subject> subjects) {
    Map<Subject, Lists> lists = new LinkedHashMap<>();
    subjects.forEach(subject -> lists.put(subject, new Lists()));
    obligations.forEach(o -> lists.computeIfAbsent(o.subject(), k -> new Lists()).obligations.add(o));
    proposalsByOrigin.forEach((origin, made) -> lists.computeIfAbsent(origin, k -> new Lists()).proposals.addAll(made));
    errors.forEach(e -> lists.computeIfAbsent(e.subject(), k -> new Lists()).errors.add(e));
    conflicts.forEach(c -> lists.computeIfAbsent(Subject.of(c.student()), k -> new Lists()).conflicts.add(c));
    Map<Subject, OfSubject> result = new LinkedHashMap<>();
    lists.forEach((subject, found) -> result.put(subject, found.build()));
    return result;
  }

  Map<Subject, List<Proposal>> proposalsByOrigin() {
    return proposalsByOrigin;
  }

  private static final class Lists {
    final List<ObligationInstance> obligations = new ArrayList<>();
    final List<Proposal> proposals = new ArrayList<>();
    final List<RuleError> errors = new ArrayList<>();
    final List<ResolvedConflict> conflicts = new ArrayList<>();

    OfSubject build() {
      return new OfSubject(ImmutableList.copyOf(obligations), ImmutableList.copyOf(proposals),
          ImmutableList.copyOf(errors), ImmutableList.copyOf(conflicts));
    }
  }
}
