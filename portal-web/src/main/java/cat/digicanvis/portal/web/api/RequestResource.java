package cat.digicanvis.portal.web.api;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.application.request.ContactRequestView;
import cat.digicanvis.portal.application.request.ConversationService;
import cat.digicanvis.portal.application.request.ConversationView;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import cat.digicanvis.portal.web.account.Sessions;
import cat.digicanvis.portal.web.support.IsoDays;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Contact, visit and collaboration requests for their parties: the caller's requests (sent, or received by
 * their bodies), one request with its conversation, and its steps as POSTs with the session cookie and
 * {@code X-CSRF-Token}. Each step names the version it was read at ({@code "version"}); a request changed
 * meanwhile answers 409. Somebody outside a request gets 404, a party who may not take a step 403, a step the
 * request's state refuses 400 — with messages in the caller's language.
 */
@Tag(name = "requests")
@Path("requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    public record RequestJson(long id, int version, String kind, String status, String from, long fromId, String to,
            long toId, Long sheet, String sheetTitle, String requester, String message, LocalDate visitFrom,
            LocalDate visitTo, Integer visitors, LocalDate agreedDate, LocalDate proposedDate, String proposedBy,
            LocalDateTime createdAt, LocalDateTime closedAt, String outcomeNote, Boolean outcomeUseful, String url) {
    }

    public record LineJson(long id, String kind, String side, String author, boolean contactPerson, String html,
            LocalDate visitDate, LocalDateTime at) {
    }

    public record ConversationJson(RequestJson request, String mySide, List<LineJson> lines, List<String> mayDo) {
    }

    public record ListJson(List<RequestJson> items) {
    }

    /** What a step carries; each step reads the fields it needs. */
    public record StepJson(Integer version, String text, String date, Boolean held, Boolean useful, Boolean show) {
    }

    @Inject
    ConversationService conversations;
    @Inject
    AccountService accounts;
    @Context
    HttpServletRequest request;

    private Actor actor() {
        return Sessions.actor(request, accounts);
    }

    @Operation(summary = "The caller's requests: sent by them or their bodies, received by their bodies")
    @APIResponse(responseCode = "200", description = "Newest first")
    @APIResponse(responseCode = "403", description = "Not signed in")
    @GET
    public ListJson list() {
        return new ListJson(conversations.mine(actor()).stream().map(this::json).toList());
    }

    @Operation(summary = "A request with its conversation, for its parties")
    @APIResponse(responseCode = "200", description = "The request, its lines and the steps the caller may take")
    @APIResponse(responseCode = "404", description = "No such request, or the caller is not one of its parties")
    @GET
    @Path("{id}")
    public ConversationJson one(@PathParam("id") String id) {
        return json(conversations.conversation(actor(), ForumResource.id("id", id)));
    }

    @Operation(summary = "Write a message in the conversation (20–32,000 characters, Markdown)")
    @POST
    @Path("{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConversationJson message(@PathParam("id") String id, StepJson s) {
        return step(id, r -> conversations.message(actor(), r, body(s).text()));
    }

    @Operation(summary = "Accept (the receiving body; a visit needs \"date\", yyyy-mm-dd)")
    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConversationJson accept(@PathParam("id") String id, StepJson s) {
        return step(id, r -> conversations.accept(actor(), r, version(s), IsoDays.parse(s.date(), "visitDate"),
                s.text()));
    }

    @Operation(summary = "Decline, with the reason in \"text\" (the receiving body)")
    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConversationJson decline(@PathParam("id") String id, StepJson s) {
        return step(id, r -> conversations.decline(actor(), r, version(s), s.text()));
    }

    @Operation(summary = "Ask the sender for more information (the receiving body)")
    @POST
    @Path("{id}/ask")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConversationJson ask(@PathParam("id") String id, StepJson s) {
        return step(id, r -> conversations.askInformation(actor(), r, body(s).text()));
    }

    @Operation(summary = "Propose another day for a visit (\"date\"); the other side confirms it")
    @POST
    @Path("{id}/propose-date")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConversationJson propose(@PathParam("id") String id, StepJson s) {
        return step(id, r -> conversations.proposeDate(actor(), r, version(s), IsoDays.parse(s.date(), "visitDate"),
                s.text()));
    }

    @Operation(summary = "Confirm the day the other side proposed")
    @POST
    @Path("{id}/confirm-date")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConversationJson confirm(@PathParam("id") String id, StepJson s) {
        return step(id, r -> conversations.confirmDate(actor(), r, version(s)));
    }

    @Operation(summary = "Cancel (the sender while it waits; either side once accepted)")
    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConversationJson cancel(@PathParam("id") String id, StepJson s) {
        return step(id, r -> conversations.cancel(actor(), r, version(s), s.text()));
    }

    @Operation(summary = "Record the outcome (the sender): \"held\", \"useful\" (needed when held), \"text\"")
    @POST
    @Path("{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConversationJson outcome(@PathParam("id") String id, StepJson s) {
        if (body(s).held() == null) {
            throw new RuleViolationException(Violation.of("held", "validation.required"));
        }
        return step(id, r -> conversations.recordOutcome(actor(), r, version(s), s.held(), s.useful(), s.text()));
    }

    @Operation(summary = "Agree (\"show\": true) or not to show one's body's name with the other's on the sheet")
    @POST
    @Path("{id}/show-name")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConversationJson showName(@PathParam("id") String id, StepJson s) {
        return step(id, r -> conversations.showName(actor(), r, version(s), Boolean.TRUE.equals(s.show())));
    }

    /** Takes a step on the request and answers the conversation as it now stands. */
    private ConversationJson step(String id, java.util.function.LongConsumer step) {
        long r = ForumResource.id("id", id);
        step.accept(r);
        return json(conversations.conversation(actor(), r));
    }

    private static StepJson body(StepJson s) {
        return s == null ? new StepJson(null, null, null, null, null, null) : s;
    }

    private static int version(StepJson s) {
        if (s == null || s.version() == null) {
            throw new RuleViolationException(Violation.of("version", "validation.required"));
        }
        return s.version();
    }

    private RequestJson json(ContactRequestView r) {
        return new RequestJson(r.id(), r.version(), r.kind().name(), r.status().name(), r.from().name(), r.from().id(),
                r.to().name(), r.to().id(), r.sheetId(), r.sheetTitle(), r.requesterName(), r.message(),
                r.visitFrom(), r.visitTo(), r.visitors(), r.agreedDate(), r.proposedDate(),
                r.proposedBy() == null ? null : r.proposedBy().name(), r.createdAt(), r.closedAt(), r.outcomeNote(),
                r.outcomeUseful(), request.getContextPath() + "/account/conversation.xhtml?id=" + r.id());
    }

    private ConversationJson json(ConversationView c) {
        ConversationView.Actions x = c.actions();
        List<String> may = new java.util.ArrayList<>();
        addIf(may, x.message(), "messages");
        addIf(may, x.accept(), "accept");
        addIf(may, x.decline(), "decline");
        addIf(may, x.askInformation(), "ask");
        addIf(may, x.proposeDate(), "propose-date");
        addIf(may, x.confirmDate(), "confirm-date");
        addIf(may, x.cancel(), "cancel");
        addIf(may, x.recordOutcome(), "outcome");
        addIf(may, x.showName(), "show-name");
        return new ConversationJson(json(c.request()), c.mySide() == null ? null : c.mySide().name(),
                c.lines().stream().map(l -> new LineJson(l.id(), l.kind().name(), l.side().name(), l.author(),
                        l.contactPerson(), l.html(), l.visitDate(), l.at())).toList(), may);
    }

    private static void addIf(List<String> out, boolean when, String step) {
        if (when) {
            out.add(step);
        }
    }
}
