package org.jointcultivation.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jointcultivation.core.ValidationException;
import org.jointcultivation.core.event.CultivationEvent;
import org.jointcultivation.core.event.Decision;
import org.jointcultivation.core.event.EventId;
import org.jointcultivation.core.event.MeasureDecided;
import org.jointcultivation.core.event.MeasureProposed;
import org.jointcultivation.core.event.SupervisionMeetingHeld;
import org.jointcultivation.core.json.CultivationJson;
import org.jointcultivation.core.json.JsonFormatException;
import org.jointcultivation.core.norm.PolicyPack;
import org.jointcultivation.core.party.StudentId;
import org.jointcultivation.core.party.TutorId;
import org.jointcultivation.core.record.CultivationRecord;
import org.jointcultivation.rules.Assessment;
import org.jointcultivation.rules.ObligationInstance;
import org.jointcultivation.rules.Proposal;
import org.jointcultivation.rules.Subject;
import org.jointcultivation.rules.access.AccessControl;
import org.jointcultivation.rules.access.Action;
import org.jointcultivation.rules.access.AssessmentView;
import org.jointcultivation.rules.access.RecordView;
import org.jointcultivation.rules.access.Resource;

/**
 * The HTTP JSON API. Every answer is made from the principal's {@link AssessmentView} or after an
 * {@link AccessControl} decision: nothing the rights withhold is ever written to the response.
 */
