package org.jointcultivation.rules;

import static org.jointcultivation.core.testing.SampleProgramme.AGREEMENT;
import static org.jointcultivation.core.testing.SampleProgramme.COLLEGE;
import static org.jointcultivation.core.testing.SampleProgramme.INSTITUTE;
import static org.jointcultivation.core.testing.SampleProgramme.PRACTICAL;
import static org.jointcultivation.core.testing.SampleProgramme.START;
import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.THEORETICAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jointcultivation.core.Money;
import org.jointcultivation.core.agreement.Candidacy;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.FeedbackChannel;
import org.jointcultivation.core.event.FeedbackFollowedUp;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.event.FeedbackTopic;
import org.jointcultivation.core.event.LeaveKind;
import org.jointcultivation.core.event.LeaveTaken;
import org.jointcultivation.core.event.MeetingKind;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.event.TrainingCompleted;
import org.jointcultivation.core.event.TrainingKind;
import org.jointcultivation.core.norm.AuthorityLevel;
import org.jointcultivation.core.norm.Norm;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.SampleProgramme;

/** Builds records and engines for scenario tests from the sample programme. */
final class Programme {
  private final CultivationRecord.Builder builder;
  private final List<CultivationEvent> events = new ArrayList<>();
  private int counter;

  private Programme(CultivationRecord.Builder builder) {
    this.builder = builder;
  }

  /** The sample programme: S-1 and S-2, full-time master's, starting 2025-09-01. */
  static Programme sample() {
    return new Programme(SampleProgramme.builder());
  }

  /** The sample programme's parties and agreement with these students instead, each with the sample team. */
  static Programme with(Student... students) {
    CultivationRecord.Builder builder = CultivationRecord.builder()
        .addInstitution(SampleProgramme.institution(COLLEGE, org.jointcultivation.core.party.InstitutionKind.MEDICAL_COLLEGE))
        .addInstitution(SampleProgramme.institution(INSTITUTE, org.jointcultivation.core.party.InstitutionKind.RESEARCH_INSTITUTE))
        .addInstitution(SampleProgramme.institution(SampleProgramme.ENTERPRISE, org.jointcultivation.core.party.InstitutionKind.ENTERPRISE))
        .addAgreement(SampleProgramme.agreement().build())
        .addTutor(SampleProgramme.tutor(THEORETICAL, COLLEGE))
        .addTutor(SampleProgramme.tutor(PRACTICAL, INSTITUTE))
        .addTutor(SampleProgramme.tutor(SampleProgramme.COLLEAGUE, COLLEGE))
        .addTutor(SampleProgramme.tutor(SampleProgramme.OUTSIDER, SampleProgramme.ENTERPRISE));
    for (Student student : students) {
      builder.addStudent(student)
          .addCandidacy(Candidacy.builder().student(student.id()).agreement(AGREEMENT).homeInstitution(COLLEGE)
              .hostInstitution(INSTITUTE).startDate(student.startDate()).build())
          .addAssignment(SampleProgramme.assignment(student.id()).startDate(student.startDate()).build());
    }
    return new Programme(builder);
  }

  CultivationRecord.Builder builder() {
    return builder;
  }

  String nextId() {
    counter++;
    return "E-" + counter;
  }

  Programme add(CultivationEvent event) {
    events.add(event);
    return this;
  }

  /** A meeting of {@link SampleProgramme#STUDENT} with both tutors, confirmed by the student and the lead. */
  Programme meeting(LocalDate day) {
    return add(SampleProgramme.meeting(nextId(), day).build());
  }

  /** Meetings of {@code student}, on each day given, with both tutors. */
  Programme meetings(StudentId student, LocalDate... days) {
    for (LocalDate day : days) {
      add(SampleProgramme.meeting(nextId(), day).student(student).attendees(List.of(student, THEORETICAL, PRACTICAL))
          .confirmedBy(List.of(student, PRACTICAL)).build());
    }
    return this;
  }

  /** A meeting of {@code student} with exactly these attendees, confirmed by {@code confirmers}. */
  Programme meeting(StudentId student, LocalDate day, MeetingKind kind, List<PersonId> attendees, List<PersonId> confirmers) {
    return add(SupervisionMeetingHeld.builder().id(EventId.of(nextId())).date(day).student(student).kind(kind)
        .attendees(attendees).confirmedBy(confirmers).build());
  }

  FeedbackSubmitted feedback(LocalDate day) {
    FeedbackSubmitted feedback = FeedbackSubmitted.builder().id(EventId.of(nextId())).date(day).student(STUDENT)
        .channel(FeedbackChannel.SEMINAR).topic(FeedbackTopic.SUPERVISION).text("more lab time").build();
    add(feedback);
    return feedback;
  }

  Programme followUp(FeedbackSubmitted feedback, LocalDate day) {
    return add(FeedbackFollowedUp.builder().id(EventId.of(nextId())).date(day).student(STUDENT)
        .feedback(feedback.id()).by(PRACTICAL).action("booked lab time").build());
  }

  Programme leave(StudentId student, LeaveKind kind, LocalDate from, LocalDate to) {
    return add(LeaveTaken.builder().id(EventId.of(nextId())).date(from).student(student).kind(kind).endDate(to).build());
  }

  Programme training(org.jointcultivation.core.party.TutorId tutor, TrainingKind kind, LocalDate day, int hours) {
    return add(TrainingCompleted.builder().id(EventId.of(nextId())).date(day).tutor(tutor).kind(kind).hours(hours).build());
  }

  static Money cny(String amount) {
    return Money.of(amount, "CNY");
  }

  CultivationRecord record() {
    return builder.addEvents(events).build();
  }

  static PolicyPack pack(String id, AuthorityLevel layer, Norm... norms) {
    PolicyPack.Builder pack = PolicyPack.builder().id(id).version("1").title(id).layer(layer).addNorms(norms);
    if (layer == AuthorityLevel.INSTITUTION) {
      pack.institution(COLLEGE);
    } else if (layer == AuthorityLevel.AGREEMENT) {
      pack.agreement(AGREEMENT);
    }
    return pack.build();
  }

  static RuleEngine engine(Norm... norms) {
    return RuleEngine.builder().addPack(pack("TEST", AuthorityLevel.NATIONAL, norms)).build();
  }

  static LocalDate day(int offsetDays) {
    return START.plusDays(offsetDays);
  }

  static Map<String, String> params(String... keyValues) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
