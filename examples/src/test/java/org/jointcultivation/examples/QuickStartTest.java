package org.jointcultivation.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  @Test
  void run_printsTeamEventsClausesAndTheRejection() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    QuickStart.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String output = buffer.toString(StandardCharsets.UTF_8);

    assertTrue(output.contains("students=1"), output);
    assertTrue(output.contains("first person in charge: T-CHEN"), output);
    assertTrue(output.contains("SupervisionMeetingHeld M-1"), output);
    assertTrue(output.contains("PublicationSubmitted PUB-1"), output);
    assertTrue(output.contains("§4 FundingClause"), output);
    assertTrue(output.contains("Rejected, as it should be: SupervisionMeetingHeld [M-2] field 'tutors'"
        + " = T-UNKNOWN: must refer to an entry in the record"), output);
  }
}
