package org.jointcultivation.rules;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.record.CultivationRecord;

/**
 * A full evaluation split over threads: first every student, in chunks, then every tutor and
 * agreement, whose sanction ladders count the violations they bear for the students. The chunks'
 * findings are merged and sorted, so the assessment is the one a single thread would give.
 */
final class ParallelEvaluation {
  private static final int CHUNKS_PER_THREAD = 4;

  private ParallelEvaluation() {}

  static Assessment run(RuleEngine engine, CultivationRecord record, LocalDate asOf, int threads) {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      List<Student> students = List.copyOf(record.students());
      List<Evaluation.Findings> studentFindings = runAll(pool, engine, record, asOf,
          Lists.partition(students, chunkSize(students.size(), threads)).stream()
              .map(chunk -> new Evaluation.Subjects(
                  chunk.stream().map(Student::id).collect(ImmutableSet.toImmutableSet()),
                  ImmutableSet.of(), ImmutableSet.of(), List.of()))
              .toList());
      List<ObligationInstance> ofStudents = new ArrayList<>();
      studentFindings.forEach(f -> ofStudents.addAll(f.obligations()));

      List<Tutor> tutors = List.copyOf(record.tutors());
      List<Evaluation.Subjects> others = new ArrayList<>();
      Lists.partition(tutors, chunkSize(tutors.size(), threads)).forEach(chunk -> others.add(
          new Evaluation.Subjects(ImmutableSet.of(), chunk.stream().map(Tutor::id).collect(ImmutableSet.toImmutableSet()),
              ImmutableSet.of(), ofStudents)));
      others.add(new Evaluation.Subjects(ImmutableSet.of(), ImmutableSet.of(),
          record.agreements().stream().map(CooperationAgreement::id).collect(ImmutableSet.toImmutableSet()),
          List.of()));
      List<Evaluation.Findings> otherFindings = runAll(pool, engine, record, asOf, others);

      List<ObligationInstance> obligations = new ArrayList<>(ofStudents);
      List<Proposal> proposals = new ArrayList<>();
      List<RuleError> errors = new ArrayList<>();
      List<ResolvedConflict> conflicts = new ArrayList<>();
      for (Evaluation.Findings findings : studentFindings) {
        proposals.addAll(findings.proposals());
        errors.addAll(findings.errors());
        conflicts.addAll(findings.conflicts());
      }
      for (Evaluation.Findings findings : otherFindings) {
        obligations.addAll(findings.obligations());
        proposals.addAll(findings.proposals());
        errors.addAll(findings.errors());
        conflicts.addAll(findings.conflicts());
      }
      return new Assessment(record, asOf, obligations, proposals, errors, conflicts);
    } finally {
      pool.shutdown();
    }
  }

  private static int chunkSize(int subjects, int threads) {
    return Math.max(1, (subjects + threads * CHUNKS_PER_THREAD - 1) / (threads * CHUNKS_PER_THREAD));
  }

  private static List<Evaluation.Findings> runAll(ForkJoinPool pool, RuleEngine engine,
      CultivationRecord record, LocalDate asOf, List<Evaluation.Subjects> chunks) {
    List<Future<Evaluation.Findings>> futures = new ArrayList<>();
    for (Evaluation.Subjects chunk : chunks) {
      futures.add(pool.submit(() -> new Evaluation(engine, record, asOf, chunk).findings()));
    }
    List<Evaluation.Findings> results = new ArrayList<>();
    try {
      for (Future<Evaluation.Findings> future : futures) {
        results.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evaluation interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
    return results;
  }
}