final class Api {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Api.class);
  private final Programme programme;
  private final SignIn signIn;
  private final AccessControl access;
  private final ObjectMapper json = CultivationJson.newMapper();
  private final ComplianceHistory history;

  Api(Programme programme, SignIn signIn, AccessControl access) {
    this.programme = programme;
    this.signIn = signIn;
    this.access = access;
    this.history = new ComplianceHistory(programme.engine(), access);
  }

  void routes(JavalinConfig config) {
    config.routes.post("/api/sign-in", this::signIn);
    config.routes.post("/api/sign-out", ctx -> ctx.removeCookie(SignIn.COOKIE, "/").status(204));
    config.routes.get("/api/me", ctx -> send(ctx, Views.Me.of(user(ctx), programme.today())));
    config.routes.get("/api/students", this::students);
    config.routes.get("/api/record", this::recordView);
    config.routes.get("/api/students/{id}/duties", this::duties);
    config.routes.get("/api/due", this::due);
    config.routes.get("/api/proposals", this::proposals);
    config.routes.post("/api/proposals/decision", this::decide);
    config.routes.post("/api/events", this::recordEvent);
    config.routes.get("/api/packs", this::packs);
    config.routes.get("/api/dashboard", this::dashboard);
    config.routes.exception(Exception.class, (e, ctx) -> {
      // The cause goes to the log only: a response never carries a stack trace or internal state.
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      sendError(ctx, Views.Problem.of(500, "the portal failed; the error is in its log"));
    });
    config.routes.exception(ApiException.class, (e, ctx) -> sendError(ctx, Views.Problem.of(e.status(), e.reason())));
    config.routes.exception(JsonFormatException.class, (e, ctx) -> sendError(ctx, new Views.Problem(400, e.reason(),
        Optional.of(e.path()), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
    config.routes.exception(ValidationException.class, (e, ctx) -> sendError(ctx, new Views.Problem(422,
        e.getMessage(), Optional.empty(), Optional.of(e.type()), Optional.of(e.field()), Optional.of(e.value()),
        Optional.of(e.rule()))));
  }

  private void signIn(Context ctx) {
    JsonNode body = body(ctx);
    String username = text(body, "username");
    String password = text(body, "password");
    PortalUser user = signIn.check(username, password)
        .orElseThrow(() -> new ApiException(401, "unknown user or wrong password"));
    ctx.cookie(new Cookie(SignIn.COOKIE, signIn.cookieFor(user), "/", (int) SignIn.SESSION.toSeconds(), false, true,
        "", SameSite.STRICT));
    send(ctx, Views.Me.of(user, programme.today()));
  }

  private void students(Context ctx) {
    PortalUser user = user(ctx);
    CultivationRecord record = programme.record();
    AssessmentView view = view(user);
    List<Views.Compliance> students = access.filter(record, programme.today(), user.person()).students().stream()
        .map(s -> Views.Compliance.of(s.id().value(), s.name(), about(view, Subject.of(s.id()))))
        .toList();
    send(ctx, students);
  }

  /** What the person may see of the record itself: students, placements and events (as the library's JSON). */
  private void recordView(Context ctx) {
    PortalUser user = user(ctx);
    RecordView view = access.filter(programme.record(), programme.today(), user.person());
    send(ctx, new Views.RecordSeen(view.students(), view.placements(), view.events()));
  }

  private void duties(Context ctx) {
    PortalUser user = user(ctx);
    StudentId student = parse(() -> StudentId.of(ctx.pathParam("id")));
    require(user, Action.VIEW_STUDENT_RECORD, Resource.student(student));
    send(ctx, about(view(user), Subject.of(student)).stream().map(Views.Duty::of).toList());
  }

  private void due(Context ctx) {
    PortalUser user = user(ctx);
    String daysParameter = Optional.ofNullable(ctx.queryParam("days")).orElse("30");
    int days;
    try {
      days = Integer.parseInt(daysParameter);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("days must be a whole number from 1 to 366, not '" + daysParameter + "'");
    }
    if (days < 1 || days > 366) {
      throw ApiException.badRequest("days must be a whole number from 1 to 366, not " + days);
    }
    LocalDate today = programme.today();
    LocalDate until = today.plusDays(days);
    send(ctx, view(user).obligations().stream()
        .filter(o -> !o.state().isFinal() && o.dueDate().map(d -> !d.isBefore(today) && !d.isAfter(until)).orElse(false))
        .sorted(Comparator.comparing((ObligationInstance o) -> o.dueDate().orElseThrow()).thenComparing(ObligationInstance::id))
        .map(Views.Duty::of).toList());
  }

  private void proposals(Context ctx) {
    PortalUser user = user(ctx);
    send(ctx, proposalViews(user, view(user)));
  }

  private List<Views.ProposalView> proposalViews(PortalUser user, AssessmentView view) {
    List<Views.ProposalView> views = new ArrayList<>();
    Views.ProposalView.keyed(view.proposals()).forEach((key, p) ->
        views.add(Views.ProposalView.of(key, p, mayDecide(user, p))));
    return views;
  }

  /**
   * Decides a proposal: records the proposal as a {@code MeasureProposed} and the decision as a
   * {@code MeasureDecided}, both or neither.
   */
  private void decide(Context ctx) {
    PortalUser user = user(ctx);
    JsonNode body = body(ctx);
    String key = text(body, "key");
    Decision decision = parse(() -> Decision.valueOf(text(body, "decision")),
        "decision must be one of APPROVED, MODIFIED, REJECTED");
    String reasons = text(body, "reasons");
    Proposal proposal = Optional.ofNullable(Views.ProposalView.keyed(view(user).proposals()).get(key))
        .orElseThrow(ApiException::notAllowed);
    if (!mayDecide(user, proposal)) {
      throw ApiException.notAllowed();
    }
    LocalDate today = programme.today();
    int next = programme.record().events().size() + 1;
    EventId proposed = EventId.of("MP-PORTAL-" + next);
    MeasureProposed proposedEvent = MeasureProposed.builder().id(proposed).date(today)
        .subject(proposal.subject().id()).measure(proposal.measure())
        .reason(String.join("; ", proposal.reasons())).addAllEvidence(proposal.evidence()).build();
    MeasureDecided decided = MeasureDecided.builder().id(EventId.of("MD-PORTAL-" + next)).date(today)
        .proposal(proposed).subject(proposal.subject().id()).decision(decision).decidedBy(user.person())
        .reasons(reasons).build();
    programme.record(List.of(proposedEvent, decided), user);
    ctx.status(201);
    send(ctx, List.of(proposedEvent.id().value(), decided.id().value()));
  }

  /**
   * Records one event. A supervision meeting may be recorded by whoever the rights let record
   * meetings for its student (the trainee and their tutors); any other kind only by a programme
   * office that may see the record of every student it names.
   */
  private void recordEvent(Context ctx) {
    PortalUser user = user(ctx);
    CultivationEvent event = CultivationJson.fromJson(ctx.body(), CultivationEvent.class);
    if (event instanceof SupervisionMeetingHeld meeting) {
      require(user, Action.RECORD_MEETING, Resource.student(meeting.student()));
    } else {
      if (user.role() != Role.PROGRAMME_OFFICE) {
        throw ApiException.notAllowed();
      }
      for (StudentId student : event.references().students()) {
        require(user, Action.VIEW_STUDENT_RECORD, Resource.student(student));
      }
    }
    programme.record(List.of(event), user);
    ctx.status(201);
    send(ctx, List.of(event.id().value()));
  }

  private void packs(Context ctx) {
    user(ctx);
    List<Views.Pack> packs = new ArrayList<>();
    for (PolicyPack pack : programme.engine().packs()) {
      packs.add(new Views.Pack(pack.coordinates(), pack.title(), pack.layer().name(), pack.norms().stream()
          .map(n -> new Views.NormView(n.id(), n.title(), n.source().citation(), n.template())).toList()));
    }
    send(ctx, packs);
  }

  private void dashboard(Context ctx) {
    PortalUser user = user(ctx);
    if (user.role() != Role.PROGRAMME_OFFICE && user.role() != Role.DISCIPLINARY_BODY) {
      throw ApiException.notAllowed();
    }
    CultivationRecord record = programme.record();
    AssessmentView view = view(user);
    List<Views.Compliance> trainees = access.filter(record, programme.today(), user.person()).students().stream()
        .map(s -> Views.Compliance.of(s.id().value(), s.name(), about(view, Subject.of(s.id()))))
        .toList();
    Set<TutorId> tutors = view.obligations().stream().flatMap(o -> o.bearers().stream())
        .filter(TutorId.class::isInstance).map(TutorId.class::cast)
        .collect(Collectors.toCollection(() -> new java.util.TreeSet<>(Comparator.comparing(TutorId::value))));
    List<Views.Compliance> tutorCompliance = tutors.stream()
        .map(t -> Views.Compliance.of(t.value(), record.tutor(t).map(x -> x.name()).orElse(t.value()),
            view.obligations().stream().filter(o -> o.bearers().contains(t)).toList()))
        .toList();
    send(ctx, new Views.Dashboard(trainees, tutorCompliance,
        view.violations().stream().map(v -> Views.Duty.of(v.obligation())).toList(),
        proposalViews(user, view),
        history.monthly(record, programme.today(), user.person())));
  }

  // --- helpers -------------------------------------------------------------------------------

  private PortalUser user(Context ctx) {
    return signIn.userOf(ctx.cookie(SignIn.COOKIE)).orElseThrow(ApiException::notSignedIn);
  }

  private AssessmentView view(PortalUser user) {
    Assessment assessment = programme.session().assessment();
    return access.filter(programme.record(), assessment, user.person());
  }

  private static List<ObligationInstance> about(AssessmentView view, Subject subject) {
    return view.obligations().stream().filter(o -> o.subject().equals(subject)).toList();
  }

  private boolean allowed(PortalUser user, Action action, Resource resource) {
    return access.decide(programme.record(), programme.today(), user.person(), action, resource).allowed();
  }

  private void require(PortalUser user, Action action, Resource resource) {
    if (!allowed(user, action, resource)) {
      throw ApiException.notAllowed();
    }
  }

  /** The resource a measure's subject is; none for an institution or agreement, which the standard rights grant to no one. */
  private static Optional<Resource> resourceOf(Subject subject) {
    if (subject.id() instanceof StudentId student) {
      return Optional.of(Resource.student(student));
    }
    if (subject.id() instanceof TutorId tutor) {
      return Optional.of(Resource.tutor(tutor));
    }
    return Optional.empty();
  }

  private boolean mayDecide(PortalUser user, Proposal proposal) {
    return resourceOf(proposal.subject()).map(r -> allowed(user, Action.DECIDE_MEASURE, r)).orElse(false);
  }

  private JsonNode body(Context ctx) {
    try {
      JsonNode body = json.readTree(ctx.body());
      if (body == null || !body.isObject()) {
        throw new JsonFormatException("request body", "$", "must be a JSON object", null);
      }
      return body;
    } catch (JsonProcessingException e) {
      throw new JsonFormatException("request body", "$", e.getOriginalMessage(), e);
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new JsonFormatException("request body", "$." + field, "must be a non-blank string", null);
    }
    return value.asText();
  }

  private static <T> T parse(java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      // A malformed id is answered as any id the person may not see.
      throw ApiException.notAllowed();
    }
  }

  private static <T> T parse(java.util.function.Supplier<T> parse, String message) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(message);
    }
  }

  private void send(Context ctx, Object value) {
    try {
      ctx.contentType("application/json").result(json.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write the response as JSON", e);
    }
  }

  private void sendError(Context ctx, Views.Problem error) {
    ctx.status(error.status());
    send(ctx, error);
  }
}
