package cat.digicanvis.portal.application.request;

import cat.digicanvis.portal.application.VersionChecked;
import cat.digicanvis.portal.application.audit.AuditLog;
import cat.digicanvis.portal.application.body.LocalBodyService;
import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import cat.digicanvis.portal.application.mail.MailService;
import cat.digicanvis.portal.application.recommendation.RecommenderDataChanged;
import cat.digicanvis.portal.application.sheet.SheetView;
import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.localbody.LocalBody;
import cat.digicanvis.portal.domain.model.localbody.LocalBodyRepository;
import cat.digicanvis.portal.domain.model.membership.Membership;
import cat.digicanvis.portal.domain.model.membership.MembershipRepository;
import cat.digicanvis.portal.domain.model.membership.MembershipStatus;
import cat.digicanvis.portal.domain.model.project.ProjectSheet;
import cat.digicanvis.portal.domain.model.project.ProjectSheetRepository;
import cat.digicanvis.portal.domain.model.project.SheetStatus;
import cat.digicanvis.portal.domain.model.recommendation.Interaction;
import cat.digicanvis.portal.domain.model.recommendation.RecommendationRepository;
import cat.digicanvis.portal.domain.model.request.ContactRequest;
import cat.digicanvis.portal.domain.model.request.ContactRequestRepository;
import cat.digicanvis.portal.domain.model.request.RequestStatus;
import cat.digicanvis.portal.domain.model.request.Side;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Contact, visit and collaboration requests between bodies: a member sends one in the name of their body,
 * an administrator forwards it to the other body's members and the sheet's contact people (by mail) or
 * rejects it with a reason, and the requester may withdraw it while it waits. A request about a sheet is a
 * strong interaction for the recommender (contact and visit 4, collaboration 5) while it is alive.
 */
@Stateless
@VersionChecked
public class ContactRequestService {

    static final int LIST_MAX = 200;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    ContactRequestRepository requests;
    @Inject
    AccountRepository accounts;
    @Inject
    LocalBodyRepository bodies;
    @Inject
    MembershipRepository memberships;
    @Inject
    ProjectSheetRepository sheets;
    @Inject
    RecommendationRepository interactions;
    @Inject
    MailService mail;
    @Inject
    ConversationMailer conversationMailer;
    @Inject
    AuditLog audit;
    @Inject
    RequestInterest interest;
    @Inject
    Event<RecommenderDataChanged> recommenderData;

    /** The form for a request to a body, optionally about one of its published sheets. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public RequestFormView form(Actor actor, long toBodyId, Long sheetId) {
        actor.require(actor.isSignedIn(), "request.form");
        LocalBody to = bodies.find(toBodyId).orElseThrow(() -> new NotFoundException("body", toBodyId));
        List<SheetView.SheetLink> published = sheets.publishedByLeadBody(toBodyId).stream()
                .map(s -> new SheetView.SheetLink(s.getId(), s.getTitle())).toList();
        if (sheetId != null && published.stream().noneMatch(s -> s.id() == sheetId)) {
            throw new NotFoundException("sheet", sheetId);
        }
        List<BodySummaryView> from = actor.memberOf().stream().filter(id -> id != toBodyId).map(bodies::find)
                .flatMap(Optional::stream).map(LocalBodyService::summary)
                .sorted(Comparator.comparing(BodySummaryView::name)).toList();
        return new RequestFormView(LocalBodyService.summary(to), published, from, sheetId);
    }

    /**
     * What {@link #send} would refuse in this draft, without sending it: a form whose own fields could not be
     * read (a date the browser sent wrongly) shows these with its own, so all its errors come in one round.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Violation> check(Actor actor, RequestDraft draft) {
        try {
            prepare(actor, draft);
            return List.of();
        } catch (RuleViolationException e) {
            return e.violations();
        }
    }

    /** Sends a request for review; nothing reaches the other body until an administrator forwards it. */
    public ContactRequestView send(Actor actor, RequestDraft draft) {
        Prepared p = prepare(actor, draft);
        ContactRequest r = p.request();
        requests.store(r);
        if (p.sheet() != null && interactions.recordOnce(new Interaction(p.from().getId(), r.getRequester().getId(),
                p.sheet().getId(), r.getKind().interaction(), Clock.now()))) {
            recommenderData.fire(new RecommenderDataChanged(p.from().getId()));
        }
        audit.record(actor, "request.sent", "request", r.getId(),
                r.getKind() + " " + p.from().getName() + " → " + p.to().getName());
        return view(r);
    }

    private record Prepared(ContactRequest request, LocalBody from, LocalBody to, ProjectSheet sheet) {
    }

