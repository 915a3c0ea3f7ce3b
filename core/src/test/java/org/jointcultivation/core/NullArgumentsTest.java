package org.jointcultivation.core;

import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.jointcultivation.core.agreement.AgreementId;
import org.jointcultivation.core.agreement.CooperationAgreement;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.PersonId;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.core.testing.SampleProgramme;
import org.junit.jupiter.api.Test;

/** Every public method and constructor rejects a null argument with a NullPointerException. */
class NullArgumentsTest {
  private static NullPointerTester tester() {
    SupervisionMeetingHeld meeting = SampleProgramme.meeting("M-1", SampleProgramme.START).build();
    return new NullPointerTester()
        .setDefault(StudentId.class, SampleProgramme.STUDENT)
        .setDefault(TutorId.class, SampleProgramme.THEORETICAL)
        .setDefault(PersonId.class, SampleProgramme.STUDENT)
        .setDefault(InstitutionId.class, SampleProgramme.COLLEGE)
        .setDefault(AgreementId.class, SampleProgramme.AGREEMENT)
        .setDefault(EventId.class, meeting.id())
        .setDefault(LocalDate.class, SampleProgramme.START)
        .setDefault(DateRange.class, DateRange.from(SampleProgramme.START))
        .setDefault(CultivationEvent.class, meeting)
        .setDefault(Student.class, SampleProgramme.student(SampleProgramme.STUDENT))
        .setDefault(CooperationAgreement.class, SampleProgramme.agreement().build());
  }

  @Test
  void valuesAndFactories() {
    NullPointerTester tester = tester();
    for (Class<?> type : new Class<?>[] {StudentId.class, TutorId.class, InstitutionId.class, AgreementId.class,
        EventId.class, DateRange.class, Money.class}) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(DateRange.of(SampleProgramme.START, SampleProgramme.START.plusDays(3)));
    tester.testAllPublicInstanceMethods(Money.of("10", "CNY"));
  }

  @Test
  void builders() {
    NullPointerTester tester = tester();
    tester.testAllPublicInstanceMethods(Student.builder());
    tester.testAllPublicInstanceMethods(SupervisionMeetingHeld.builder());
    tester.testAllPublicInstanceMethods(CooperationAgreement.builder());
    tester.testAllPublicInstanceMethods(CultivationRecord.builder());
  }

  @Test
  void record() {
    NullPointerTester tester = tester();
    tester.testAllPublicInstanceMethods(SampleProgramme.record());
    tester.testAllPublicInstanceMethods(SampleProgramme.agreement().build());
  }
}
