package cat.digicanvis.portal.application.request;

import cat.digicanvis.portal.application.VersionChecked;
import cat.digicanvis.portal.application.audit.AuditLog;
import cat.digicanvis.portal.application.mail.MailTokens;
import cat.digicanvis.portal.application.recommendation.RecommenderDataChanged;
import cat.digicanvis.portal.application.sheet.SheetChanged;
import cat.digicanvis.portal.application.text.MarkupRenderer;
import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.forum.NotificationRepository;
import cat.digicanvis.portal.domain.model.membership.MembershipRepository;
import cat.digicanvis.portal.domain.model.project.ContactPerson;
import cat.digicanvis.portal.domain.model.recommendation.Interaction;
import cat.digicanvis.portal.domain.model.recommendation.InteractionKind;
import cat.digicanvis.portal.domain.model.recommendation.RecommendationRepository;
import cat.digicanvis.portal.domain.model.request.ContactRequest;
import cat.digicanvis.portal.domain.model.request.ContactRequestRepository;
import cat.digicanvis.portal.domain.model.request.MessageKind;
import cat.digicanvis.portal.domain.model.request.RequestKind;
import cat.digicanvis.portal.domain.model.request.RequestMessage;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A forwarded request's private conversation and its steps to an outcome. Its parties are the sender side (the
 * requester and the verified members of the body that sent it), the receiving side (the verified members of the
 * body asked and the sheet's consenting contact people, once forwarded) and the administrators; nobody else
 * learns that it exists. Each step is checked here for who may take it and in the request for when; each is
 * optimistic-locked, audited, written into the conversation and mailed to the other participants.
 */
@Stateless
@VersionChecked
public class ConversationService {

    static final int LIST_MAX = 200;

    @Inject
    ContactRequestRepository requests;
    @Inject
    AccountRepository accounts;
    @Inject
    RecommendationRepository interactions;
    @Inject
    MembershipRepository memberships;
    @Inject
    NotificationRepository notifications;
    @Inject
    ConversationMailer mailer;
    @Inject
    MailTokens mailTokens;
    @Inject
    MarkupRenderer markup;
    @Inject
    AuditLog audit;
    @Inject
    RequestInterest interest;
    @Inject
    Event<RecommenderDataChanged> recommenderData;
    @Inject
    Event<SheetChanged> sheetChanges;

    /** How a person stands in a request: their side (null: an administrator of neither body). */
    record Party(Side side, boolean administrator) {

        boolean on(Side s) {
            return side == s || administrator;
        }
    }

    // ---- reading

    /** The conversation, for its parties only; opening it reads its notifications. */
    public ConversationView conversation(Actor actor, long requestId) {
        actor.require(actor.isSignedIn(), "request.conversation");
        ContactRequest r = load(requestId);
        Party p = party(actor, r).orElseThrow(() -> new NotFoundException("request", requestId));
        if (actor.accountId() != 0) {
            notifications.markRequestRead(actor.accountId(), requestId, Clock.now());
        }
        List<ConversationView.Line> lines = requests.messages(r.getId()).stream()
                .map(m -> new ConversationView.Line(m.getId(), m.getKind(), m.getSide(), m.getAuthorName(),
                        m.getAuthorId() == null && m.getContactEmail() != null, m.getBodyHtml(), m.getVisitDate(),
                        m.getCreatedAt()))
                .toList();
        return new ConversationView(ContactRequestService.view(r), p.side(), p.administrator(), lines,
                actions(r, p, Clock.now()));
    }

    /**
     * The requests a person takes part in: sent by them or their bodies, received by their bodies or as a
     * contact person of the sheet; for administrators, every request that reached the other body. Newest first.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ContactRequestView> mine(Actor actor) {
        actor.require(actor.isSignedIn(), "request.list");
        Map<Long, ContactRequest> all = new LinkedHashMap<>();
        requests.byRequester(actor.accountId(), LIST_MAX).forEach(r -> all.put(r.getId(), r));
        requests.fromBodies(actor.memberOf(), LIST_MAX).forEach(r -> all.putIfAbsent(r.getId(), r));
        requests.forwardedTo(actor.memberOf(), LIST_MAX).forEach(r -> all.putIfAbsent(r.getId(), r));
        return all.values().stream()
                .sorted(Comparator.comparing(ContactRequest::getCreatedAt).thenComparing(ContactRequest::getId).reversed())
                .limit(LIST_MAX).map(ContactRequestService::view).toList();
    }

    // ---- steps

    /** A message from any party while the request is open. */
    public void message(Actor actor, long requestId, String text) {
        ContactRequest r = load(requestId);
        Party p = partyOrHide(actor, r);
        requireOpen(r);
        String body = RequestMessage.checkText(MessageKind.MESSAGE, text);
        Side side = lineSide(p);
        if (side == Side.RECEIVER) {
            r.answered(Clock.now());
        }
        write(actor, r, MessageKind.MESSAGE, side, body, null);
        audit.record(actor, "request.message", "request", r.getId(), null);
        mailer.tell(r, actor.accountId(), actor.email(), actor.displayName(), "MESSAGE", body, ConversationMailer.Invitation.NONE);
    }

    /** The receiving side accepts (a visit on a day: see {@link ContactRequest#accept}). */
    public void accept(Actor actor, long requestId, int version, LocalDate day, String note) {
        ContactRequest r = forStep(actor, requestId, version, Side.RECEIVER, "request.accept");
        String text = RequestMessage.checkText(MessageKind.ACCEPTED, note);
        boolean agreed = r.accept(day, Clock.now());
        MessageKind kind = agreed ? MessageKind.ACCEPTED : MessageKind.DATE_PROPOSED;
        write(actor, r, kind, Side.RECEIVER, text, r.getKind() == RequestKind.VISIT ? day : null);
        audit.record(actor, agreed ? "request.accepted" : "request.dateProposed", "request", r.getId(),
                day == null ? null : day.toString());
        mailer.tell(r, actor.accountId(), actor.email(), actor.displayName(), kind.name(), text,
                agreed ? ConversationMailer.Invitation.VISIT : ConversationMailer.Invitation.NONE);
    }

    /** The receiving side declines, saying why. */
    public void decline(Actor actor, long requestId, int version, String reason) {
        ContactRequest r = forStep(actor, requestId, version, Side.RECEIVER, "request.decline");
        String text = RequestMessage.checkText(MessageKind.DECLINED, reason);
        r.decline(text, Clock.now());
        write(actor, r, MessageKind.DECLINED, Side.RECEIVER, text, null);
        interest.forget(r);
        audit.record(actor, "request.declined", "request", r.getId(), null);
        mailer.tell(r, actor.accountId(), actor.email(), actor.displayName(), "DECLINED", text, ConversationMailer.Invitation.NONE);
    }

    /** The receiving side asks the sender for more before answering. */
    public void askInformation(Actor actor, long requestId, String question) {
        ContactRequest r = load(requestId);
        Party p = partyOrHide(actor, r);
        actor.require(p.on(Side.RECEIVER), "request.ask");
        if (r.getStatus() != RequestStatus.FORWARDED) {
            throw new RuleViolationException(Violation.of(null, r.getStatus().isFinal() ? "validation.request.closed"
                    : "validation.request.wrongStep"));
        }
        String text = RequestMessage.checkText(MessageKind.INFO_REQUESTED, question);
        r.answered(Clock.now());
        write(actor, r, MessageKind.INFO_REQUESTED, Side.RECEIVER, text, null);
        audit.record(actor, "request.infoRequested", "request", r.getId(), null);
        mailer.tell(r, actor.accountId(), actor.email(), actor.displayName(), "INFO_REQUESTED", text, ConversationMailer.Invitation.NONE);
    }

    /** A side proposes another day for an accepted visit; the other side confirms it. */
    public void proposeDate(Actor actor, long requestId, int version, LocalDate day, String note) {
        ContactRequest r = load(requestId);
        Party p = partyOrHide(actor, r);
        checkVersion(r, version);
        if (r.getStatus() == RequestStatus.FORWARDED) {
            accept(actor, requestId, version, day, note);
            return;
        }
        Side side = p.side() == null ? Side.RECEIVER : p.side();
        String text = RequestMessage.checkText(MessageKind.DATE_PROPOSED, note);
        r.proposeDate(side, day, Clock.now());
        write(actor, r, MessageKind.DATE_PROPOSED, side, text, day);
        audit.record(actor, "request.dateProposed", "request", r.getId(), String.valueOf(day));
        mailer.tell(r, actor.accountId(), actor.email(), actor.displayName(), "DATE_PROPOSED", text, ConversationMailer.Invitation.NONE);
    }

    /** The side that did not propose the day confirms it: the invitation (or its update) goes to everyone. */
    public void confirmDate(Actor actor, long requestId, int version) {
        ContactRequest r = load(requestId);
        Party p = partyOrHide(actor, r);
        checkVersion(r, version);
        if (r.getProposedDate() == null) {
            throw new RuleViolationException(Violation.of(null, "validation.request.noProposal"));
        }
        Side side = p.side() == null || p.side() == Side.OBSERVATORY ? r.getProposedBy().other() : p.side();
        LocalDate day = r.getProposedDate();
        boolean change = r.confirmDate(side, Clock.now());
        write(actor, r, MessageKind.DATE_CONFIRMED, side, null, day);
        audit.record(actor, change ? "request.dateChanged" : "request.accepted", "request", r.getId(), day.toString());
        // everyone gets the invitation, the one who confirmed included: their calendar needs it too
        mailer.tell(r, null, null, actor.displayName(), change ? "DATE_CHANGED" : "DATE_CONFIRMED", null,
                ConversationMailer.Invitation.VISIT);
    }

    /** Calls the request off (see {@link ContactRequest#cancel}); a visit's event is cancelled in calendars. */
    public void cancel(Actor actor, long requestId, int version, String note) {
        ContactRequest r = load(requestId);
        Party p = partyOrHide(actor, r);
        checkVersion(r, version);
        if (r.getStatus() == RequestStatus.FORWARDED) {
            actor.require(p.on(Side.SENDER), "request.cancel");
        }
        Side side = p.side() == null ? Side.SENDER : p.side();
        String text = RequestMessage.checkText(MessageKind.CANCELLED, note);
        boolean hadDay = r.getAgreedDate() != null;
        r.cancel(side, Clock.now());
        write(actor, r, MessageKind.CANCELLED, lineSide(p), text, null);
        interest.forget(r);
        audit.record(actor, "request.cancelled", "request", r.getId(), null);
        mailer.tell(r, null, null, actor.displayName(), "CANCELLED", text,
                hadDay ? ConversationMailer.Invitation.CANCELLATION : ConversationMailer.Invitation.NONE);
    }

    /** The sender side records how it ended; a visit held or a collaboration started teaches the recommender. */
    public void recordOutcome(Actor actor, long requestId, int version, boolean held, Boolean useful, String note) {
        ContactRequest r = forStep(actor, requestId, version, Side.SENDER, "request.outcome");
        r.recordOutcome(held, note, useful, Clock.now());
        MessageKind kind = held ? MessageKind.HELD : MessageKind.NOT_HELD;
        write(actor, r, kind, lineSide(party(actor, r).orElseThrow()), r.getOutcomeNote(), null);
        if (held && r.getSheetId() != null) {
            InteractionKind strongest = r.getKind() == RequestKind.VISIT ? InteractionKind.VISIT_HELD
                    : r.getKind() == RequestKind.COLLABORATION ? InteractionKind.COLLABORATION_STARTED : null;
            if (strongest != null && interactions.recordOnce(new Interaction(r.getFromBody().getId(),
                    actor.accountId(), r.getSheetId(), strongest, Clock.now()))) {
                recommenderData.fire(new RecommenderDataChanged(r.getFromBody().getId()));
            }
        }
        audit.record(actor, held ? "request.held" : "request.notHeld", "request", r.getId(),
                held ? "useful=" + useful : null);
        if (held && r.getSheetId() != null) {
            // the sheet's page counts the visits and collaborations it led to
            sheetChanges.fire(new SheetChanged(r.getSheetId()));
        }
        mailer.tell(r, actor.accountId(), actor.email(), actor.displayName(), kind.name(), r.getOutcomeNote(), ConversationMailer.Invitation.NONE);
    }

    /** A side of a held request agrees (or not) to be named with the other on the sheet. */
    public void showName(Actor actor, long requestId, int version, boolean show) {
        ContactRequest r = load(requestId);
        Party p = partyOrHide(actor, r);
        actor.require(p.side() == Side.SENDER || p.side() == Side.RECEIVER, "request.showName");
        checkVersion(r, version);
        r.showName(p.side(), show);
        audit.record(actor, "request.showName", "request", r.getId(), p.side() + "=" + show);
        if (r.getSheetId() != null) {
            sheetChanges.fire(new SheetChanged(r.getSheetId()));
        }
    }

    // ---- answers by mail

    /** What became of a mail answered into a conversation. */
    public enum MailOutcome {
        POSTED,
        WRONG_SENDER,
        CLOSED
    }

    /**
     * Posts the text of a mail answered into a conversation, as the account or contact person the token names,
     * when the mail comes from their address. The text must pass the same rules as in the portal.
     */
    public MailOutcome receiveByMail(MailTokens.ConversationTarget target, String from, String text) {
        ContactRequest r = load(target.requestId());
        String sender = Account.normaliseEmail(from);
        if (target.accountId() != null) {
            Account a = accounts.find(target.accountId()).filter(Account::maySignIn)
                    .filter(x -> x.getEmail().equals(sender)).orElse(null);
            if (a == null) {
                return MailOutcome.WRONG_SENDER;
            }
            Actor actor = Actor.of(a, memberships.approvedBodyIds(a.getId()));
            if (party(actor, r).isEmpty()) {
                return MailOutcome.WRONG_SENDER;
            }
            if (!open(r)) {
                return MailOutcome.CLOSED;
            }
            message(actor, r.getId(), text);
            return MailOutcome.POSTED;
        }
        ContactPerson c = mailer.contacts(r).stream()
                .filter(x -> Account.normaliseEmail(x.getEmail()).equals(sender)
                        && mailTokens.emailDigest(x.getEmail()).equals(target.contactDigest()))
                .findFirst().orElse(null);
        if (c == null || !r.getStatus().reachedOtherBody()) {
            return MailOutcome.WRONG_SENDER;
        }
        if (!open(r)) {
            return MailOutcome.CLOSED;
        }
        String body = RequestMessage.checkText(MessageKind.MESSAGE, text);
        r.answered(Clock.now());
        requests.store(RequestMessage.byContact(r.getId(), c.getName(), c.getEmail(), body, markup.toSafeHtml(body),
                Clock.now()));
        audit.record(new Actor(null, c.getEmail(), c.getName(), null, false, false, null), "request.message",
                "request", r.getId(), "by mail");
        mailer.tell(r, null, c.getEmail(), c.getName(), "MESSAGE", body, ConversationMailer.Invitation.NONE);
        return MailOutcome.POSTED;
    }

    // ---- rules

    /** What a party may do now: the same tests as the steps, so the page offers only what will be accepted. */
    static ConversationView.Actions actions(ContactRequest r, Party p, LocalDateTime now) {
        RequestStatus s = r.getStatus();
        boolean open = s == RequestStatus.FORWARDED || s == RequestStatus.ACCEPTED;
        boolean visit = r.getKind() == RequestKind.VISIT;
        boolean waiting = s == RequestStatus.FORWARDED;
        boolean receiver = p.on(Side.RECEIVER);
        boolean sender = p.on(Side.SENDER);
        boolean confirm = r.getProposedDate() != null && open
                && (p.administrator() || p.side() != null && p.side() != r.getProposedBy());
        boolean outcome = s == RequestStatus.ACCEPTED && sender
                && (!visit || r.getAgreedDate() != null && !r.getAgreedDate().isAfter(now.toLocalDate()));
        boolean ownSide = p.side() == Side.SENDER || p.side() == Side.RECEIVER;
        boolean showing = p.side() == Side.SENDER ? r.isSenderShowsName() : r.isReceiverShowsName();
        return new ConversationView.Actions(open, waiting && receiver, waiting && receiver, waiting && receiver,
                visit && s == RequestStatus.ACCEPTED, confirm, waiting && sender || s == RequestStatus.ACCEPTED,
                outcome, s == RequestStatus.HELD && ownSide, showing);
    }

    /** The person's place in the request, if they have one. */
    Optional<Party> party(Actor actor, ContactRequest r) {
        if (!actor.isSignedIn()) {
            return Optional.empty();
        }
        Side side = null;
        if (r.getRequester() != null && r.getRequester().getId().equals(actor.accountId())
                || actor.memberOf().contains(r.getFromBody().getId())) {
            side = Side.SENDER;
        } else if (r.getStatus().reachedOtherBody() && (actor.memberOf().contains(r.getToBody().getId())
                || isContact(actor.email(), r))) {
            side = Side.RECEIVER;
        }
        if (side == null && !actor.mayAdminister()) {
            return Optional.empty();
        }
        return Optional.of(new Party(side, actor.mayAdminister()));
    }

    private boolean isContact(String email, ContactRequest r) {
        if (email == null) {
            return false;
        }
        String e = email.toLowerCase(Locale.ROOT);
        return mailer.contacts(r).stream().anyMatch(c -> c.getEmail().strip().toLowerCase(Locale.ROOT).equals(e));
    }

    /** Somebody outside the request learns nothing of it: the same answer as for a request that does not exist. */
    private Party partyOrHide(Actor actor, ContactRequest r) {
        actor.require(actor.isSignedIn(), "request.conversation");
        return party(actor, r).orElseThrow(() -> new NotFoundException("request", r.getId()));
    }

    private ContactRequest forStep(Actor actor, long requestId, int version, Side side, String action) {
        ContactRequest r = load(requestId);
        Party p = partyOrHide(actor, r);
        actor.require(p.on(side), action);
        checkVersion(r, version);
        return r;
    }

    private static Side lineSide(Party p) {
        return p.side() == null ? Side.OBSERVATORY : p.side();
    }

    private static boolean open(ContactRequest r) {
        return r.getStatus() == RequestStatus.FORWARDED || r.getStatus() == RequestStatus.ACCEPTED;
    }

    private static void requireOpen(ContactRequest r) {
        if (!open(r)) {
            throw new RuleViolationException(Violation.of(null, "validation.request.closed"));
        }
    }

    private ContactRequest load(long requestId) {
        return requests.find(requestId).orElseThrow(() -> new NotFoundException("request", requestId));
    }

    private static void checkVersion(ContactRequest r, int version) {
        if (r.getVersion() != version) {
            throw new ConcurrentEditException("request", r.getId());
        }
    }

    private void write(Actor actor, ContactRequest r, MessageKind kind, Side side, String text, LocalDate day) {
        requests.store(RequestMessage.byAccount(r.getId(), kind, side, actor.accountId(), actor.displayName(), text,
                text == null ? null : markup.toSafeHtml(text), day, Clock.now()));
    }
}
