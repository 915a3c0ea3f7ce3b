package org.jointcultivation.rules.access;

import static org.jointcultivation.core.testing.SampleProgramme.AGREEMENT;
import static org.jointcultivation.core.testing.SampleProgramme.COLLEAGUE;
import static org.jointcultivation.core.testing.SampleProgramme.COLLEGE;
import static org.jointcultivation.core.testing.SampleProgramme.ENTERPRISE;
import static org.jointcultivation.core.testing.SampleProgramme.INSTITUTE;
import static org.jointcultivation.core.testing.SampleProgramme.OTHER_STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.OUTSIDER;
import static org.jointcultivation.core.testing.SampleProgramme.PRACTICAL;
import static org.jointcultivation.core.testing.SampleProgramme.START;
import static org.jointcultivation.core.testing.SampleProgramme.STUDENT;
import static org.jointcultivation.core.testing.SampleProgramme.THEORETICAL;

import java.time.LocalDate;
import java.util.Optional;
import org.jointcultivation.core.agreement.Candidacy;
import org.jointcultivation.core.agreement.Placement;
import org.jointcultivation.core.agreement.PlacementKind;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.FeedbackChannel;
import org.jointcultivation.core.event.FeedbackSubmitted;
import org.jointcultivation.core.event.FeedbackTopic;
import org.jointcultivation.core.event.HealthAdjustmentRequested;
import org.jointcultivation.core.event.HealthNeed;
import org.jointcultivation.core.event.IncidentKind;
import org.jointcultivation.core.event.IncidentReported;
import org.jointcultivation.core.event.Severity;
import org.jointcultivation.core.event.TrainingCompleted;
import org.jointcultivation.core.event.TrainingKind;
import org.jointcultivation.core.party.Administrator;
import org.jointcultivation.core.party.AdministratorId;
import org.jointcultivation.core.party.AdministratorRole;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.InstitutionKind;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.SampleProgramme;

/**
 * The sample programme with the enterprise as a third party hosting S-1's placement, a government
 * authority, administrators of every role, and one sensitive record of each kind about S-1.
 */
final class RightsFixture {
  static final InstitutionId GOVERNMENT = InstitutionId.of("GOV");
  static final AdministratorId OFFICE = AdministratorId.of("A-OFFICE");
  static final AdministratorId HEALTH = AdministratorId.of("A-HEALTH");
  static final AdministratorId DISCIPLINE = AdministratorId.of("A-DISC");
  static final AdministratorId ARCHIVE = AdministratorId.of("A-ARCHIVE");
  static final AdministratorId ENTERPRISE_OFFICE = AdministratorId.of("A-ENT");
  static final AdministratorId HOST_HEALTH = AdministratorId.of("A-HOST-HEALTH");
  static final AdministratorId MINISTRY = AdministratorId.of("A-GOV");
  static final EventId MEETING = EventId.of("M-1");
  static final EventId FEEDBACK = EventId.of("F-1");
  static final EventId OTHER_FEEDBACK = EventId.of("F-2");
  static final EventId HEALTH_REQUEST = EventId.of("H-1");
  static final EventId INCIDENT = EventId.of("I-1");
  static final EventId TRAINING = EventId.of("TR-1");
  static final LocalDate DAY = START.plusMonths(2);

  private RightsFixture() {}

  static CultivationRecord.Builder builder() {
    return withEvents(withoutEvents());
  }

  /** Every party, candidacy, team and placement; no events. */
  static CultivationRecord.Builder withoutEvents() {
    return parties(true);
  }

  /** Every party and candidacy; S-1's team is left for the caller to assign. */
  static CultivationRecord.Builder withoutTeamOfS1() {
    return withEvents(parties(false));
  }

