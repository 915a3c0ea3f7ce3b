package org.jointcultivation.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation of one record on one day, in stages: {@link EvaluationPlan} (who, with which
 * facts, packs and rules), {@link RuleStage} (obligations), {@link MeasureStage} (rewards and
 * sanctions), then the {@link Assessment}. All state is local, so evaluations never interfere.
 */
final class Evaluation {
  private Evaluation() {}

  /**
   * Some subjects of a record, and the obligations of other subjects that sanction ladders need:
   * those of every student of a tutor in the subset, whose violations the tutor may bear.
   */
  record Subjects(Set<StudentId> students, Set<TutorId> tutors, Set<AgreementId> agreements,
      Set<InstitutionId> institutions, List<ObligationInstance> obligationsOfOthers) {}

  /** What evaluating every subject of {@code record} finds. */
  static Findings of(CompiledRegulations regulations, CultivationRecord record, LocalDate asOf) {
    return of(regulations, record, asOf, null);
  }

  /** What evaluating {@code only} these subjects of {@code record} (all of them if null) finds. */
  static Findings of(CompiledRegulations regulations, CultivationRecord record, LocalDate asOf,
      @Nullable Subjects only) {
    Findings findings = new Findings();
    EvaluationPlan plan = EvaluationPlan.of(regulations, record, asOf, only, findings);
    RuleStage.run(regulations, plan, findings);
    MeasureStage.run(regulations, plan, findings, only == null ? List.of() : only.obligationsOfOthers());
    return findings;
  }
}
