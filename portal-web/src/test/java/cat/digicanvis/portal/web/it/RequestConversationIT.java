package cat.digicanvis.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.application.account.PasswordHasher;
import cat.digicanvis.portal.application.body.LocalBodyService;
import cat.digicanvis.portal.application.request.ContactRequestService;
import cat.digicanvis.portal.application.request.ContactRequestView;
import cat.digicanvis.portal.application.request.ConversationService;
import cat.digicanvis.portal.application.request.ConversationView;
import cat.digicanvis.portal.application.request.RequestDraft;
import cat.digicanvis.portal.application.request.RequestReminders;
import cat.digicanvis.portal.application.sheet.ProjectSheetService;
import cat.digicanvis.portal.application.sheet.SheetForm;
import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.mail.MailMessage;
import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.model.recommendation.Interaction;
import cat.digicanvis.portal.domain.model.recommendation.InteractionKind;
import cat.digicanvis.portal.domain.model.recommendation.RecommendationRepository;
import cat.digicanvis.portal.domain.model.request.MessageKind;
import cat.digicanvis.portal.domain.model.request.RequestKind;
import cat.digicanvis.portal.domain.model.request.RequestStatus;
import cat.digicanvis.portal.domain.model.request.Side;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A forwarded request carried to its outcome on a real portal, database and mail server: who may read its
 * conversation and take each step, the state machine's refusals (each with its message, nothing stored), the
 * calendar invitations read back with an iCalendar parser, answers by mail (an account's and a contact
 * person's without one), the reminders, the recommender's strongest interaction, deleted accounts, and the API.
 * Each test makes its own people and requests.
 */
@ExtendWith(ArquillianExtension.class)
class RequestConversationIT {

    static final String PASSWORD = ItPeople.PASSWORD;
    static final String MESSAGE = "Volem veure el projecte en marxa i parlar amb l'equip que el va fer.";
    static final String TEXT = "Us va bé que hi anem a primera hora del matí? Serem tres persones.";
    static final AtomicInteger SEQ = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal("dc_it_requests", RequestConversationIT.class, PortalIT.class, ForumIT.class, ItPeople.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    ContactRequestService requests;
    @Inject
    ConversationService conversations;
    @Inject
    cat.digicanvis.portal.application.forum.ForumService forum;
    @Inject
    RequestReminders reminders;
    @Inject
    ItPeople people;
    @Inject
    AccountRepository accountRepository;
    @Inject
    PasswordHasher hasher;
    @Inject
    AccountService accounts;
    @Inject
    ProjectSheetService sheets;
    @Inject
    LocalBodyService bodies;
    @Inject
    RecommendationRepository interactions;
    @Inject
    UserTransaction tx;
    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;
    @PersistenceContext(unitName = "portal")
    EntityManager em;

    // ---- people and requests, each test its own

    Actor signIn(String email) {
        return people.signIn(email, "10.9.9.9");
    }

    Actor administrator() {
        return signIn(Deployments.ADMIN_EMAIL);
    }

    Actor member(String ine) throws Exception {
        return people.member(ine, "membre" + ine, "requests.it.test", "10.9.9.9");
    }

    long body(String ine) {
        return people.body(ine);
    }

    /** A published sheet of Tàrrega with one consenting contact person, who has no account. */
    long sheet(String contactEmail) {
        SheetForm f = PortalIT.form(body("25217"), "Finestreta única de prova " + SEQ.incrementAndGet());
        f.getContacts().clear();
        f.getContacts().add(new SheetForm.Contact("Laia Roca", "Tècnica TIC", contactEmail, null, true));
        return sheets.saveAndPublish(Actor.SYSTEM, f, ContentOrigin.USER).id();
    }

    /** The parties of one request: a sender of Cervera, a colleague of theirs, a member of Tàrrega, an outsider. */
    record Parties(Actor sender, Actor colleague, Actor receiver, Actor outsider, String contact, long sheet) {
    }

    Parties parties() throws Exception {
        String contact = "contacte-" + SEQ.incrementAndGet() + "@tarrega.it.test";
        return new Parties(member("25072"), member("25072"), member("25217"), member("25120"), contact, sheet(contact));
    }

    /** A request sent and forwarded by an administrator: the conversation exists. */
    ContactRequestView forwarded(Parties p, RequestKind kind, LocalDate from, LocalDate to) {
        ContactRequestView r = requests.send(p.sender(), new RequestDraft(body("25072"), body("25217"), p.sheet(), kind,
                MESSAGE, from, to, kind == RequestKind.VISIT ? 3 : null, true));
        requests.forward(administrator(), r.id(), r.version(), null);
        return view(p.sender(), r.id());
    }

    ContactRequestView view(Actor who, long id) {
        return conversations.conversation(who, id).request();
    }

    int lines(long requestId) {
        return conversations.conversation(Actor.SYSTEM, requestId).lines().size();
    }

    /** How many of a person's unread notifications are about a request, from their notifications list. */
    long unreadAbout(Actor who, long requestId) {
        return forum.notifications(who).stream().filter(n -> n.aboutRequest() && n.requestId() == requestId
                && !n.read()).count() > 0 ? 1 : 0;
    }

    static List<String> keys(RuleViolationException e) {
        return e.violations().stream().map(Violation::messageKey).toList();
    }

    /** The mails the portal wrote to an address (the outbox keeps them), oldest first. */
    List<MailMessage> outbox(String email) {
        em.clear();
        return em.createNamedQuery(MailMessage.BY_RECIPIENT, MailMessage.class).setParameter("recipient", email)
                .getResultList();
    }

    MailMessage lastMail(String email) {
        List<MailMessage> all = outbox(email);
        assertFalse(all.isEmpty(), "no mail to " + email);
        return all.get(all.size() - 1);
    }

    /** How many mails to an address are about this request (they link to its conversation). */
    long mailsAbout(String email, long requestId) {
        Pattern link = Pattern.compile("conversation\\.xhtml\\?id=" + requestId + "\\b");
        return outbox(email).stream().filter(m -> link.matcher(m.getBody()).find()).count();
    }

    static VEvent event(MailMessage m) throws Exception {
        assertNotNull(m.getCalendar(), "an invitation goes with " + m.getSubject());
        Calendar c = new CalendarBuilder().build(new StringReader(m.getCalendar()));
        return (VEvent) c.getComponent("VEVENT").orElseThrow();
    }

    static String method(MailMessage m) throws Exception {
        return new CalendarBuilder().build(new StringReader(m.getCalendar())).getProperty(Property.METHOD)
                .orElseThrow().getValue();
    }

    static String value(VEvent e, String property) {
        return e.getProperty(property).orElseThrow().getValue();
    }

    // ---- who may read and do what

    @Test
    void onlyTheTwoBodiesPeopleAndAdministratorsReadAConversation() throws Exception {
        Parties p = parties();
        ContactRequestView pending = requests.send(p.sender(), new RequestDraft(body("25072"), body("25217"), p.sheet(),
                RequestKind.CONTACT, MESSAGE, null, null, null, true));
        // before forwarding, the other body does not know it exists
        assertThrows(NotFoundException.class, () -> conversations.conversation(p.receiver(), pending.id()));
        assertEquals(Side.SENDER, conversations.conversation(p.colleague(), pending.id()).mySide());
        assertFalse(conversations.conversation(p.sender(), pending.id()).actions().any(), "nothing to do while pending");
        requests.forward(administrator(), pending.id(), pending.version(), null);

        assertThrows(AccessDeniedException.class, () -> conversations.conversation(Actor.ANONYMOUS, pending.id()));
        assertThrows(NotFoundException.class, () -> conversations.conversation(p.outsider(), pending.id()));
        assertThrows(NotFoundException.class, () -> conversations.conversation(p.sender(), 987654321L));
        assertEquals(Side.SENDER, conversations.conversation(p.sender(), pending.id()).mySide());
        assertEquals(Side.RECEIVER, conversations.conversation(p.receiver(), pending.id()).mySide());
        ConversationView asAdmin = conversations.conversation(administrator(), pending.id());
        assertNull(asAdmin.mySide());
        assertTrue(asAdmin.administrator());
        // the contact person reads it once they have an account with the sheet's address
        tx.begin();
        Account contact = new Account(p.contact(), "Laia Roca", hasher.hash(PASSWORD), "ca", Clock.now());
        contact.verifyEmail(Clock.now());
        accountRepository.store(contact);
        tx.commit();
        assertEquals(Side.RECEIVER, conversations.conversation(signIn(p.contact()), pending.id()).mySide());

        // the lists: one's own and one's bodies'
        assertTrue(conversations.mine(p.colleague()).stream().anyMatch(r -> r.id() == pending.id()));
        assertTrue(conversations.mine(p.receiver()).stream().anyMatch(r -> r.id() == pending.id()));
        assertTrue(conversations.mine(p.outsider()).stream().noneMatch(r -> r.id() == pending.id()));
        assertThrows(AccessDeniedException.class, () -> conversations.mine(Actor.ANONYMOUS));

        // writing: the parties only, and the outsider learns nothing
        int before = lines(pending.id());
        assertThrows(NotFoundException.class, () -> conversations.message(p.outsider(), pending.id(), TEXT));
        assertThrows(AccessDeniedException.class, () -> conversations.message(Actor.ANONYMOUS, pending.id(), TEXT));
        assertEquals(List.of("validation.length"), keys(assertThrows(RuleViolationException.class,
                () -> conversations.message(p.receiver(), pending.id(), "curt"))));
        assertEquals(before, lines(pending.id()), "refusals store nothing");
        conversations.message(p.receiver(), pending.id(), TEXT + " <script>alert(1)</script> **Gràcies**");
        // the sender's bell: news in this request, until they open its conversation
        assertEquals(1, unreadAbout(p.sender(), pending.id()), "the message is news for the sender");
        assertTrue(forum.notifications(p.sender()).stream().anyMatch(n -> n.aboutRequest()
                && n.requestId() == pending.id() && n.topicTitle().contains("→")));
        assertEquals(0, unreadAbout(p.receiver(), pending.id()), "not for one's own message");
        ConversationView.Line line = conversations.conversation(p.sender(), pending.id()).lines().get(before);
        assertEquals(0, unreadAbout(p.sender(), pending.id()), "read once the conversation is opened");
        assertEquals(Side.RECEIVER, line.side());
        assertTrue(line.html().contains("<strong>Gràcies</strong>"), line.html());
        assertFalse(line.html().contains("<script"), "user markup is sanitised: " + line.html());
        assertNotNull(view(p.sender(), pending.id()).status());
        assertTrue(lastMail(p.sender().email()).getBody().contains("Gràcies"), "the other side hears of it by mail");
    }

    @Test
    void eachStepIsForItsSideAndTheStateMachineRefusesTheRest() throws Exception {
        Parties p = parties();
        LocalDate today = Clock.now().toLocalDate();
        ContactRequestView r = forwarded(p, RequestKind.VISIT, today.plusDays(10), today.plusDays(20));
        long id = r.id();
        int v = r.version();
        // the sender neither accepts nor declines; the receiver does not cancel; outsiders are not told it exists
        assertThrows(AccessDeniedException.class, () -> conversations.accept(p.sender(), id, v, today.plusDays(12), null));
        assertThrows(AccessDeniedException.class, () -> conversations.decline(p.colleague(), id, v, "No"));
        assertThrows(AccessDeniedException.class, () -> conversations.askInformation(p.sender(), id, TEXT));
        assertThrows(AccessDeniedException.class, () -> conversations.cancel(p.receiver(), id, v, null));
        assertThrows(NotFoundException.class, () -> conversations.accept(p.outsider(), id, v, today.plusDays(12), null));
        assertThrows(AccessDeniedException.class, () -> conversations.recordOutcome(p.receiver(), id, v, true, true, null));
        // the rules: a day in the past, a stale version, a decline without a reason, an outcome too early
        assertEquals(List.of("validation.request.visitWindow"), keys(assertThrows(RuleViolationException.class,
                () -> conversations.accept(p.receiver(), id, v, today.minusDays(1), null))));
        assertEquals(List.of("validation.required"), keys(assertThrows(RuleViolationException.class,
                () -> conversations.decline(p.receiver(), id, v, "  "))));
        assertThrows(ConcurrentEditException.class, () -> conversations.accept(p.receiver(), id, v - 1, today.plusDays(12), null));
        assertEquals(List.of("validation.request.wrongStep"), keys(assertThrows(RuleViolationException.class,
                () -> conversations.recordOutcome(p.sender(), id, v, true, true, null))));
        assertEquals(List.of("validation.request.noProposal"), keys(assertThrows(RuleViolationException.class,
                () -> conversations.confirmDate(p.sender(), id, v))));
        assertEquals(RequestStatus.FORWARDED, view(p.sender(), id).status());
        assertEquals(v, view(p.sender(), id).version(), "refusals change nothing");
        assertEquals(0, lines(id));

        // accepted on a day outside the sender's window: a proposal, which only the sender confirms
        int mailsBefore = outbox(p.sender().email()).size();
        conversations.accept(p.receiver(), id, v, today.plusDays(30), "Aquell dia tenim el servei en marxa.");
        ContactRequestView proposed = view(p.sender(), id);
        assertEquals(RequestStatus.FORWARDED, proposed.status());
        assertEquals(today.plusDays(30), proposed.proposedDate());
        assertTrue(conversations.conversation(p.sender(), id).actions().confirmDate());
        assertFalse(conversations.conversation(p.receiver(), id).actions().confirmDate());
        assertEquals(List.of("validation.request.ownProposal"), keys(assertThrows(RuleViolationException.class,
                () -> conversations.confirmDate(p.receiver(), id, proposed.version()))));
        assertEquals(mailsBefore + 1, outbox(p.sender().email()).size(), "the sender is told");
        assertNull(lastMail(p.sender().email()).getCalendar(), "no invitation before the day is agreed");
        conversations.confirmDate(p.colleague(), id, proposed.version());
        ContactRequestView agreed = view(p.sender(), id);
        assertEquals(RequestStatus.ACCEPTED, agreed.status());
        assertEquals(today.plusDays(30), agreed.agreedDate());

        // the invitation reaches both sides, the contact person without an account too, and reads back
        for (String to : List.of(p.sender().email(), p.receiver().email(), p.contact())) {
            MailMessage m = lastMail(to);
            assertEquals("REQUEST", method(m));
            VEvent e = event(m);
            assertTrue(value(e, Property.UID).startsWith("request-" + id + "@"), value(e, Property.UID));
            assertEquals("0", value(e, Property.SEQUENCE));
            assertEquals(today.plusDays(30).toString().replace("-", ""), value(e, Property.DTSTART));
            assertTrue(value(e, Property.LOCATION).startsWith("Tàrrega"), value(e, Property.LOCATION));
            List<String> attendees = e.getProperties(Property.ATTENDEE).stream().map(Property::getValue).toList();
            assertTrue(attendees.contains("mailto:" + p.sender().email()), attendees.toString());
            assertTrue(attendees.contains("mailto:" + p.receiver().email()), attendees.toString());
            assertTrue(attendees.contains("mailto:" + p.contact()), attendees.toString());
        }

        // a change of day: proposed by one side, confirmed by the other, the same event's next version
        conversations.proposeDate(p.sender(), id, agreed.version(), today.plusDays(31), null);
        assertEquals(today.plusDays(30), view(p.sender(), id).agreedDate(), "the agreed day stands until confirmed");
        conversations.confirmDate(p.receiver(), id, view(p.sender(), id).version());
        VEvent changed = event(lastMail(p.sender().email()));
        assertEquals("1", value(changed, Property.SEQUENCE));
        assertEquals(today.plusDays(31).toString().replace("-", ""), value(changed, Property.DTSTART));

        // too early for the outcome; then the day comes (moved to today by the two sides) and it took place
        ContactRequestView later = view(p.sender(), id);
        assertEquals(List.of("validation.request.notYet"), keys(assertThrows(RuleViolationException.class,
                () -> conversations.recordOutcome(p.sender(), id, later.version(), true, true, null))));
        conversations.proposeDate(p.receiver(), id, later.version(), today, null);
        conversations.confirmDate(p.sender(), id, view(p.sender(), id).version());
        assertTrue(conversations.conversation(p.sender(), id).actions().recordOutcome());
        assertFalse(conversations.conversation(p.receiver(), id).actions().recordOutcome());
        assertEquals(List.of("validation.required"), keys(assertThrows(RuleViolationException.class,
                () -> conversations.recordOutcome(p.sender(), id, view(p.sender(), id).version(), true, null, null))));
        conversations.recordOutcome(p.sender(), id, view(p.sender(), id).version(), true, true, "Molt profitosa.");
        ContactRequestView held = view(p.sender(), id);
        assertEquals(RequestStatus.HELD, held.status());
        assertTrue(held.outcomeUseful());
        assertTrue(interactions.find(body("25072"), p.sender().accountId(), p.sheet(), InteractionKind.VISIT_HELD,
                Interaction.ONCE).isPresent(), "a visit held is the strongest interaction");

        // closed: no more messages; names shown only when both sides agree
        assertEquals(List.of("validation.request.closed"), keys(assertThrows(RuleViolationException.class,
                () -> conversations.message(p.sender(), id, TEXT))));
        assertThrows(AccessDeniedException.class, () -> conversations.showName(administrator(), id, held.version(), true));
        conversations.showName(p.sender(), id, held.version(), true);
        assertTrue(conversations.conversation(p.sender(), id).actions().showingName());
        assertFalse(conversations.conversation(p.receiver(), id).actions().showingName());

        List<MessageKind> kinds = conversations.conversation(p.sender(), id).lines().stream()
                .map(ConversationView.Line::kind).toList();
        assertEquals(List.of(MessageKind.DATE_PROPOSED, MessageKind.DATE_CONFIRMED, MessageKind.DATE_PROPOSED,
                MessageKind.DATE_CONFIRMED, MessageKind.DATE_PROPOSED, MessageKind.DATE_CONFIRMED, MessageKind.HELD), kinds);
    }

    @Test
    void declinedCancelledAndNotHeldRequestsCloseAndTheirInvitationIsCancelled() throws Exception {
        Parties p = parties();
        ContactRequestView contact = forwarded(p, RequestKind.CONTACT, null, null);
        conversations.askInformation(p.receiver(), contact.id(), "Quantes persones de l'equip hi participarien?");
        conversations.decline(p.receiver(), contact.id(), view(p.sender(), contact.id()).version(),
                "Ara no podem atendre-ho.");
        assertEquals(RequestStatus.DECLINED, view(p.sender(), contact.id()).status());
        assertTrue(lastMail(p.sender().email()).getBody().contains("Ara no podem atendre-ho."));
        assertTrue(interactions.find(body("25072"), p.sender().accountId(), p.sheet(), InteractionKind.CONTACT_REQUEST,
                Interaction.ONCE).isEmpty(), "a declined request is no longer a sign of interest");

        LocalDate day = Clock.now().toLocalDate().plusDays(5);
        ContactRequestView visit = forwarded(p, RequestKind.VISIT, null, null);
        conversations.accept(p.receiver(), visit.id(), visit.version(), day, null);
        conversations.cancel(p.receiver(), visit.id(), view(p.sender(), visit.id()).version(), "Ens ha sortit un imprevist.");
        MailMessage cancelled = lastMail(p.sender().email());
        assertEquals("CANCEL", method(cancelled));
        assertEquals("1", value(event(cancelled), Property.SEQUENCE));
        assertEquals("CANCELLED", value(event(cancelled), Property.STATUS));

        ContactRequestView collaboration = forwarded(p, RequestKind.COLLABORATION, null, null);
        conversations.accept(p.receiver(), collaboration.id(), collaboration.version(), null, null);
        conversations.recordOutcome(p.colleague(), collaboration.id(), view(p.sender(), collaboration.id()).version(),
                false, null, null);
        assertEquals(RequestStatus.NOT_HELD, view(p.sender(), collaboration.id()).status());
    }

    @Test
    void remindersGoOnceToTheReceivingBodyWithTheAdministratorsInCopyAndToBothSidesBeforeAVisit() throws Exception {
        Parties p = parties();
        ContactRequestView r = forwarded(p, RequestKind.CONTACT, null, null);
        var now = Clock.now();
        long receiverMails = mailsAbout(p.receiver().email(), r.id());
        int adminMails = outbox(Deployments.ADMIN_EMAIL).size();
        reminders.run(now.plusDays(6));
        assertEquals(receiverMails, mailsAbout(p.receiver().email(), r.id()), "not before 7 days");
        assertTrue(reminders.run(now.plusDays(8)).answers() >= 1);
        assertEquals(receiverMails + 1, mailsAbout(p.receiver().email(), r.id()));
        assertTrue(outbox(p.receiver().email()).stream().anyMatch(m -> m.getBody().contains("més d'una setmana")
                && m.getBody().contains("id=" + r.id())));
        assertTrue(outbox(Deployments.ADMIN_EMAIL).size() > adminMails, "administrators in copy");
        assertEquals(0, mailsAbout(p.sender().email(), r.id()) - 1, "the sender only had the forwarding news");
        reminders.run(now.plusDays(9));
        assertEquals(receiverMails + 1, mailsAbout(p.receiver().email(), r.id()), "once");

        ContactRequestView visit = forwarded(p, RequestKind.VISIT, null, null);
        LocalDate day = now.toLocalDate().plusDays(9);
        conversations.accept(p.receiver(), visit.id(), visit.version(), day, null);
        long senderMails = mailsAbout(p.sender().email(), visit.id());
        reminders.run(now.plusDays(2));
        assertEquals(senderMails + 1, mailsAbout(p.sender().email(), visit.id()), "a week before");
        assertTrue(lastMail(p.sender().email()).getBody().contains("d'aquí a una setmana"));
        reminders.run(now.plusDays(3));
        assertEquals(senderMails + 1, mailsAbout(p.sender().email(), visit.id()));
        reminders.run(now.plusDays(8));
        assertEquals(senderMails + 2, mailsAbout(p.sender().email(), visit.id()), "the day before");
        assertTrue(lastMail(p.sender().email()).getBody().contains("és demà"));
    }

    // ---- answers by mail

    @Test
    void answersByMailReachTheConversationFromAnAccountAndFromAContactPersonWithoutOne() throws Exception {
        Parties p = parties();
        ContactRequestView r = forwarded(p, RequestKind.CONTACT, null, null);
        MailMessage toContact = lastMail(p.contact());
        assertNotNull(toContact.getReplyTo(), "the forwarded request can be answered by mail");
        assertTrue(toContact.getReplyTo().startsWith("forum+k"), toContact.getReplyTo());
        assertTrue(toContact.getBody().contains(MESSAGE));

        String id1 = "<contact-" + SEQ.incrementAndGet() + "@tarrega.it.test>";
        ForumIT.mailIn(p.contact(), toContact.getReplyTo(), "Re: " + toContact.getSubject(),
                "Us hi esperem dijous a les deu, portin les preguntes.\n\nLaia\n\n" + "> " + MESSAGE, id1);
        assertEquals("POSTED", ForumIT.handled(em, id1));
        ConversationView.Line fromContact = conversations.conversation(p.sender(), r.id()).lines().get(0);
        assertTrue(fromContact.contactPerson());
        assertEquals("Laia Roca", fromContact.author());
        assertTrue(fromContact.html().contains("dijous a les deu"), fromContact.html());
        assertTrue(lastMail(p.sender().email()).getBody().contains("dijous a les deu"), "passed on to the sender");

        // the sender answers the mail they got; somebody else with the same token is refused
        MailMessage toSender = lastMail(p.sender().email());
        assertTrue(toSender.getReplyTo().startsWith("forum+q"), toSender.getReplyTo());
        String id2 = "<sender-" + SEQ.incrementAndGet() + "@cervera.it.test>";
        ForumIT.mailIn(p.sender().email(), toSender.getReplyTo(), "Re: visita", "Perfecte, dijous hi serem.", id2);
        assertEquals("POSTED", ForumIT.handled(em, id2));
        String id3 = "<intrus-" + SEQ.incrementAndGet() + "@elsewhere.test>";
        ForumIT.mailIn("intrus@elsewhere.test", toSender.getReplyTo(), "Re: visita", "Jo també hi vull anar, si us plau.", id3);
        assertTrue(ForumIT.handled(em, id3).startsWith("REFUSED"));
        List<ConversationView.Line> lines = conversations.conversation(p.receiver(), r.id()).lines();
        assertEquals(2, lines.size());
        assertEquals(Side.SENDER, lines.get(1).side());
        assertTrue(lines.get(1).html().contains("dijous hi serem"));
        assertNotNull(view(p.receiver(), r.id()).status());
    }

    // ---- privacy

    @Test
    void aDeletedAccountsRequestsAndMessagesStayAsAFormerMembersAndTheDataDownloadCarriesThem() throws Exception {
        Parties p = parties();
        ContactRequestView r = forwarded(p, RequestKind.CONTACT, null, null);
        conversations.message(p.sender(), r.id(), TEXT);
        String data = accounts.exportData(p.sender());
        assertTrue(data.contains("\"requestMessages\"") && data.contains(TEXT), data);
        ContactRequestView pending = requests.send(p.sender(), new RequestDraft(body("25072"), body("25217"), null,
                RequestKind.COLLABORATION, MESSAGE, null, null, null, true));
        accounts.deleteAccount(p.sender(), PASSWORD);
        ConversationView c = conversations.conversation(p.receiver(), r.id());
        assertNull(c.request().requesterName(), "shown as a former member");
        assertNull(c.request().requesterEmail());
        assertNull(c.lines().get(0).author());
        assertEquals(Side.SENDER, conversations.conversation(p.colleague(), r.id()).mySide(), "the body keeps it");
        assertThrows(NotFoundException.class, () -> conversations.conversation(administrator(), pending.id()),
                "a request that never reached the other body goes with the account");
    }

    // ---- the API

    /** Signs in through the API: the session cookie stays in the client; the answer carries the CSRF token. */
    static HttpResponse<String> signIn(HttpClient http, String root, String email, String password) throws Exception {
        HttpResponse<String> session = http.send(HttpRequest.newBuilder(URI.create(root + "/api/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, session.statusCode(), session.body());
        return session;
    }

    @Test
    void twoAdministratorsDecidingOnOneRequestAtTheSameInstantTheSecondIsToldOfTheConflict() throws Exception {
        Parties p = parties();
        ContactRequestView r = requests.send(p.sender(), new RequestDraft(body("25072"), body("25217"), p.sheet(),
                RequestKind.CONTACT, MESSAGE, null, null, null, true));
        Actor admin = administrator();
        // the first decision is written, not yet committed, when the second (which read the same version) is made:
        // the second waits for the first's row and must then be refused as a conflict, not fail at its commit
        tx.begin();
        requests.forward(admin, r.id(), r.version(), "La primera decisió");
        java.util.concurrent.Future<Throwable> second = executor.submit(() -> {
            try {
                requests.reject(admin, r.id(), r.version(), "La segona decisió");
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        Thread.sleep(1500);
        tx.commit();
        Throwable refused = second.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(refused instanceof ConcurrentEditException, "a conflict, not a failed commit: " + refused);
        ContactRequestView after = view(p.sender(), r.id());
        assertEquals(RequestStatus.FORWARDED, after.status());
        assertEquals("La primera decisió", after.decisionNote());
    }

    @Test
    void aButtonPressedOnTheReviewPageActsOnTheRequestItWasShownWith() throws Exception {
        // B, then A: the review list shows the newest first, so B comes right after A
        Parties p = parties();
        ContactRequestView b = requests.send(p.sender(), new RequestDraft(body("25072"), body("25217"), p.sheet(),
                RequestKind.CONTACT, "Sol·licitud B: " + MESSAGE, null, null, null, true));
        ContactRequestView a = requests.send(p.sender(), new RequestDraft(body("25072"), body("25217"), p.sheet(),
                RequestKind.COLLABORATION, "Sol·licitud A: " + MESSAGE, null, null, null, true));
        String root = base.toString().replaceAll("/$", "");
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        signIn(http, root, Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        String page = http.send(HttpRequest.newBuilder(URI.create(root + "/admin/requests.xhtml"))
                .header("Accept-Language", "ca").build(), HttpResponse.BodyHandlers.ofString()).body();
        // A's row: its message, then its buttons
        Matcher button = Pattern.compile("name=\"(requests:[^\"]+:forward)\"").matcher(page);
        assertTrue(button.find(page.indexOf("Sol·licitud A:")), page);
        // meanwhile another administrator forwards A: the list the page was drawn from moves up by one
        requests.forward(administrator(), a.id(), a.version(), null);

        String form = page.substring(page.indexOf("<form id=\"requests\""));
        form = form.substring(0, form.indexOf("</form>"));
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*? value=\"([^\"]*)\"").matcher(form);
        while (hidden.find()) {
            fields.put(hidden.group(1), hidden.group(2));
        }
        fields.put(button.group(1), "Reenvia");
        String body = fields.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(root + "/admin/requests.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.getProtocol() + "://" + base.getAuthority())
                .header("Accept-Language", "ca").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, sent.statusCode(), sent.body());
        assertTrue(sent.body().contains("Algú altre ho ha canviat mentrestant"), "A was decided already: " + sent.body());
        assertEquals(RequestStatus.PENDING, view(p.sender(), b.id()).status(), "B, next in the list now, is untouched");
        assertEquals(RequestStatus.FORWARDED, view(p.sender(), a.id()).status());
    }

    @Test
    void theApiListsReadsAndStepsWithTheRightStatuses() throws Exception {
        Parties p = parties();
        ContactRequestView r = forwarded(p, RequestKind.VISIT, null, null);
        String root = base.toString().replaceAll("/$", "");
        HttpClient anonymous = HttpClient.newHttpClient();
        assertEquals(403, anonymous.send(HttpRequest.newBuilder(URI.create(root + "/api/requests")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());

        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> session = signIn(http, root, p.receiver().email(), PASSWORD);
        Matcher m = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(session.body());
        assertTrue(m.find());
        String token = m.group(1);
        Consumer<HttpRequest.Builder> json = b -> b.header("Content-Type", "application/json")
                .header("X-CSRF-Token", token).header("Accept-Language", "es");

        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(root + "/api/requests")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"id\":" + r.id()), list.body());
        HttpResponse<String> one = http.send(HttpRequest.newBuilder(URI.create(root + "/api/requests/" + r.id())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, one.statusCode());
        assertTrue(one.body().contains("\"mySide\":\"RECEIVER\"") && one.body().contains("\"accept\""), one.body());
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(root + "/api/requests/987654321")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());

        String day = Clock.now().toLocalDate().plusDays(4).toString();
        HttpRequest.Builder noToken = HttpRequest.newBuilder(URI.create(root + "/api/requests/" + r.id() + "/accept"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":" + r.version() + ",\"date\":\"" + day + "\"}"));
        assertEquals(403, http.send(noToken.build(), HttpResponse.BodyHandlers.ofString()).statusCode(), "CSRF");
        HttpRequest.Builder badDate = HttpRequest.newBuilder(URI.create(root + "/api/requests/" + r.id() + "/accept"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":" + r.version() + ",\"date\":\"31/02/2027\"}"));
        json.accept(badDate);
        HttpResponse<String> bad = http.send(badDate.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("Día de la visita"), "in the caller's language: " + bad.body());
        HttpRequest.Builder stale = HttpRequest.newBuilder(URI.create(root + "/api/requests/" + r.id() + "/accept"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":" + (r.version() - 1) + ",\"date\":\"" + day + "\"}"));
        json.accept(stale);
        assertEquals(409, http.send(stale.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpRequest.Builder cancel = HttpRequest.newBuilder(URI.create(root + "/api/requests/" + r.id() + "/cancel"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":" + r.version() + "}"));
        json.accept(cancel);
        assertEquals(403, http.send(cancel.build(), HttpResponse.BodyHandlers.ofString()).statusCode(),
                "the receiving body declines, it does not cancel");
        HttpRequest.Builder accept = HttpRequest.newBuilder(URI.create(root + "/api/requests/" + r.id() + "/accept"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":" + r.version() + ",\"date\":\"" + day + "\"}"));
        json.accept(accept);
        HttpResponse<String> accepted = http.send(accept.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertTrue(accepted.body().contains("\"status\":\"ACCEPTED\"") && accepted.body().contains("\"agreedDate\":\"" + day + "\""),
                accepted.body());
    }
}
