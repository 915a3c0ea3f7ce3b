package org.jointcultivation.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  @Test
  void run_printsTeamEventsClausesAssessmentAndTheRejection() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    QuickStart.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String output = buffer.toString(StandardCharsets.UTF_8);

    assertTrue(output.contains("students=1"), output);
    assertTrue(output.contains("first person in charge: T-CHEN"), output);
    assertTrue(output.contains("SupervisionMeetingHeld M-1"), output);
    assertTrue(output.contains("PublicationSubmitted PUB-1"), output);
    assertTrue(output.contains("§4 FundingClause"), output);
    assertTrue(output.contains("1 SupervisionMeetingHeld with [S-2025-001] in academic year 2025-09-01..2026-08-31; "
        + "SOLENT-RD@2024.1 (Solent University, Research Degrees Code of Practice (2024) §5.3) requires ≥ 9"), output);
    assertTrue(output.contains("FULFILLED  first-meeting: met by M-1 on 2025-09-15"), output);
    assertTrue(output.contains("FULFILLED  corresponding-author"), output);
    assertTrue(output.contains("violations=1"), output);
    assertTrue(output.contains("JSON round trip: record true, assessment true"), output);
    assertTrue(output.contains("Rejected JSON: <json> at $.tutors[0].homeInstitute (line "), output);
    assertTrue(output.contains("Unrecognized field \"homeInstitute\""), output);
    assertTrue(output.contains("Rejected, as it should be: SupervisionMeetingHeld [M-2] field 'tutors'"
        + " = T-UNKNOWN: must refer to an entry in the record"), output);
  }
}