  private static CultivationRecord.Builder parties(boolean teamOfS1) {
    CultivationRecord.Builder builder = CultivationRecord.builder()
        .addInstitution(SampleProgramme.institution(COLLEGE, InstitutionKind.MEDICAL_COLLEGE))
        .addInstitution(SampleProgramme.institution(INSTITUTE, InstitutionKind.RESEARCH_INSTITUTE))
        .addInstitution(SampleProgramme.institution(ENTERPRISE, InstitutionKind.ENTERPRISE))
        .addInstitution(SampleProgramme.institution(GOVERNMENT, InstitutionKind.GOVERNMENT_AUTHORITY))
        .addAgreement(SampleProgramme.agreement().addParty(ENTERPRISE).build())
        .addTutor(SampleProgramme.tutor(THEORETICAL, COLLEGE))
        .addTutor(SampleProgramme.tutor(PRACTICAL, INSTITUTE))
        .addTutor(SampleProgramme.tutor(COLLEAGUE, COLLEGE))
        .addTutor(SampleProgramme.tutor(OUTSIDER, ENTERPRISE))
        .addAdministrator(admin(OFFICE, COLLEGE, AdministratorRole.PROGRAMME_OFFICE))
        .addAdministrator(admin(HEALTH, COLLEGE, AdministratorRole.HEALTH_DESIGNATE))
        .addAdministrator(admin(DISCIPLINE, COLLEGE, AdministratorRole.DISCIPLINARY_BODY))
        .addAdministrator(admin(ARCHIVE, COLLEGE, AdministratorRole.ARCHIVE))
        .addAdministrator(admin(ENTERPRISE_OFFICE, ENTERPRISE, AdministratorRole.PROGRAMME_OFFICE))
        .addAdministrator(admin(HOST_HEALTH, INSTITUTE, AdministratorRole.HEALTH_DESIGNATE))
        .addAdministrator(admin(MINISTRY, GOVERNMENT, AdministratorRole.PROGRAMME_OFFICE));
    for (StudentId id : new StudentId[] {STUDENT, OTHER_STUDENT}) {
      builder.addStudent(SampleProgramme.student(id))
          .addCandidacy(Candidacy.builder().student(id).agreement(AGREEMENT).homeInstitution(COLLEGE)
              .hostInstitution(INSTITUTE).startDate(START).build());
      if (teamOfS1 || !id.equals(STUDENT)) {
        builder.addAssignment(SampleProgramme.assignment(id).build());
      }
    }
    return builder
        .addPlacement(Placement.builder().student(STUDENT).agreement(AGREEMENT).host(ENTERPRISE)
            .kind(PlacementKind.ENTERPRISE_PRACTICE).startDate(START.plusMonths(1)).endDate(START.plusMonths(7)).build());
  }

  private static CultivationRecord.Builder withEvents(CultivationRecord.Builder builder) {
    return builder
        // during the enterprise placement, which starts a month in
        .addEvent(SampleProgramme.meeting(MEETING.value(), START.plusDays(40)).build())
        .addEvent(feedback(FEEDBACK, STUDENT))
        .addEvent(feedback(OTHER_FEEDBACK, OTHER_STUDENT))
        .addEvent(HealthAdjustmentRequested.builder().id(HEALTH_REQUEST).date(START.plusDays(30)).student(STUDENT)
            .need(HealthNeed.MENTAL).description("fewer night shifts").build())
        .addEvent(IncidentReported.builder().id(INCIDENT).date(START.plusDays(40)).subject(STUDENT)
            .kind(IncidentKind.NEGLIGENCE).severity(Severity.MINOR).description("missed a safety briefing").build())
        .addEvent(TrainingCompleted.builder().id(TRAINING).date(START.plusDays(5)).tutor(THEORETICAL)
            .kind(TrainingKind.IN_POST).hours(4).build());
  }

  static CultivationRecord record() {
    return builder().build();
  }

  private static Administrator admin(AdministratorId id, InstitutionId institution, AdministratorRole role) {
    return Administrator.builder().id(id).name("Admin " + id).institution(institution).addRole(role).build();
  }

  private static FeedbackSubmitted feedback(EventId id, StudentId student) {
    return FeedbackSubmitted.builder().id(id).date(START.plusDays(20)).student(student)
        .channel(FeedbackChannel.EVALUATION_PLATFORM).topic(FeedbackTopic.SUPERVISION).text("more lab time").build();
  }

  /** A policy named {@code id} whose verdict {@code body} gives, whatever the request. */
  static AccessPolicy policy(String id, java.util.function.Supplier<Optional<Verdict>> body) {
    return new AccessPolicy() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Optional<Verdict> evaluate(AccessRequest request) {
        return body.get();
      }
    };
  }
}
