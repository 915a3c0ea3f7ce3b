package org.jointcultivation.examples.bench.threerules;

import java.util.ArrayList;
import java.util.List;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.jointcultivation.examples.bench.threerules.Facts.AssignmentFact;
import org.jointcultivation.examples.bench.threerules.Facts.MeetingFact;
import org.jointcultivation.examples.bench.threerules.Facts.PublicationFact;
import org.jointcultivation.examples.bench.threerules.Facts.StudentCase;
import org.jointcultivation.examples.bench.threerules.ThreeRules.AcademicYear;

/**
 * {@link ThreeRules} in Easy Rules: three rules with Java conditions and actions, fired once per
 * student on that student's facts, which is how Easy Rules evaluates (it has no joins across
 * facts). A condition that finds breaches and an action that records them compute them twice, as
 * Easy Rules' condition/action split asks.
 */
public final class EasyRulesThreeRules {
  private static final String CASE = "case";
  private static final String AS_OF = "asOf";
  private static final String BREACHES = "breaches";

  private final RulesEngine engine = new DefaultRulesEngine();
  private final Rules rules = new Rules(meetingsPerYear(), correspondingAuthor(), firstMeeting());

  /** Every breach in the cohort. */
  public List<String> breaches(org.jointcultivation.examples.bench.threerules.Facts.Cohort cohort) {
    List<String> breaches = new ArrayList<>();
    for (StudentCase studentCase : cohort.students()) {
      Facts facts = new Facts();
      facts.put(CASE, studentCase);
      facts.put(AS_OF, cohort.evaluation().getAsOfDay());
      facts.put(BREACHES, breaches);
      engine.fire(rules, facts);
    }
    return breaches;
  }

  private static Rule meetingsPerYear() {
    return new RuleBuilder().name(ThreeRules.MEETINGS).priority(1)
        .when(facts -> !shortYears(facts).isEmpty())
        .then(facts -> breachesOf(facts).addAll(shortYears(facts)))
        .build();
  }

  private static Rule correspondingAuthor() {
    return new RuleBuilder().name(ThreeRules.AUTHORSHIP).priority(2)
        .when(facts -> !offendingPublications(facts).isEmpty())
        .then(facts -> breachesOf(facts).addAll(offendingPublications(facts)))
        .build();
  }

  private static Rule firstMeeting() {
    return new RuleBuilder().name(ThreeRules.FIRST_MEETING).priority(3)
        .when(EasyRulesThreeRules::firstMeetingOverdue)
        .then(facts -> breachesOf(facts).add(ThreeRules.breach(ThreeRules.FIRST_MEETING,
            studentCase(facts).student().getId(), "start")))
        .build();
  }

  private static List<String> shortYears(Facts facts) {
    StudentCase c = studentCase(facts);
    int asOf = facts.<Integer>get(AS_OF);
    String id = c.student().getId();
    int start = c.student().getStartDay();
    int[] leave = c.leaveDays();
    List<String> breaches = new ArrayList<>();
    for (AcademicYear year : ThreeRules.endedAcademicYears(start, asOf)) {
      int held = 0;
      for (MeetingFact meeting : c.meetings()) {
        if (meeting.getDay() >= year.startDay() && meeting.getDay() <= year.endDay()
            && meeting.getDay() <= asOf && meeting.getAttendees().contains(id)) {
          held++;
        }
      }
      int onLeave = ThreeRules.leaveDaysWithin(leave, asOf, Math.max(year.startDay(), start), year.endDay());
      if (held < ThreeRules.requiredMeetings(ThreeRules.MINIMUM_MEETINGS, year, start, onLeave)) {
        breaches.add(ThreeRules.meetingsBreach(id, year.startDay()));
      }
    }
    return breaches;
  }

  private static List<String> offendingPublications(Facts facts) {
    StudentCase c = studentCase(facts);
    int asOf = facts.<Integer>get(AS_OF);
    List<String> breaches = new ArrayList<>();
    for (PublicationFact publication : c.publications()) {
      if (publication.getDay() > asOf) {
        continue;
      }
      AssignmentFact team = null;
      for (AssignmentFact assignment : c.assignments()) {
        if (assignment.getStartDay() <= publication.getDay() && assignment.getEndDay() >= publication.getDay()) {
          team = assignment;
          break;
        }
      }
      for (String author : publication.getCorrespondingAuthors()) {
        if (team == null || !(author.equals(team.getFirstTutor()) || author.equals(team.getSecondTutor()))) {
          breaches.add(ThreeRules.breach(ThreeRules.AUTHORSHIP, c.student().getId(), publication.getId()));
          break;
        }
      }
    }
    return breaches;
  }

  private static boolean firstMeetingOverdue(Facts facts) {
    StudentCase c = studentCase(facts);
    int asOf = facts.<Integer>get(AS_OF);
    int start = c.student().getStartDay();
    if (start > asOf) {
      return false;
    }
    int due = ThreeRules.firstMeetingDue(start, ThreeRules.FIRST_MEETING_WITHIN_DAYS, c.leaveDays(), asOf);
    if (asOf <= due) {
      return false;
    }
    for (MeetingFact meeting : c.meetings()) {
      if (meeting.getDay() >= start && meeting.getDay() <= due
          && meeting.getAttendees().contains(c.student().getId())) {
        return false;
      }
    }
    return true;
  }

  private static StudentCase studentCase(Facts facts) {
    return facts.get(CASE);
  }

  private static List<String> breachesOf(Facts facts) {
    return facts.get(BREACHES);
  }
}
