package org.jointcultivation.rules.access;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.jointcultivation.core.agreement.Placement;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.Student;

/**
 * What one person may see of a record: the students whose records they may view, the placements
 * and the events they may view, each by the same decisions {@link AccessControl#decide} makes.
 *
 * @param principal who sees
 * @param asOf the day
 * @param students the students visible
 * @param placements the placements visible
 * @param events the events visible, in the record's order
 * @since 0.1.0
 */
public record RecordView(PersonId principal, LocalDate asOf, List<Student> students, List<Placement> placements,
    List<CultivationEvent> events) {
  /** Copies the lists. */
  public RecordView {
    java.util.Objects.requireNonNull(principal, "principal");
    java.util.Objects.requireNonNull(asOf, "asOf");
    students = ImmutableList.copyOf(students);
    placements = ImmutableList.copyOf(placements);
    events = ImmutableList.copyOf(events);
  }
}
