package org.jointcultivation.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.ObligationState;
import org.jointcultivation.rules.Proposal;

/** The JSON shapes the API sends, made only from what the principal may see. */
final class Views {
  private Views() {}

  /** Who is signed in. */
  record Me(String username, Role role, String person, String name, LocalDate today) {
    static Me of(PortalUser user, LocalDate today) {
      return new Me(user.username(), user.role(), user.person().value(), user.displayName(), today);
    }
  }

  /** One duty: what it is, its state and why. */
  record Duty(String id, String subject, String title, ObligationState state, boolean late,
      Optional<LocalDate> due, String period, String explanation, String citation) {
    static Duty of(ObligationInstance obligation) {
      return new Duty(obligation.id(), obligation.subject().value(), obligation.title(), obligation.state(),
          obligation.late(), obligation.dueDate(), obligation.period().map(Object::toString).orElse(""),
          obligation.explanation().sentence(), obligation.explanation().citation());
    }
  }

  /** Duties kept, broken and open, and the share kept of those decided. */
  record Compliance(String id, String name, int fulfilled, int violated, int open, double rate) {
    static Compliance of(String id, String name, List<ObligationInstance> obligations) {
      int fulfilled = 0;
      int violated = 0;
      int open = 0;
      for (ObligationInstance obligation : obligations) {
        if (obligation.state() == ObligationState.FULFILLED) {
          fulfilled++;
        } else if (obligation.state() == ObligationState.VIOLATED) {
          violated++;
        } else if (!obligation.state().isFinal()) {
          open++;
        }
      }
      double rate = fulfilled + violated == 0 ? 1.0 : (double) fulfilled / (fulfilled + violated);
      return new Compliance(id, name, fulfilled, violated, open, rate);
    }
  }

  /** A reward or sanction the regulations propose, and whether this person may decide it. */
  record ProposalView(String key, String subject, String kind, String code, String label, List<String> reasons,
      String explanation, boolean mayDecide) {
    static ProposalView of(String key, Proposal proposal, boolean mayDecide) {
      return new ProposalView(key, proposal.subject().value(), proposal.kind().name(), proposal.code(),
          proposal.label(), proposal.reasons(), proposal.explanation().sentence(), mayDecide);
    }

    /**
     * What names each proposal in a decision: its subject, policy and measure, and which of the
     * proposals alike it is (a tutor may be proposed the same award for two trainees), in the
     * assessment's order, which is total.
     */
    static java.util.LinkedHashMap<String, Proposal> keyed(List<Proposal> proposals) {
      java.util.LinkedHashMap<String, Proposal> keyed = new java.util.LinkedHashMap<>();
      java.util.Map<String, Integer> seen = new java.util.HashMap<>();
      for (Proposal proposal : proposals) {
        String base = proposal.subject().value() + "|" + proposal.policyId() + "|" + proposal.code();
        int n = seen.merge(base, 1, Integer::sum);
        keyed.put(base + "|" + n, proposal);
      }
      return keyed;
    }
  }

  /** What a person may see of the record itself; events keep their {@code type}, as the library writes them. */
  record RecordSeen(List<org.jointcultivation.core.party.Student> students,
      List<org.jointcultivation.core.agreement.Placement> placements,
      List<org.jointcultivation.core.event.CultivationEvent> events) {}

  /** The compliance of all the duties this person may see, at the end of one month. */
  record ChartPoint(LocalDate day, double rate, int violated) {}

  /** What the programme office's page shows. */
  record Dashboard(List<Compliance> trainees, List<Compliance> tutors, List<Duty> violations,
      List<ProposalView> proposals, List<ChartPoint> overTime) {}

  /** A pack and its norms with their citations. */
  record Pack(String coordinates, String title, String layer, List<NormView> norms) {}

  /** One norm of a pack. */
  record NormView(String id, String title, String citation, String template) {}

  /** An error: what was wrong, and for JSON and rule errors where. */
  record Problem(int status, String error, Optional<String> path, Optional<String> type, Optional<String> field,
      Optional<String> value, Optional<String> rule) {
    static Problem of(int status, String error) {
      return new Problem(status, error, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty());
    }
  }
}
