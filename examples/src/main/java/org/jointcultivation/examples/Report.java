package org.jointcultivation.examples;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.Proposal;
import org.jointcultivation.rules.ResolvedConflict;
import org.jointcultivation.rules.Violation;

/** Prints an assessment the way a programme office reads it. */
final class Report {
  private final PrintStream out;
  private final CultivationRecord record;
  private final Assessment assessment;

  Report(PrintStream out, CultivationRecord record, Assessment assessment) {
    this.out = out;
    this.record = record;
    this.assessment = assessment;
  }

  void print(String title) {
    out.println("== " + title + " ==");
    out.println("Assessed as of " + assessment.asOf() + ": " + record);
    out.println(assessment);
    students();
    tutors();
    violations();
    proposals();
    conflicts();
  }

  void students() {
    out.println();
    out.println("-- Compliance per student (fulfilled / open / overdue / violated) --");
    for (Student student : record.students()) {
      out.printf("%-6s %-12s %s%n", student.id(), student.name(), counts(assessment.obligationsOf(student.id())));
    }
  }

  void tutors() {
    out.println();
    out.println("-- Compliance per tutor: duties borne (fulfilled / open / overdue / violated) --");
    for (Tutor tutor : record.tutors()) {
      List<ObligationInstance> borne = assessment.obligationsOf(tutor.id());
      if (!borne.isEmpty()) {
        out.printf("%-8s %-10s %-8s %s%n", tutor.id(), tutor.name(), tutor.homeInstitution(), counts(borne));
      }
    }
  }

  void violations() {
    out.println();
    out.println("-- Violations, with their explanations --");
    for (Violation violation : assessment.violations()) {
      out.printf("%s %s %s: %s%n", violation.date(), subject(violation.obligation()), violation.ruleId(),
          violation.explanation().sentence());
    }
  }

  void proposals() {
    out.println();
    out.println("-- Proposed rewards and sanctions (for people to decide) --");
    for (Proposal proposal : assessment.proposals()) {
      out.printf("%s %s for %s, policy %s%n", proposal.kind(), proposal.code(), name(proposal.subject()),
          proposal.policyId());
      out.println("    governed by the regulations of " + proposal.governingRegulations()
          + "; due process " + proposal.dueProcess()
          + proposal.appealWindow().map(w -> "; appeal within " + w).orElse("")
          + (proposal.endsJointCultivation() ? "; ENDS THE JOINT CULTIVATION" : ""));
      proposal.reasons().forEach(reason -> out.println("    because " + reason));
    }
  }

  void conflicts() {
    out.println();
    out.println("-- Conflicts between regulations, and how each was resolved --");
    Map<String, List<StudentId>> bySentence = new TreeMap<>();
    for (ResolvedConflict conflict : assessment.conflicts()) {
      bySentence.computeIfAbsent(conflict.resolution().sentence(), k -> new java.util.ArrayList<>())
          .add(conflict.student());
    }
    bySentence.forEach((sentence, students) ->
        out.println(sentence + "\n    for " + students.size() + " students: " + students));
  }

  private String subject(ObligationInstance obligation) {
    return obligation.student().map(s -> name(s))
        .or(() -> obligation.tutor().map(t -> name(t)))
        .orElse(obligation.agreement().map(Object::toString).orElse("?"));
  }

  /** A subject by name: a person's name and id, an institution's name, or the id of anything else. */
  String name(org.jointcultivation.rules.Subject subject) {
    if (subject instanceof org.jointcultivation.rules.Subject.Student s) {
      return name(s.id());
    } else if (subject instanceof org.jointcultivation.rules.Subject.Tutor t) {
      return name(t.id());
    } else if (subject instanceof org.jointcultivation.rules.Subject.Institution i) {
      return record.institution(i.id()).map(institution -> institution.name() + " (" + i.id() + ")")
          .orElse(subject.value());
    }
    return subject.value();
  }

  String name(PersonId person) {
    if (person instanceof StudentId student) {
      return record.student(student).map(s -> s.name() + " (" + s.id() + ")").orElse(person.value());
    } else if (person instanceof TutorId tutor) {
      return record.tutor(tutor).map(t -> t.name() + " (" + t.id() + ")").orElse(person.value());
    }
    return person.value();
  }

  static String counts(List<ObligationInstance> obligations) {
    Map<ObligationState, Integer> byState = new EnumMap<>(ObligationState.class);
    obligations.forEach(o -> byState.merge(o.state(), 1, Integer::sum));
    int open = byState.getOrDefault(ObligationState.IN_EFFECT, 0) + byState.getOrDefault(ObligationState.CREATED, 0)
        + byState.getOrDefault(ObligationState.SUSPENDED, 0);
    long late = obligations.stream().filter(ObligationInstance::late).count();
    Map<String, Integer> shown = new LinkedHashMap<>();
    shown.put("fulfilled", byState.getOrDefault(ObligationState.FULFILLED, 0));
    shown.put("open", open);
    shown.put("overdue", byState.getOrDefault(ObligationState.OVERDUE, 0));
    shown.put("violated", byState.getOrDefault(ObligationState.VIOLATED, 0));
    return shown.values().stream().map(String::valueOf).reduce((a, b) -> a + " / " + b).orElse("")
        + (late > 0 ? "  (" + late + " fulfilled late)" : "");
  }
}
