package org.jointcultivation.examples.bench.threerules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jointcultivation.core.agreement.DualTutorAssignment;
import org.jointcultivation.core.event.Author;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.LeaveTaken;
import org.jointcultivation.core.event.PublicationSubmitted;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.record.CultivationRecord;

/**
 * The cohort as the flat facts that general-purpose rule engines match on: JavaBeans with getters,
 * days as epoch days, people as id strings. Translating the record is done once, before timing,
 * which favours Drools and Easy Rules: our engine and the hand-written loop read the record itself.
 */
public final class Facts {
  private Facts() {}

  /** Every fact of a cohort, flat for Drools and grouped by student for Easy Rules. */
  public record Cohort(Evaluation evaluation, List<Object> all, List<StudentCase> students) {}

  /** Everything one student's rules look at. */
  public record StudentCase(StudentFact student, List<MeetingFact> meetings, List<LeaveFact> leave,
      List<PublicationFact> publications, List<AssignmentFact> assignments) {
    /** The student's leave as pairs of first and last days, for {@link ThreeRules}. */
    public int[] leaveDays() {
      return Facts.leaveDays(leave);
    }
  }

  public static Cohort of(CultivationRecord record, LocalDate asOf) {
    Evaluation evaluation = new Evaluation((int) asOf.toEpochDay(), ThreeRules.MINIMUM_MEETINGS,
        ThreeRules.FIRST_MEETING_WITHIN_DAYS);
    List<Object> all = new ArrayList<>();
    all.add(evaluation);
    List<StudentCase> cases = new ArrayList<>();
    for (Student student : record.students()) {
      String id = student.id().value();
      StudentCase studentCase = new StudentCase(new StudentFact(id, day(student.startDate())),
          new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (CultivationEvent event : record.eventsOf(student.id())) {
        if (event instanceof SupervisionMeetingHeld meeting && meeting.student().equals(student.id())) {
          studentCase.meetings().add(new MeetingFact(id, day(meeting.date()), ids(meeting.attendees())));
        } else if (event instanceof LeaveTaken taken && taken.student().equals(student.id())) {
          studentCase.leave().add(new LeaveFact(id, day(taken.date()),
              taken.endDate().map(Facts::day).orElse(Integer.MAX_VALUE)));
        } else if (event instanceof PublicationSubmitted publication && publication.student().equals(student.id())) {
          List<String> corresponding = new ArrayList<>();
          for (Author author : publication.correspondingAuthors()) {
            corresponding.add(author.person().map(PersonId::value).orElse(""));
          }
          studentCase.publications().add(
              new PublicationFact(id, publication.id().value(), day(publication.date()), corresponding));
        }
      }
      for (DualTutorAssignment team : record.assignmentsOf(student.id())) {
        studentCase.assignments().add(new AssignmentFact(id, team.firstTutor().value(),
            team.secondTutor().value(), day(team.startDate()),
            team.endDate().map(Facts::day).orElse(Integer.MAX_VALUE)));
      }
      cases.add(studentCase);
      all.add(studentCase.student());
      all.addAll(studentCase.meetings());
      all.addAll(studentCase.leave());
      all.addAll(studentCase.publications());
      all.addAll(studentCase.assignments());
    }
    return new Cohort(evaluation, List.copyOf(all), List.copyOf(cases));
  }

  static int day(LocalDate date) {
    return (int) date.toEpochDay();
  }

  private static List<String> ids(Iterable<? extends PersonId> people) {
    List<String> ids = new ArrayList<>();
    people.forEach(person -> ids.add(person.value()));
    return ids;
  }

  /** Leave facts as pairs of first and last days, for {@link ThreeRules}. */
  public static int[] leaveDays(List<?> leave) {
    int[] days = new int[leave.size() * 2];
    for (int i = 0; i < leave.size(); i++) {
      LeaveFact fact = (LeaveFact) leave.get(i);
      days[2 * i] = fact.getFromDay();
      days[2 * i + 1] = fact.getToDay();
    }
    return days;
  }

  /** The day of evaluation and the rules' figures, as one fact. */
  public static final class Evaluation {
    private final int asOfDay;
    private final int minimumMeetings;
    private final int firstMeetingWithinDays;

    Evaluation(int asOfDay, int minimumMeetings, int firstMeetingWithinDays) {
      this.asOfDay = asOfDay;
      this.minimumMeetings = minimumMeetings;
      this.firstMeetingWithinDays = firstMeetingWithinDays;
    }

    public int getAsOfDay() {
      return asOfDay;
    }

    public int getMinimumMeetings() {
      return minimumMeetings;
    }

    public int getFirstMeetingWithinDays() {
      return firstMeetingWithinDays;
    }
  }

  public static final class StudentFact {
    private final String id;
    private final int startDay;

    StudentFact(String id, int startDay) {
      this.id = id;
      this.startDay = startDay;
    }

    public String getId() {
      return id;
    }

    public int getStartDay() {
      return startDay;
    }
  }

  public static final class MeetingFact {
    private final String student;
    private final int day;
    private final List<String> attendees;

    MeetingFact(String student, int day, List<String> attendees) {
      this.student = student;
      this.day = day;
      this.attendees = List.copyOf(attendees);
    }

    public String getStudent() {
      return student;
    }

    public int getDay() {
      return day;
    }

    public List<String> getAttendees() {
      return attendees;
    }
  }

  public static final class LeaveFact {
    private final String student;
    private final int fromDay;
    private final int toDay;

    LeaveFact(String student, int fromDay, int toDay) {
      this.student = student;
      this.fromDay = fromDay;
      this.toDay = toDay;
    }

    public String getStudent() {
      return student;
    }

    public int getFromDay() {
      return fromDay;
    }

    /** The last day, {@link Integer#MAX_VALUE} while open. */
    public int getToDay() {
      return toDay;
    }
  }

  public static final class PublicationFact {
    private final String student;
    private final String id;
    private final int day;
    private final List<String> correspondingAuthors;

    PublicationFact(String student, String id, int day, List<String> correspondingAuthors) {
      this.student = student;
      this.id = id;
      this.day = day;
      this.correspondingAuthors = List.copyOf(correspondingAuthors);
    }

    public String getStudent() {
      return student;
    }

    public String getId() {
      return id;
    }

    public int getDay() {
      return day;
    }

    /** People's ids; an author who is not a person of the record is the empty string. */
    public List<String> getCorrespondingAuthors() {
      return correspondingAuthors;
    }
  }

  public static final class AssignmentFact {
    private final String student;
    private final String firstTutor;
    private final String secondTutor;
    private final int startDay;
    private final int endDay;

    AssignmentFact(String student, String firstTutor, String secondTutor, int startDay, int endDay) {
      this.student = student;
      this.firstTutor = firstTutor;
      this.secondTutor = secondTutor;
      this.startDay = startDay;
      this.endDay = endDay;
    }

    public String getStudent() {
      return student;
    }

    public String getFirstTutor() {
      return firstTutor;
    }

    public String getSecondTutor() {
      return secondTutor;
    }

    public int getStartDay() {
      return startDay;
    }

    /** The last day, {@link Integer#MAX_VALUE} while open. */
    public int getEndDay() {
      return endDay;
    }
  }
}
