package org.jointcultivation.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint and every error of the API, on an H2 file database, on seed 1's day. */
class PortalApiTest {
  static final LocalDate DAY = LocalDate.of(2026, 9, 1);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC);

  /** S-01's monthly debriefing, borne by T-KMU-1, open on seed 1's day. */
  static final String DEBRIEFING_DUTY = "progress-debriefings/S-01/2026-09-01";

  @TempDir
  Path data;

  private Portal portal;

  @BeforeEach
  void start() {
    portal = Portal.start(PortalConfig.h2(data, 0, Optional.of(DAY)), CLOCK);
  }

  @AfterEach
  void stop() {
    portal.close();
  }

  static String meeting(String id, String student, String tutor, String kind) {
    return "{\"type\":\"SupervisionMeetingHeld\",\"id\":\"" + id + "\",\"date\":\"2026-09-01\",\"student\":\"" + student
        + "\",\"kind\":\"" + kind + "\",\"attendees\":[{\"student\":\"" + student + "\"},{\"tutor\":\"" + tutor
        + "\"}],\"subjects\":[\"research plan\"]}";
  }

  private static String stateOf(PortalClient client, String student, String duty) {
    for (JsonNode node : client.get("/api/students/" + student + "/duties").json()) {
      if (node.get("id").asText().equals(duty)) {
        return node.get("state").asText();
      }
    }
    throw new AssertionError(duty + " is not among the duties of " + student);
  }

  @Test
  void signIn_wrongPasswordOrUnknownUser_is401_withTheSameWords_andNoCookie() {
    PortalClient client = new PortalClient(portal);
    PortalClient.Response wrong = client.post("/api/sign-in", "{\"username\":\"office\",\"password\":\"guess\"}");
    PortalClient.Response unknown = client.post("/api/sign-in", "{\"username\":\"nobody\",\"password\":\"demo\"}");

    assertEquals(401, wrong.status());
    assertEquals(wrong.body(), unknown.body(), "an unknown user reads like a wrong password");
    assertEquals(401, client.get("/api/me").status(), "no session was opened");
  }

  @Test
  void everyEndpoint_withoutSigningIn_is401() {
    PortalClient client = new PortalClient(portal);
    for (String path : List.of("/api/me", "/api/students", "/api/students/S-01/duties", "/api/due", "/api/proposals",
        "/api/packs", "/api/dashboard")) {
      assertEquals(401, client.get(path).status(), path);
    }
    assertEquals(401, client.post("/api/events", meeting("M-X", "S-01", "T-KMU-1", "SUPERVISION")).status());
    assertEquals(401, client.post("/api/proposals/decision", "{}").status());
  }

  @Test
  void signOut_endsTheSession() {
    PortalClient office = PortalClient.signedIn(portal, "office");
    assertEquals(200, office.get("/api/me").status());

    assertEquals(204, office.post("/api/sign-out", "").status());

    assertEquals(401, office.get("/api/me").status());
  }

  @Test
  void aForgedOrTamperedCookie_isNotASession() {
    PortalClient office = PortalClient.signedIn(portal, "office");
    assertEquals(200, office.get("/api/me").status());
    java.net.http.HttpClient raw = java.net.http.HttpClient.newHttpClient();
    for (String cookie : List.of("jc_session=b2ZmaWNl.9999999999.forged", "jc_session=garbage", "jc_session=")) {
      java.net.http.HttpResponse<String> response;
      try {
        response = raw.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(portal.url() + "api/me"))
            .header("Cookie", cookie).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      } catch (java.io.IOException | InterruptedException e) {
        throw new AssertionError(e);
      }
      assertEquals(401, response.statusCode(), cookie);
    }
  }

  @Test
  void trainee_seesTheirOwnDuties_andNobodyElses() {
    PortalClient trainee = PortalClient.signedIn(portal, "s-01");
    JsonNode me = trainee.get("/api/me").json();
    assertEquals("TRAINEE", me.get("role").asText());
    assertEquals("2026-09-01", me.get("today").asText());

    JsonNode duties = trainee.get("/api/students/S-01/duties").json();
    assertTrue(duties.size() > 10, duties.toString());
    for (JsonNode duty : duties) {
      assertEquals("S-01", duty.get("subject").asText());
      assertFalse(duty.get("explanation").asText().isBlank());
    }
    PortalClient.Response other = trainee.get("/api/students/S-02/duties");
    PortalClient.Response missing = trainee.get("/api/students/S-999/duties");
    PortalClient.Response malformed = trainee.get("/api/students/%20S-01/duties");
    assertEquals(403, other.status());
    assertEquals(other.body(), missing.body(), "a refusal does not tell whether the student exists");
    assertEquals(other.body(), malformed.body());
  }

  @Test
  void tutor_recordsADebriefing_andTheMonthsDutyIsFulfilled_andStored() {
    PortalClient tutor = PortalClient.signedIn(portal, "t-kmu-1");
    assertEquals("IN_EFFECT", stateOf(tutor, "S-01", DEBRIEFING_DUTY));
    int before = portal.eventCount();

    PortalClient.Response recorded = tutor.post("/api/events", meeting("M-PORTAL-1", "S-01", "T-KMU-1", "PROGRESS_DEBRIEFING"));

    assertEquals(201, recorded.status(), recorded.body());
    assertEquals("FULFILLED", stateOf(tutor, "S-01", DEBRIEFING_DUTY));
    assertEquals(before + 1, portal.eventCount());
    portal.close();
    portal = Portal.start(PortalConfig.h2(data, 0, Optional.of(DAY)), CLOCK);
    PortalClient again = PortalClient.signedIn(portal, "t-kmu-1");
    assertEquals(before + 1, portal.eventCount(), "restart-safe: the event is in the database");
    assertEquals("FULFILLED", stateOf(again, "S-01", DEBRIEFING_DUTY), "and the session is rebuilt from it");
  }

  @Test
  void malformedJson_is400_withThePathAndReason_andStoresNothing() {
    PortalClient tutor = PortalClient.signedIn(portal, "t-kmu-1");
    int before = portal.eventCount();

    PortalClient.Response misspelt = tutor.post("/api/events",
        meeting("M-BAD", "S-01", "T-KMU-1", "SUPERVISION").replace("\"student\":\"S-01\"", "\"studnt\":\"S-01\""));
    PortalClient.Response broken = tutor.post("/api/events", "{\"type\":\"SupervisionMeetingHeld\",");
    PortalClient.Response badSignIn = new PortalClient(portal).post("/api/sign-in", "[1,2]");

    assertEquals(400, misspelt.status());
    assertTrue(misspelt.json().get("path").asText().startsWith("$.studnt"), misspelt.body());
    assertTrue(misspelt.json().get("error").asText().contains("Unrecognized field"), misspelt.body());
    assertEquals(400, broken.status(), broken.body());
    assertEquals(400, badSignIn.status(), badSignIn.body());
    assertEquals("$", badSignIn.json().get("path").asText());
    assertEquals(before, portal.eventCount());
  }

  @Test
  void anEventTheRecordRejects_is422_namingTypeFieldValueAndRule_andStoresNothing() {
    PortalClient tutor = PortalClient.signedIn(portal, "t-kmu-1");
    int before = portal.eventCount();

    // T-KMU-2 is not in S-01's supervision team.
    PortalClient.Response rejected = tutor.post("/api/events", meeting("M-OUT", "S-01", "T-KMU-2", "SUPERVISION"));

    assertEquals(422, rejected.status(), rejected.body());
    JsonNode error = rejected.json();
    assertEquals("SupervisionMeetingHeld", error.get("type").asText());
    assertEquals("attendees", error.get("field").asText());
    assertEquals("T-KMU-2", error.get("value").asText());
    assertTrue(error.get("rule").asText().contains("supervision team"), rejected.body());
    assertEquals(before, portal.eventCount());
    portal.close();
    portal = Portal.start(PortalConfig.h2(data, 0, Optional.of(DAY)), CLOCK);
    assertEquals(before, portal.eventCount(), "nothing reached the database either");
  }

  @Test
  void anEventThePersonMayNotRecord_is403_andStoresNothing() {
    PortalClient otherTutor = PortalClient.signedIn(portal, "t-kmu-2");
    PortalClient trainee = PortalClient.signedIn(portal, "s-01");
    int before = portal.eventCount();
    String incident = "{\"type\":\"IncidentReported\",\"id\":\"I-PORTAL\",\"date\":\"2026-09-01\","
        + "\"subject\":{\"student\":\"S-01\"},\"kind\":\"ACADEMIC_MISCONDUCT\",\"severity\":\"MINOR\","
        + "\"description\":\"copied a figure\"}";

    assertEquals(403, otherTutor.post("/api/events", meeting("M-NOT", "S-01", "T-KMU-2", "SUPERVISION")).status());
    PortalClient.Response byTrainee = trainee.post("/api/events", incident);
    assertEquals(403, byTrainee.status(), byTrainee.body());
    assertEquals(before, portal.eventCount());
  }

  @Test
  void due_listsOpenDutiesWithinTheWindow_inDueOrder_andRejectsABadWindow() {
    PortalClient tutor = PortalClient.signedIn(portal, "t-ymu-1");
    JsonNode due = tutor.get("/api/due?days=30").json();
    assertTrue(due.size() > 0, "something falls due this month");
    List<String> days = new ArrayList<>();
    for (JsonNode duty : due) {
      String day = duty.get("due").asText();
      assertTrue(day.compareTo("2026-09-01") >= 0 && day.compareTo("2026-10-01") <= 0, day);
      assertFalse(List.of("FULFILLED", "VIOLATED").contains(duty.get("state").asText()));
      days.add(day);
    }
    assertEquals(days.stream().sorted().toList(), days);
    assertEquals(400, tutor.get("/api/due?days=0").status());
    assertEquals(400, tutor.get("/api/due?days=soon").status());
  }

  @Test
  void record_showsEachPersonOnlyWhatTheRightsGive() {
    JsonNode enterprise = PortalClient.signedIn(portal, "enterprise").get("/api/record").json();
    assertTrue(enterprise.get("events").size() > 0, "the meetings of its placements");
    boolean meetings = false;
    for (JsonNode event : enterprise.get("events")) {
      String type = event.get("type").asText();
      meetings |= type.equals("SupervisionMeetingHeld");
      for (String hidden : List.of("Health", "Feedback", "Incident", "Measure", "Progress", "Milestone")) {
        assertFalse(type.contains(hidden), "the enterprise sees " + event);
      }
    }
    assertTrue(meetings);
    JsonNode trainee = PortalClient.signedIn(portal, "s-14").get("/api/record").json();
    assertEquals(1, trainee.get("students").size());
    assertTrue(trainee.get("events").toString().contains("HealthAdjustmentMade"), "their own health adjustment");
    JsonNode otherTutor = PortalClient.signedIn(portal, "t-ymu-1").get("/api/record").json();
    assertFalse(otherTutor.toString().contains("HealthAdjustment"), "never another trainee's");
    assertFalse(otherTutor.toString().contains("S-14"));
  }

  @Test
  void packs_listEveryRegulationWithItsCitation() {
    JsonNode packs = PortalClient.signedIn(portal, "s-01").get("/api/packs").json();
    assertEquals(5, packs.size(), packs.toString());
    for (JsonNode pack : packs) {
      for (JsonNode norm : pack.get("norms")) {
        assertFalse(norm.get("citation").asText().isBlank(), norm.toString());
      }
    }
  }

  @Test
  void dashboard_isTheOfficesAndTheDisciplinaryBodys_only() {
    JsonNode dashboard = PortalClient.signedIn(portal, "office").get("/api/dashboard").json();
    assertEquals(24, dashboard.get("trainees").size());
    assertTrue(dashboard.get("tutors").size() > 0);
    assertTrue(dashboard.get("violations").size() > 0, "seed 1 has violations");
    JsonNode overTime = dashboard.get("overTime");
    assertEquals("2024-09-30", overTime.get(0).get("day").asText());
    assertEquals("2026-08-31", overTime.get(overTime.size() - 1).get("day").asText());
    for (String user : List.of("s-01", "t-ymu-1", "enterprise")) {
      assertEquals(403, PortalClient.signedIn(portal, user).get("/api/dashboard").status(), user);
    }
  }

  @Test
  void proposals_areDecidedByTheDisciplinaryBody_only_andTheDecisionIsRecorded() {
    PortalClient office = PortalClient.signedIn(portal, "office");
    PortalClient discipline = PortalClient.signedIn(portal, "discipline");
    JsonNode proposals = discipline.get("/api/proposals").json();
    JsonNode criticism = java.util.stream.StreamSupport.stream(proposals.spliterator(), false)
        .filter(p -> p.get("code").asText().equals("CRITICISM")).findFirst()
        .orElseThrow(() -> new AssertionError("the disciplinary body sees the sanction it must decide: " + proposals));
    assertTrue(criticism.get("mayDecide").asBoolean());
    for (JsonNode proposal : office.get("/api/proposals").json()) {
      assertFalse(proposal.get("code").asText().equals("CRITICISM"), "the office does not see sanctions: " + proposal);
    }
    String decision = "{\"key\":\"" + criticism.get("key").asText() + "\",\"decision\":\"APPROVED\","
        + "\"reasons\":\"heard the trainee on 2026-08-28\"}";
    int before = portal.eventCount();

    assertEquals(403, office.post("/api/proposals/decision", decision).status(), "the office may not decide");
    assertEquals(400, discipline.post("/api/proposals/decision", decision.replace("APPROVED", "MAYBE")).status());
    PortalClient.Response decided = discipline.post("/api/proposals/decision", decision);

    assertEquals(201, decided.status(), decided.body());
    assertEquals(before + 2, portal.eventCount(), "the proposal and the decision");
  }
}
