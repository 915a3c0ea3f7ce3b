package org.jointcultivation.examples.bench.threerules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.event.Author;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.LeaveTaken;
import org.jointcultivation.core.event.PublicationSubmitted;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.examples.bench.threerules.ThreeRules.AcademicYear;

/**
 * The floor: {@link ThreeRules} written by hand as one pass over each student's events in the
 * record, with nothing an engine adds (no explanations, no lifecycles, no configuration).
 */
public final class HandWrittenLoop {
  private HandWrittenLoop() {}

  public static Set<String> breaches(CultivationRecord record, LocalDate asOf) {
    int asOfDay = (int) asOf.toEpochDay();
    Set<String> breaches = new TreeSet<>();
    for (Student student : record.students()) {
      StudentId id = student.id();
      int startDay = (int) student.startDate().toEpochDay();
      if (startDay > asOfDay) {
        continue;
      }
      List<AcademicYear> years = ThreeRules.endedAcademicYears(startDay, asOfDay);
      int firstYearStart = AcademicYear.containing(startDay).startDay();
      int[] held = new int[years.size()];
      int firstMeeting = Integer.MAX_VALUE;
      List<Integer> leave = new ArrayList<>();
      for (CultivationEvent event : record.eventsOf(id)) {
        int day = (int) event.date().toEpochDay();
        if (event instanceof SupervisionMeetingHeld meeting) {
          if (day > asOfDay || !meeting.attendees().contains(id)) {
            continue;
          }
          if (day >= startDay && day < firstMeeting) {
            firstMeeting = day;
          }
          int year = yearIndex(years, firstYearStart, day);
          if (year >= 0) {
            held[year]++;
          }
        } else if (event instanceof LeaveTaken taken) {
          leave.add(day);
          leave.add(taken.endDate().map(end -> (int) end.toEpochDay()).orElse(Integer.MAX_VALUE));
        } else if (event instanceof PublicationSubmitted publication
            && day <= asOfDay && publication.student().equals(id)
            && !correspondingAuthorsAreTutors(record, id, publication)) {
          breaches.add(ThreeRules.breach(ThreeRules.AUTHORSHIP, id.value(), publication.id().value()));
        }
      }
      int[] leaveDays = leave.stream().mapToInt(Integer::intValue).toArray();
      for (int y = 0; y < years.size(); y++) {
        AcademicYear year = years.get(y);
        int onLeave = ThreeRules.leaveDaysWithin(leaveDays, asOfDay, Math.max(year.startDay(), startDay), year.endDay());
        if (held[y] < ThreeRules.requiredMeetings(ThreeRules.MINIMUM_MEETINGS, year, startDay, onLeave)) {
          breaches.add(ThreeRules.meetingsBreach(id.value(), year.startDay()));
        }
      }
      int due = ThreeRules.firstMeetingDue(startDay, ThreeRules.FIRST_MEETING_WITHIN_DAYS, leaveDays, asOfDay);
      if (asOfDay > due && firstMeeting > due) {
        breaches.add(ThreeRules.breach(ThreeRules.FIRST_MEETING, id.value(), "start"));
      }
    }
    return breaches;
  }

  /** The index of the ended year containing {@code day}, or -1; years are consecutive from the first. */
  private static int yearIndex(List<AcademicYear> years, int firstYearStart, int day) {
    if (day < firstYearStart) {
      return -1;
    }
    for (int y = 0; y < years.size(); y++) {
      if (day <= years.get(y).endDay()) {
        return y;
      }
    }
    return -1;
  }

  private static boolean correspondingAuthorsAreTutors(
      CultivationRecord record, StudentId student, PublicationSubmitted publication) {
    Optional<DualTutorAssignment> team = record.assignmentOn(student, publication.date());
    for (Author author : publication.correspondingAuthors()) {
      Optional<PersonId> person = author.person();
      if (team.isEmpty() || person.isEmpty()
          || !(person.get().equals(team.get().firstTutor()) || person.get().equals(team.get().secondTutor()))) {
        return false;
      }
    }
    return true;
  }
}
