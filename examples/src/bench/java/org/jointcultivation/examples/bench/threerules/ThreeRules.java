package org.jointcultivation.examples.bench.threerules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.BearerRole;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.NormKind;
import org.jointcultivation.core.norm.NormSource;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.norm.Recurrence;
import org.jointcultivation.core.norm.RecurrenceUnit;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.StandardTemplates;

/**
 * The three rules every contender evaluates, defined once. A breach is named the way the engine
 * names an obligation instance, {@code rule/student/key}, so results compare as sets of names.
 *
 * <ol>
 *   <li>{@value #MEETINGS}: in every academic year (1 September to 31 August) that has ended, from
 *       the one containing the student's start, at least {@value #MINIMUM_MEETINGS} meetings the
 *       student attended, prorated (to the nearest whole meeting) for days before the start and
 *       days on leave; key: the year's first day.
 *   <li>{@value #AUTHORSHIP}: every corresponding author of a publication submitted by the day of
 *       evaluation is the first or the second tutor of the student's team on the submission day;
 *       key: the publication's id.
 *   <li>{@value #FIRST_MEETING}: a meeting the student attended within {@value
 *       #FIRST_MEETING_WITHIN_DAYS} days of the start, the deadline pushed back by days on leave;
 *       breached once the deadline has passed without one; key: {@code start}.
 * </ol>
 *
 * <p>Leave counts from its first day to its last (or the day of evaluation, if open or later);
 * leave that begins after the day of evaluation does not count. The figures are chosen so that
 * all three rules are breached often in generated cohorts: students hold 10 to 12 meetings a year
 * and meet first 0 to 6 days after the start.
 */
public final class ThreeRules {
  public static final String MEETINGS = "meetings-per-year";
  public static final String AUTHORSHIP = "corresponding-author";
  public static final String FIRST_MEETING = "first-meeting";
  public static final int MINIMUM_MEETINGS = 11;
  public static final int FIRST_MEETING_WITHIN_DAYS = 3;

  private static final MonthDay YEAR_START = MonthDay.of(9, 1);

  private ThreeRules() {}

  /** The three rules as a policy pack of standard templates: what a university would configure. */
  public static PolicyPack pack() {
    NormSource source = NormSource.builder().authority("Benchmark").level(AuthorityLevel.INSTITUTION)
        .document("Three rules").version("1").clause("§1").build();
    Norm meetings = Norm.builder().id(MEETINGS).kind(NormKind.OBLIGATION)
        .template(StandardTemplates.MINIMUM_COUNT_PER_PERIOD)
        .title("At least " + MINIMUM_MEETINGS + " meetings per academic year").source(source)
        .addBearers(BearerRole.STUDENT).recurrence(Recurrence.every(RecurrenceUnit.ACADEMIC_YEAR))
        .parameters(Map.of("minimum", String.valueOf(MINIMUM_MEETINGS), "yearStart", "09-01"))
        .build();
    Norm authorship = Norm.builder().id(AUTHORSHIP).kind(NormKind.PROHIBITION)
        .template(StandardTemplates.CORRESPONDING_AUTHOR)
        .title("The corresponding author is the first or second tutor").source(source)
        .addBearers(BearerRole.STUDENT).parameters(Map.of("positions", "FIRST,SECOND")).build();
    Norm firstMeeting = Norm.builder().id(FIRST_MEETING).kind(NormKind.OBLIGATION)
        .template(StandardTemplates.DEADLINE_AFTER_EVENT)
        .title("First meeting within " + FIRST_MEETING_WITHIN_DAYS + " days of the start").source(source)
        .addBearers(BearerRole.STUDENT)
        .parameters(Map.of("trigger", "PROGRAMME_START", "within", "P" + FIRST_MEETING_WITHIN_DAYS + "D"))
        .build();
    return PolicyPack.builder().id("THREE-RULES").version("1").title("Three rules, side by side")
        .layer(AuthorityLevel.NATIONAL).addNorms(meetings, authorship, firstMeeting).build();
  }

  /** The breaches in an assessment by the engine, by name. */
  public static Set<String> breachesOf(Assessment assessment) {
    Set<String> breaches = new TreeSet<>();
    for (ObligationInstance obligation : assessment.obligations()) {
      if (obligation.breach().isPresent()) {
        breaches.add(obligation.id());
      }
    }
    return breaches;
  }

