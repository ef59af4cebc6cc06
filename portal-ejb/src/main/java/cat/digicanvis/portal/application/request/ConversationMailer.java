package cat.digicanvis.portal.application.request;

import cat.digicanvis.portal.application.forum.ForumMailer;
import cat.digicanvis.portal.application.mail.MailService;
import cat.digicanvis.portal.application.mail.MailTokens;
import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.AccountStatus;
import cat.digicanvis.portal.domain.model.forum.MailReplyText;
import cat.digicanvis.portal.domain.model.forum.NotificationRepository;
import cat.digicanvis.portal.domain.model.membership.Membership;
import cat.digicanvis.portal.domain.model.membership.MembershipRepository;
import cat.digicanvis.portal.domain.model.project.ContactPerson;
import cat.digicanvis.portal.domain.model.project.ProjectSheetRepository;
import cat.digicanvis.portal.domain.model.project.SheetStatus;
import cat.digicanvis.portal.domain.model.request.ContactRequest;
import cat.digicanvis.portal.domain.model.request.Side;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.infrastructure.config.PortalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The mail of a request's conversation: who takes part (the requester; the receiving body's verified members;
 * the sheet's consenting contact people, through their account if they have one, by address if not), and one
 * mail each in their language, with an address to answer into the conversation and, when a visit's day is
 * agreed, changed or cancelled, the calendar invitation.
 */
