package org.jointcultivation.portal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import org.jointcultivation.core.party.Administrator;
import org.jointcultivation.core.party.AdministratorId;
import org.jointcultivation.core.party.AdministratorRole;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.party.Student;
import org.jointcultivation.core.party.Tutor;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.examples.SeedOneProgramme;

/**
 * What the portal holds on first start: seed 1's programme (the main example's 24 trainees), its
 * programme office, disciplinary body and host enterprise office, and a demo user for each
 * person, all with the password {@value #PASSWORD}.
 */
final class DemoProgramme {
  /** Every demo user's password. */
  static final String PASSWORD = "demo";

  /** The home college's programme office. */
  static final AdministratorId OFFICE = AdministratorId.of("A-YMU-OFFICE");

  /** The home college's disciplinary body. */
  static final AdministratorId DISCIPLINE = AdministratorId.of("A-YMU-DISCIPLINE");

  /** The host enterprise's office. */
  static final AdministratorId ENTERPRISE_OFFICE = AdministratorId.of("A-BSP-OFFICE");

  private DemoProgramme() {}

  /** Seed 1's record with the portal's administrators added. */
  static CultivationRecord record() {
    return SeedOneProgramme.record().toBuilder()
        .addAdministrator(administrator(OFFICE, "Programme office, Youjiang Medical University",
            SeedOneProgramme.COLLEGE, AdministratorRole.PROGRAMME_OFFICE))
        .addAdministrator(administrator(DISCIPLINE, "Disciplinary committee, Youjiang Medical University",
            SeedOneProgramme.COLLEGE, AdministratorRole.DISCIPLINARY_BODY))
        .addAdministrator(administrator(ENTERPRISE_OFFICE, "Placement office, Baise Pharmaceutical Co.",
            SeedOneProgramme.ENTERPRISE, AdministratorRole.PROGRAMME_OFFICE))
        .build();
  }

  /** The demo users: {@code office}, {@code discipline}, {@code enterprise}, and each trainee and tutor by id. */
  static List<PortalUser> users(CultivationRecord record) {
    List<PortalUser> users = new ArrayList<>();
    users.add(new PortalUser("office", Role.PROGRAMME_OFFICE, OFFICE, "Programme office"));
    users.add(new PortalUser("discipline", Role.DISCIPLINARY_BODY, DISCIPLINE, "Disciplinary committee"));
    users.add(new PortalUser("enterprise", Role.HOST_ENTERPRISE, ENTERPRISE_OFFICE, "Baise Pharmaceutical placement office"));
    for (Student student : record.students()) {
      users.add(new PortalUser(username(student.id().value()), Role.TRAINEE, student.id(), student.name()));
    }
    for (Tutor tutor : record.tutors()) {
      users.add(new PortalUser(username(tutor.id().value()), Role.TUTOR, tutor.id(), tutor.name()));
    }
    return users;
  }

  /** The sign-in name of a trainee or tutor: their id in lower case, {@code s-14}, {@code t-kmu-2}. */
  static String username(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  /** Writes the programme, the users and a new cookie key, in one transaction. */
  static void seed(Jdbi jdbi, Instant at) {
    CultivationRecord record = record();
    List<PortalUser> users = users(record);
    // One hash for the shared demo password: hashing each user's anew would only slow the first start.
    String hash = SignIn.hash(PASSWORD);
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    jdbi.useTransaction(handle -> {
      EventStore.seed(handle, record, at);
      users.forEach(user -> UserStore.add(handle, user, hash));
      UserStore.setCookieKey(handle, Base64.getEncoder().encodeToString(key));
    });
  }

  private static Administrator administrator(AdministratorId id, String name, InstitutionId institution,
      AdministratorRole role) {
    return Administrator.builder().id(id).name(name).institution(institution).addRoles(role).build();
  }
}