    /** The request the draft makes, checked by every rule; all the refusals at once. */
    private Prepared prepare(Actor actor, RequestDraft draft) {
        actor.require(actor.isSignedIn(), "request.send");
        if (draft.fromBodyId() == null) {
            throw new RuleViolationException(Violation.of("fromBody", "validation.required"));
        }
        actor.require(actor.mayActFor(draft.fromBodyId()), "request.send");
        Account me = accounts.find(actor.accountId()).orElseThrow(() -> new AccessDeniedException("request.send"));
        LocalBody from = bodies.find(draft.fromBodyId()).orElseThrow(() -> new AccessDeniedException("request.send"));
        LocalBody to = bodies.find(draft.toBodyId())
                .orElseThrow(() -> new RuleViolationException(Violation.of("toBody", "validation.unknownBody")));
        List<Violation> problems = new ArrayList<>();
        ProjectSheet sheet = null;
        if (draft.sheetId() != null) {
            sheet = sheets.find(draft.sheetId()).filter(s -> s.getStatus() == SheetStatus.PUBLISHED
                    && s.getLeadBody().getId().equals(to.getId())).orElse(null);
            if (sheet == null) {
                problems.add(Violation.of("sheet", "validation.request.sheet"));
            }
        }
        if (!draft.consent()) {
            problems.add(Violation.of("requestConsent", "validation.request.consent"));
        }
        if (draft.kind() != null && requests.pendingExists(from.getId(), to.getId(), draft.sheetId(), draft.kind())) {
            problems.add(Violation.of(null, "validation.request.duplicate"));
        }
        if (requests.countPending(me.getId()) >= ContactRequest.PENDING_MAX) {
            problems.add(Violation.of(null, "validation.request.tooMany", ContactRequest.PENDING_MAX));
        }
        String position = memberships.find(me.getId(), from.getId()).filter(m -> m.getStatus() == MembershipStatus.APPROVED)
                .map(Membership::getPosition).orElseThrow(() -> new AccessDeniedException("request.send"));
        ContactRequest r;
        try {
            r = new ContactRequest(me, position, from, to, sheet == null ? null : sheet.getId(),
                    sheet == null ? null : sheet.getTitle(), draft.kind(), draft.message(), draft.visitFrom(),
                    draft.visitTo(), draft.visitors(), Clock.now());
        } catch (RuleViolationException e) {
            problems.addAll(0, e.violations());
            r = null;
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return new Prepared(r, from, to, sheet);
    }

    /** The requests the person sent, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ContactRequestView> sent(Actor actor) {
        actor.require(actor.isSignedIn(), "request.list");
        return requests.byRequester(actor.accountId(), LIST_MAX).stream().map(ContactRequestService::view).toList();
    }

    /** The forwarded requests addressed to the bodies the person belongs to, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ContactRequestView> received(Actor actor) {
        actor.require(actor.isSignedIn(), "request.list");
        return requests.forwardedTo(actor.memberOf(), LIST_MAX).stream().map(ContactRequestService::view).toList();
    }

    /** The requester takes back a pending request. */
    public void withdraw(Actor actor, long requestId, int version) {
        actor.require(actor.isSignedIn(), "request.withdraw");
        ContactRequest r = requests.find(requestId)
                .filter(x -> x.getRequester().getId().equals(actor.accountId()))
                .orElseThrow(() -> new NotFoundException("request", requestId));
        checkVersion(r, version);
        r.withdraw(Clock.now());
        interest.forget(r);
        audit.record(actor, "request.withdrawn", "request", r.getId(), r.getToBody().getName());
    }

    // ---- administrators

    /** Requests in a state: pending ones oldest first, the others newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ContactRequestView> byStatus(Actor actor, RequestStatus status, int first, int max) {
        actor.require(actor.mayAdminister(), "admin.requests");
        return requests.byStatus(status, Math.max(0, first), Math.max(1, Math.min(max, LIST_MAX))).stream()
                .map(ContactRequestService::view).toList();
    }

    /** Requests that reached the other body, in any state since, latest forwarded first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ContactRequestView> inConversation(Actor actor, int first, int max) {
        actor.require(actor.mayAdminister(), "admin.requests");
        return requests.inConversation(Math.max(0, first), Math.max(1, Math.min(max, LIST_MAX))).stream()
                .map(ContactRequestService::view).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countInConversation(Actor actor) {
        actor.require(actor.mayAdminister(), "admin.requests");
        return requests.countInConversation();
    }

    /** How many requests are in that state, for the administrators' paged lists. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countByStatus(Actor actor, RequestStatus status) {
        actor.require(actor.mayAdminister(), "admin.requests");
        return requests.countByStatus(status);
    }

    /**
     * Forwards a pending request by mail to the other body's members and to the consenting contact people of
     * the sheet, each once; the requester is told. Refused when nobody there can be reached.
     */
    public void forward(Actor actor, long requestId, int version, String note) {
        ContactRequest r = forDecision(actor, requestId, version);
        List<ConversationMailer.Participant> receivers = conversationMailer.participants(r).stream()
                .filter(p -> p.side() == Side.RECEIVER).toList();
        r.forward(actor.accountId(), note, receivers.size(), Clock.now());
        String requesterName = r.getRequesterName() == null ? "—" : r.getRequesterName();
        String requesterEmail = r.getRequester() == null ? "—" : r.getRequester().getEmail();
        for (ConversationMailer.Participant to : receivers) {
            String lang = to.language();
            String text = mail.text(lang, "requestToBody.body", mail.text(lang, "kind." + r.getKind()),
                    r.getFromBody().getName(), requesterName, r.getRequesterPosition(), requesterEmail,
                    r.getToBody().getName(), sheetLine(r, lang), visitLine(r, lang), r.getMessage(),
                    mail.link("/account/conversation.xhtml?id=" + r.getId()));
            conversationMailer.sendText(r, to, mail.text(lang, "requestToBody.subject",
                    mail.text(lang, "kind." + r.getKind()), r.getFromBody().getName()), text);
            conversationMailer.notify(r, to, requesterName);
        }
        Account requester = r.getRequester();
        if (requester != null) {
            conversationMailer.notify(r, new ConversationMailer.Participant(Side.SENDER, requester.getId(),
                    requester.getEmail(), requester.getDisplayName(), requester.getLanguage()), actor.displayName());
            mail.queue(requester.getEmail(), requester.getLanguage(), "requestForwarded", requester.getDisplayName(),
                    mail.text(requester.getLanguage(), "kind." + r.getKind()), r.getToBody().getName(),
                    receivers.size(), r.getDecisionNote() == null ? "-" : r.getDecisionNote(),
                    mail.link("/account/conversation.xhtml?id=" + r.getId()));
        }
        audit.record(actor, "request.forwarded", "request", r.getId(),
                r.getToBody().getName() + " (" + receivers.size() + ")");
    }

    /** Rejects a pending request; the reason goes to the requester, and the other body hears nothing. */
    public void reject(Actor actor, long requestId, int version, String reason) {
        ContactRequest r = forDecision(actor, requestId, version);
        r.reject(actor.accountId(), reason, Clock.now());
        interest.forget(r);
        Account requester = r.getRequester();
        mail.queue(requester.getEmail(), requester.getLanguage(), "requestRejected", requester.getDisplayName(),
                mail.text(requester.getLanguage(), "kind." + r.getKind()), r.getToBody().getName(),
                r.getDecisionNote());
        audit.record(actor, "request.rejected", "request", r.getId(), r.getDecisionNote());
    }

    private ContactRequest forDecision(Actor actor, long requestId, int version) {
        actor.require(actor.mayAdminister(), "admin.requests");
        ContactRequest r = requests.find(requestId).orElseThrow(() -> new NotFoundException("request", requestId));
        checkVersion(r, version);
        return r;
    }

    private static void checkVersion(ContactRequest r, int version) {
        if (r.getVersion() != version) {
            throw new ConcurrentEditException("request", r.getId());
        }
    }

    private String sheetLine(ContactRequest r, String lang) {
        return r.getSheetId() == null ? "" : mail.text(lang, "requestSheetLine", r.getSheetTitle(),
                mail.link("/project/view.xhtml?id=" + r.getSheetId()));
    }

    private String visitLine(ContactRequest r, String lang) {
        if (r.getVisitors() == null) {
            return "";
        }
        if (r.getVisitFrom() == null && r.getVisitTo() == null) {
            return mail.text(lang, "requestVisitOpen", r.getVisitors());
        }
        String from = r.getVisitFrom() == null ? "…" : DATE.format(r.getVisitFrom());
        String to = r.getVisitTo() == null ? "…" : DATE.format(r.getVisitTo());
        return mail.text(lang, "requestVisitLine", from, to, r.getVisitors());
    }

    static ContactRequestView view(ContactRequest r) {
        Account a = r.getRequester();
        return new ContactRequestView(r.getId(), r.getVersion(), r.getKind(), r.getStatus(),
                LocalBodyService.summary(r.getFromBody()), LocalBodyService.summary(r.getToBody()), r.getSheetId(),
                r.getSheetTitle(), a == null ? null : r.getRequesterName(), a == null ? null : a.getEmail(),
                r.getRequesterPosition(), r.getMessage(), r.getVisitFrom(), r.getVisitTo(), r.getVisitors(),
                r.getCreatedAt(), r.getDecidedAt(), r.getDecisionNote(), r.getRecipients(), r.getAgreedDate(),
                r.getProposedDate(), r.getProposedBy(), r.getClosedAt(), r.getOutcomeNote(), r.getOutcomeUseful());
    }
}