@ApplicationScoped
public class ConversationMailer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    AccountRepository accounts;
    @Inject
    MembershipRepository memberships;
    @Inject
    ProjectSheetRepository sheets;
    @Inject
    MailService mail;
    @Inject
    MailTokens tokens;
    @Inject
    ForumMailer forumMailer;
    @Inject
    CalendarWriter calendar;
    @Inject
    PortalSettings settings;
    @Inject
    NotificationRepository notifications;

    /** Someone in a conversation: an account ({@code accountId}) or a contact person without one. */
    public record Participant(Side side, Long accountId, String email, String name, String language) {
    }

    /** Everyone a request's conversation reaches, each address once; the sender side first. */
    public List<Participant> participants(ContactRequest r) {
        Map<String, Participant> out = new LinkedHashMap<>();
        Account requester = r.getRequester();
        if (requester != null && requester.getStatus() == AccountStatus.ACTIVE) {
            add(out, new Participant(Side.SENDER, requester.getId(), requester.getEmail(), requester.getDisplayName(),
                    requester.getLanguage()));
        }
        for (Membership m : memberships.approvedMembers(r.getToBody().getId())) {
            Account a = m.getAccount();
            if (a.maySignIn()) {
                add(out, new Participant(Side.RECEIVER, a.getId(), a.getEmail(), a.getDisplayName(), a.getLanguage()));
            }
        }
        for (ContactPerson c : contacts(r)) {
            Participant p = accounts.findByEmail(c.getEmail()).filter(Account::maySignIn)
                    .map(a -> new Participant(Side.RECEIVER, a.getId(), a.getEmail(), a.getDisplayName(), a.getLanguage()))
                    .orElse(new Participant(Side.RECEIVER, null, c.getEmail(), c.getName(), "ca"));
            add(out, p);
        }
        return new ArrayList<>(out.values());
    }

    /** The sheet's contact people who agreed to be contacted and have an address. */
    public List<ContactPerson> contacts(ContactRequest r) {
        if (r.getSheetId() == null) {
            return List.of();
        }
        return sheets.find(r.getSheetId()).filter(s -> s.getStatus() == SheetStatus.PUBLISHED)
                .map(s -> s.getContacts().stream()
                        .filter(c -> c.hasConsent() && c.getEmail() != null && !c.getEmail().isBlank()).toList())
                .orElse(List.of());
    }

    private static void add(Map<String, Participant> out, Participant p) {
        out.putIfAbsent(p.email().toLowerCase(Locale.ROOT), p);
    }

    /** Which calendar invitation goes with a mail: none, the visit as it stands, or its cancellation. */
    public enum Invitation {
        NONE,
        VISIT,
        CANCELLATION
    }

    /**
     * Tells every participant but the one who acted ({@code actorAccountId}, {@code actorEmail}) what happened:
     * {@code event} is the key of the lead sentence ({@code conversation.lead.KIND}), with the actor's name and
     * the request's parties; {@code text} is the note or message (null: none); with the invitation asked for,
     * made from the same participants (as attendees).
     */
    public void tell(ContactRequest r, Long actorAccountId, String actorEmail, String actorName, String event,
            String text, Invitation invitation) {
        List<Participant> participants = participants(r);
        String ics = invitation == Invitation.NONE ? null
                : invitation(r, participants, invitation == Invitation.CANCELLATION);
        for (Participant p : participants) {
            if (p.accountId() != null && p.accountId().equals(actorAccountId)
                    || actorEmail != null && p.email().equalsIgnoreCase(actorEmail)) {
                continue;
            }
            send(r, p, event, actorName, text, ics);
            notify(r, p, actorName);
        }
    }

    /** The bell of a participant with an account: news in this conversation, until they open it. */
    public void notify(ContactRequest r, Participant p, String actorName) {
        if (p.accountId() != null) {
            notifications.notifyRequest(p.accountId(), r.getId(), actorName, Clock.now());
        }
    }

    /** One mail to one participant. */
    public void send(ContactRequest r, Participant p, String event, String actorName, String text, String ics) {
        String lang = p.language();
        String replyTo = replyTo(r, p);
        StringBuilder body = new StringBuilder();
        if (replyTo != null) {
            body.append(mail.text(lang, "forumMail.marker", MailReplyText.MARKER)).append("\n\n");
        }
        body.append(mail.text(lang, "forumMail.hello", p.name())).append("\n\n");
        body.append(mail.text(lang, "conversation.lead." + event, actorName == null ? "—" : actorName,
                mail.text(lang, "kind." + r.getKind()), r.getFromBody().getName(), r.getToBody().getName(),
                day(r.getAgreedDate()), day(r.getProposedDate()))).append("\n\n");
        if (r.getAgreedDate() != null && r.getStatus() == cat.digicanvis.portal.domain.model.request.RequestStatus.ACCEPTED) {
            body.append(mail.text(lang, "conversation.dayLine", day(r.getAgreedDate()))).append("\n");
        }
        if (r.getProposedDate() != null) {
            body.append(mail.text(lang, "conversation.proposedLine", day(r.getProposedDate()))).append("\n");
        }
        if (r.getSheetTitle() != null) {
            body.append(mail.text(lang, "conversation.sheet", r.getSheetTitle())).append("\n\n");
        }
        if (text != null && !text.isBlank()) {
            body.append(text.strip()).append("\n\n");
        }
        if (p.accountId() != null) {
            body.append(mail.text(lang, "conversation.view", mail.link("/account/conversation.xhtml?id=" + r.getId())))
                    .append("\n\n");
        }
        if (replyTo != null) {
            body.append(mail.text(lang, "conversation.replyHint")).append("\n");
        }
        String subject = mail.text(lang, "conversation.subject", mail.text(lang, "kind." + r.getKind()),
                r.getFromBody().getName(), r.getToBody().getName());
        mail.queueConversation(p.email(), lang, subject, body.toString(), replyTo, ics);
    }

    /** A mail already written (the forwarded request itself), with the address to answer into the conversation. */
    public void sendText(ContactRequest r, Participant p, String subject, String text) {
        String replyTo = replyTo(r, p);
        StringBuilder body = new StringBuilder();
        if (replyTo != null) {
            body.append(mail.text(p.language(), "forumMail.marker", MailReplyText.MARKER)).append("\n\n");
        }
        body.append(text);
        if (replyTo != null) {
            body.append("\n\n").append(mail.text(p.language(), "conversation.replyHint"));
        }
        mail.queueConversation(p.email(), p.language(), subject, body.toString(), replyTo, null);
    }

    /** The address that carries this participant's answers into the conversation; null when none is read. */
    private String replyTo(ContactRequest r, Participant p) {
        LocalDateTime now = Clock.now();
        if (!forumMailer.replyByMail() || r.getStatus().isFinal()) {
            return null;
        }
        return forumMailer.replyAddress(p.accountId() != null ? tokens.conversationReply(p.accountId(), r.getId(), now)
                : tokens.contactReply(r.getId(), p.email(), now));
    }

    /**
     * The visit's invitation as it stands (agreed, changed or cancelled), with the body visited as the place and
     * the participants as attendees; null when the request is no visit or has no day.
     */
    private String invitation(ContactRequest r, List<Participant> participants, boolean cancelled) {
        if (r.getAgreedDate() == null) {
            return null;
        }
        String host = java.net.URI.create(settings.baseUrl()).getHost();
        List<VisitInvitation.Person> people = participants.stream()
                .map(p -> new VisitInvitation.Person(p.name(), p.email())).toList();
        String region = r.getToBody().getRegion();
        String place = r.getToBody().getName() + (region == null || region.isBlank() ? "" : ", " + region);
        String summary = mail.text("ca", "conversation.eventSummary", r.getFromBody().getName(), r.getToBody().getName());
        String description = mail.text("ca", "conversation.eventDescription",
                Objects.requireNonNullElse(r.getSheetTitle(), "—"), r.getVisitors() == null ? 1 : r.getVisitors(),
                mail.link("/account/conversation.xhtml?id=" + r.getId()));
        return calendar.write(new VisitInvitation("request-" + r.getId() + "@" + (host == null ? "digicanvis" : host),
                r.getEventSequence(), cancelled, r.getAgreedDate(), summary, description, place,
                mail.link("/account/conversation.xhtml?id=" + r.getId()),
                new VisitInvitation.Person(mail.text("ca", "conversation.organizer"), settings.mailFrom()), people));
    }

    private static String day(LocalDate d) {
        return d == null ? "—" : DAY.format(d);
    }
}
