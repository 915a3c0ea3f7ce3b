package org.jointcultivation.examples;

import java.time.LocalDate;
import org.jointcultivation.core.party.InstitutionId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.RuleEngine;

/**
 * Seed 1's programme for applications that build on the examples, such as the reference portal:
 * the record of {@link MedicalProgrammeReport}, the day it is assessed on, and the engine of its
 * national, college, university and agreement regulations.
 */
public final class SeedOneProgramme {
  /** The home college, a local medical college. */
  public static final InstitutionId COLLEGE = MedicalProgramme.COLLEGE;

  /** The pharmaceutical enterprise that hosts the research institute's trainees on placement. */
  public static final InstitutionId ENTERPRISE = MedicalProgramme.ENTERPRISE;

  /** The day the main example assesses the programme on. */
  public static final LocalDate AS_OF = MedicalProgramme.AS_OF;

  private SeedOneProgramme() {}

  /** The programme: 24 trainees, their tutors, agreements, placements and two years of events. */
  public static CultivationRecord record() {
    return MedicalProgramme.record();
  }

  /** The engine of the programme's regulations, checked against {@code record}. */
  public static RuleEngine engine(CultivationRecord record) {
    return MedicalProgrammeReport.engine(record);
  }
}