  /** A breach's name: {@code rule/student/key}, as the engine names obligation instances. */
  public static String breach(String rule, String student, String key) {
    return rule + "/" + student + "/" + key;
  }

  /** The name of a short academic year starting on {@code yearStartDay}. */
  public static String meetingsBreach(String student, int yearStartDay) {
    return breach(MEETINGS, student, LocalDate.ofEpochDay(yearStartDay).toString());
  }

  /** An academic year, in epoch days, both ends included. */
  public record AcademicYear(int startDay, int endDay) {
    /** The year containing {@code day}. */
    public static AcademicYear containing(int day) {
      LocalDate date = LocalDate.ofEpochDay(day);
      LocalDate start = YEAR_START.atYear(date.getYear());
      if (start.isAfter(date)) {
        start = YEAR_START.atYear(date.getYear() - 1);
      }
      return new AcademicYear((int) start.toEpochDay(), (int) start.plusYears(1).toEpochDay() - 1);
    }

    /** The year after this one. */
    public AcademicYear next() {
      return containing(endDay + 1);
    }

    /** For DRL, which reads properties through getters. */
    public int getStartDay() {
      return startDay;
    }

    /** For DRL, which reads properties through getters. */
    public int getEndDay() {
      return endDay;
    }
  }

  /** The academic years from the one containing {@code startDay} that ended before {@code asOfDay}. */
  public static List<AcademicYear> endedAcademicYears(int startDay, int asOfDay) {
    List<AcademicYear> years = new ArrayList<>();
    if (startDay > asOfDay) {
      return years;
    }
    for (AcademicYear year = AcademicYear.containing(startDay); year.endDay() < asOfDay; year = year.next()) {
      years.add(year);
    }
    return years;
  }

  /** Days of leave {@code [leaveFrom, leaveTo]}, cut at {@code asOfDay}, within {@code [from, to]}. */
  public static int leaveDaysWithin(int leaveFrom, int leaveTo, int asOfDay, int from, int to) {
    if (leaveFrom > asOfDay) {
      return 0;
    }
    int start = Math.max(leaveFrom, from);
    int end = Math.min(Math.min(leaveTo, asOfDay), to);
    return end < start ? 0 : end - start + 1;
  }

  /** Meetings required in {@code year} of a student who started on {@code startDay}, given days on leave. */
  public static int requiredMeetings(int minimum, AcademicYear year, int startDay, int leaveDays) {
    int activeFrom = Math.max(year.startDay(), startDay);
    int yearDays = year.endDay() - year.startDay() + 1;
    int activeDays = year.endDay() - activeFrom + 1 - leaveDays;
    return (int) Math.round(minimum * (double) activeDays / yearDays);
  }

  /** Meetings required in {@code year}, with days on leave taken from the student's {@code leave} (pairs of days). */
  public static int requiredMeetings(int minimum, AcademicYear year, int startDay, int[] leave, int asOfDay) {
    return requiredMeetings(minimum, year, startDay,
        leaveDaysWithin(leave, asOfDay, Math.max(year.startDay(), startDay), year.endDay()));
  }

  /** Days of leave within {@code [from, to]}, over a student's leave given as pairs of first and last days. */
  public static int leaveDaysWithin(int[] leave, int asOfDay, int from, int to) {
    int days = 0;
    for (int i = 0; i < leave.length; i += 2) {
      days += leaveDaysWithin(leave[i], leave[i + 1], asOfDay, from, to);
    }
    return days;
  }

  /** The first meeting's deadline: {@code within} days after the start, pushed back by leave in between. */
  public static int firstMeetingDue(int startDay, int within, int[] leave, int asOfDay) {
    int due = startDay + within;
    int shifted = due;
    // Leave inside the pushed-back window pushes it further; a few rounds settle it.
    for (int round = 0; round < 20; round++) {
      int next = due + leaveDaysWithin(leave, asOfDay, startDay, shifted);
      if (next == shifted) {
        break;
      }
      shifted = next;
    }
    return shifted;
  }
}
