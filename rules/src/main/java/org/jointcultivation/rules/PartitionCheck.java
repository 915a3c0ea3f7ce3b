package org.jointcultivation.rules;

import java.util.HashMap;
import java.util.Map;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.record.CultivationRecord;

/**
 * Checks that the parts of a programme evaluated apart are independent: a student, tutor or
 * agreement (and an institution, when some rule or policy judges institutions) is in one part only.
 * A subject's rules read all of its facts (a tutor's load counts every student of the tutor), so a
 * subject split over two parts would be judged on half of them, silently. Keeps one entry per
 * subject seen, not the parts.
 */
final class PartitionCheck {
  private final boolean institutionsAreSubjects;
  private final Map<Object, Integer> partOf = new HashMap<>();

  PartitionCheck(boolean institutionsAreSubjects) {
    this.institutionsAreSubjects = institutionsAreSubjects;
  }

  /**
   * Admits part number {@code index} (from 0).
   *
   * @throws ValidationException naming the part, the kind of subject, its id and the earlier part
   *     that holds it; nothing of this part is admitted then
   */
  void admit(CultivationRecord part, int index) {
    Map<Object, Integer> added = new HashMap<>();
    part.students().forEach(s -> claim(added, "students", s.id(), index));
    part.tutors().forEach(t -> claim(added, "tutors", t.id(), index));
    part.agreements().forEach(a -> claim(added, "agreements", a.id(), index));
    if (institutionsAreSubjects) {
      part.institutions().forEach(i -> claim(added, "institutions", i.id(), index));
    }
    partOf.putAll(added);
  }

  private void claim(Map<Object, Integer> added, String field, Object id, int index) {
    Integer earlier = partOf.get(id);
    if (earlier != null) {
      throw new ValidationException("CultivationRecord", "part " + index, field, id.toString(),
          "is also in part " + earlier + ": parts evaluated apart must not share a student, tutor or agreement"
              + (institutionsAreSubjects ? " or institution (these packs judge institutions)" : "")
              + ", because each one's rules read all of its facts");
    }
    added.put(id, index);
  }
}
