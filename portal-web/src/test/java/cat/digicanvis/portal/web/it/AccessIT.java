package cat.digicanvis.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.application.account.AdminService;
import cat.digicanvis.portal.application.account.MembershipService;
import cat.digicanvis.portal.application.account.MembershipView;
import cat.digicanvis.portal.application.account.PasswordHasher;
import cat.digicanvis.portal.application.account.SignInOutcome;
import cat.digicanvis.portal.application.body.BodyEdit;
import cat.digicanvis.portal.application.recommendation.ProfileView;
import cat.digicanvis.portal.application.recommendation.RecommendationService;
import cat.digicanvis.portal.application.recommendation.RecommendationsView;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.recommendation.Interaction;
import cat.digicanvis.portal.domain.model.recommendation.InteractionKind;
import cat.digicanvis.portal.application.request.ContactRequestService;
import cat.digicanvis.portal.application.request.ContactRequestView;
import cat.digicanvis.portal.application.request.RequestDraft;
import cat.digicanvis.portal.domain.model.request.RequestKind;
import cat.digicanvis.portal.domain.model.request.RequestStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import cat.digicanvis.portal.application.body.LocalBodyService;
import cat.digicanvis.portal.application.sheet.FileService;
import cat.digicanvis.portal.application.sheet.ProjectSheetService;
import cat.digicanvis.portal.application.sheet.SheetForm;
import cat.digicanvis.portal.application.sheet.SheetSaved;
import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.model.localbody.LocalBody;
import cat.digicanvis.portal.domain.model.membership.MembershipStatus;
import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.model.project.MaterialType;
import cat.digicanvis.portal.domain.model.project.SheetStatus;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.model.account.LoginThrottle;
import cat.digicanvis.portal.domain.model.account.MailingLimits;
import cat.digicanvis.portal.domain.shared.RateLimitException;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorisation matrix: every page and every write action, for an anonymous visitor, a member of the
 * sheet's body, a member of another body, a moderator and an administrator, asserting what the server
 * answers (HTTP status, or the service's refusal) and that a refused action changes nothing. Then bad
 * input: weak passwords, duplicate emails, bad tokens, tampered ids and versions, and sign-in throttling.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessIT {

    static final String PASSWORD = "Priorat-vinyes-velles-77";
    static final String MEMBER = "membre@tarrega.it.test";
    static final String OTHER = "membre@cervera.it.test";
    static final String MODERATOR = "moderadora@it.test";
    static final String DRAFT_TITLE = "Esborrany de Tàrrega per a la matriu";
    static final String PUBLISHED_TITLE = "Fitxa publicada per a la matriu";
    static final String CONTACT_EMAIL = "contacte-privat@tarrega.it.test";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal("dc_it_access", AccessIT.class, PortalIT.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    AccountRepository accountRepository;
    @Inject
    PasswordHasher hasher;
    @Inject
    AccountService accounts;
    @Inject
    MembershipService memberships;
    @Inject
    AdminService admin;
    @Inject
    ProjectSheetService sheets;
    @Inject
    LocalBodyService bodies;
    @Inject
    UserTransaction tx;
    @Inject
    FileService files;
    @Inject
    RecommendationService recommendations;
    @Inject
    ContactRequestService requests;
    @Inject
    cat.digicanvis.portal.domain.model.recommendation.RecommendationRepository recommendationRepository;
    @Inject
    cat.digicanvis.portal.application.catalogue.CatalogueService catalogue;
    @Inject
    cat.digicanvis.portal.domain.model.localbody.LocalBodyRepository localBodies;

    // ---- inside the container: the people and sheets of the matrix

    Actor signIn(String email, String password) {
        SignInOutcome o = accounts.signIn(email, password, "10.9.9.9");
        assertEquals(SignInOutcome.Kind.SIGNED_IN, o.kind(), email);
        return o.actor();
    }

    long body(String code) {
        return bodies.findByCode(BodyType.MUNICIPALITY, code).orElseThrow().id();
    }

    void verifiedAccount(String email) throws Exception {
        tx.begin();
        Account a = new Account(email, email.substring(0, email.indexOf('@')), hasher.hash(PASSWORD), "ca", Clock.now());
        a.verifyEmail(Clock.now());
        accountRepository.store(a);
        tx.commit();
    }

    SheetForm form(long lead, String title, String contactEmail) {
        SheetForm f = PortalIT.form(lead, title);
        f.getContacts().clear();
        f.getContacts().add(new SheetForm.Contact("Laia Roca", "Tècnica TIC", contactEmail, "+34 973 000 000", true));
        return f;
    }

    @Test
    @Order(1)
    void theMatrixPeopleAndSheetsExist() throws Exception {
        Actor administrator = signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        verifiedAccount(MEMBER);
        verifiedAccount(OTHER);
        verifiedAccount(MODERATOR);
        MembershipView a = memberships.request(signIn(MEMBER, PASSWORD), body("25217"), "Tècnica");
        MembershipView b = memberships.request(signIn(OTHER, PASSWORD), body("25072"), "Secretari");
        admin.approve(administrator, a.id(), a.version(), null);
        admin.approve(administrator, b.id(), b.version(), null);
        var mod = accountRepository.findByEmail(MODERATOR).orElseThrow();
        admin.setRoles(administrator, mod.getId(), mod.getVersion(), true, false);
        Actor member = signIn(MEMBER, PASSWORD);
        var pdf = files.store(member, "pressupost.pdf",
                "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        SheetForm draftForm = form(body("25217"), DRAFT_TITLE, CONTACT_EMAIL);
        draftForm.getMaterials().add(new SheetForm.MaterialRow(MaterialType.DOCUMENT, "Pressupost", "ca", null,
                pdf.id(), pdf.fileName()));
        SheetSaved draft = sheets.save(member, draftForm);
        assertEquals(SheetStatus.DRAFT, draft.status());
        SheetForm publishedForm = form(body("25217"), PUBLISHED_TITLE, CONTACT_EMAIL);
        var report = files.store(administrator, "memoria.pdf",
                "%PDF-1.4\n2 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        publishedForm.getMaterials().add(new SheetForm.MaterialRow(MaterialType.DOCUMENT, "Memòria", "ca", null,
                report.id(), report.fileName()));
        sheets.saveAndPublish(administrator, publishedForm, ContentOrigin.USER);
    }

    /** Who may do one write action: the five actors and the expected outcome. */
    void matrix(String action, Map<String, Boolean> allowed, Consumer<Actor> act) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        actors.put("anonymous", Actor.ANONYMOUS);
        actors.put("member", signIn(MEMBER, PASSWORD));
        actors.put("other", signIn(OTHER, PASSWORD));
        actors.put("moderator", signIn(MODERATOR, PASSWORD));
        actors.put("administrator", signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD));
        for (var e : actors.entrySet()) {
            boolean expected = allowed.get(e.getKey());
            if (expected) {
                act.accept(e.getValue());
            } else {
                assertThrows(AccessDeniedException.class, () -> act.accept(e.getValue()), action + " by " + e.getKey());
            }
        }
    }

    static Map<String, Boolean> allow(boolean anonymous, boolean member, boolean other, boolean moderator,
            boolean administrator) {
        Map<String, Boolean> m = new LinkedHashMap<>();
        m.put("anonymous", anonymous);
        m.put("member", member);
        m.put("other", other);
        m.put("moderator", moderator);
        m.put("administrator", administrator);
        return m;
    }

    long publishedId() {
        return sheets.mine(signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD)).stream()
                .filter(s -> s.title().equals(PUBLISHED_TITLE)).findFirst().orElseThrow().id();
    }

    long draftId() {
        return sheets.mine(signIn(MEMBER, PASSWORD)).stream().filter(s -> s.title().equals(DRAFT_TITLE)).findFirst()
                .orElseThrow().id();
    }

    @Test
    @Order(2)
    void writeActionsFollowTheRulesAndRefusalsChangeNothing() {
        long id = draftId();
        matrix("edit", allow(false, true, false, true, true), a -> sheets.edit(a, id));
        matrix("save", allow(false, true, false, true, true), a -> {
            SheetForm f = sheets.edit(Actor.SYSTEM, id);
            sheets.save(a, f);
        });
        matrix("write a new sheet for Tàrrega", allow(false, true, false, true, true),
                a -> sheets.save(a, form(body("25217"), "Nova fitxa de la matriu", CONTACT_EMAIL)));
        matrix("review page", allow(false, true, false, true, true), a -> sheets.review(a, id));
        long publishedId = publishedId();
        matrix("contact details of a published sheet", allow(false, true, true, true, true),
                a -> sheets.contactDetails(a, publishedId));
        // a draft's contacts are as invisible as the draft to those who may not write it
        assertThrows(NotFoundException.class, () -> sheets.contactDetails(signIn(OTHER, PASSWORD), id));
        matrix("editor queue", allow(false, false, false, true, true), a -> sheets.queue(a, "", cat.digicanvis.portal.domain.model.project.QueueEntry.Order.WAITING, true, 0, 25));
        matrix("accounts list", allow(false, false, false, false, true),
                a -> admin.accounts(a, "", cat.digicanvis.portal.domain.model.account.AccountOrder.EMAIL, true, 0, 50));
        matrix("audit log", allow(false, false, false, false, true), a -> admin.audit(a, 0));
        matrix("correct a body", allow(false, false, false, false, true), a -> {
            BodyEdit e = bodies.edit(Actor.SYSTEM, body("25072"));
            bodies.update(a, new BodyEdit(e.id(), e.version(), e.name(), e.population() + 1, e.areaKm2(),
                    e.latitude(), e.longitude()));
        });
        matrix("bodies list", allow(false, false, false, false, true), a -> {
            var order = cat.digicanvis.portal.domain.model.localbody.BodyOrder.POPULATION;
            List<Integer> page = bodies.list(a, "", order, false, 0, 30).stream().map(b -> b.population()).toList();
            assertEquals(30, page.size());
            assertEquals(page.stream().sorted(java.util.Comparator.reverseOrder()).toList(), page, "the largest first");
            assertEquals(bodies.listSize(a, ""), bodies.listSize(a, null));
            assertTrue(bodies.listSize(a, "") > 947, "every body, never cut at a limit");
            assertEquals(bodies.list(a, "Bellpuig", order, false, 0, 100).size(), bodies.listSize(a, "bellpuig"));
            assertTrue(bodies.list(a, "Bellpuig", order, false, 0, 100).stream().allMatch(b -> b.name().contains("Bellpuig")));
            assertEquals(0, bodies.listSize(a, "_ellpuig"), "an underscore is a character, not a wildcard");
            assertEquals(bodies.list(a, "", order, false, 29, 1).get(0).id(), bodies.list(a, "", order, false, 0, 30).get(29).id());
        });
        matrix("outbox", allow(false, false, false, false, true), a -> admin.mail(a, 0));
        matrix("membership requests", allow(false, false, false, false, true),
                a -> admin.memberships(a, MembershipStatus.REQUESTED, 0, 50));
        matrix("ask to join", allow(false, true, true, true, true), a -> {
            try {
                memberships.request(a, body("25120"), "Tècnic");
            } catch (RuleViolationException already) {
                // asked before in this loop: the rule, not the authorisation, answers
            }
        });
        // the workflow: the others are refused first, and the sheet stays as it was
        int version = sheets.review(Actor.SYSTEM, id).version();
        for (String who : new String[] {OTHER}) {
            assertThrows(AccessDeniedException.class, () -> sheets.submit(signIn(who, PASSWORD), id, version));
        }
        assertThrows(AccessDeniedException.class, () -> sheets.submit(Actor.ANONYMOUS, id, version));
        assertEquals(version, sheets.review(Actor.SYSTEM, id).version(), "a refused submit changes nothing");
        SheetSaved submitted = sheets.submit(signIn(MEMBER, PASSWORD), id, version);
        for (Actor a : List.of(Actor.ANONYMOUS, signIn(MEMBER, PASSWORD), signIn(OTHER, PASSWORD))) {
            assertThrows(AccessDeniedException.class, () -> sheets.returnToAuthor(a, id, submitted.version(), "no"));
            assertThrows(AccessDeniedException.class, () -> sheets.publish(a, id, submitted.version()));
        }
        assertEquals(SheetStatus.SUBMITTED, sheets.review(Actor.SYSTEM, id).status());
        SheetSaved published = sheets.publish(signIn(MODERATOR, PASSWORD), id, submitted.version());
        for (Actor a : List.of(Actor.ANONYMOUS, signIn(MEMBER, PASSWORD), signIn(OTHER, PASSWORD))) {
            assertThrows(AccessDeniedException.class, () -> sheets.unpublish(a, id, published.version(), "no"));
        }
        sheets.unpublish(signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD), id, published.version(),
                "Per a la prova de la matriu");
        assertEquals(SheetStatus.UNPUBLISHED, sheets.review(Actor.SYSTEM, id).status());
        // roles: only administrators, and never the last one away
        var mod = accountRepository.findByEmail(MODERATOR).orElseThrow();
        assertThrows(AccessDeniedException.class,
                () -> admin.setRoles(signIn(MODERATOR, PASSWORD), mod.getId(), mod.getVersion(), true, true));
        // signing in touches the account (last sign-in), so its version is read after
        Actor self = signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        var adm = accountRepository.findByEmail(Deployments.ADMIN_EMAIL).orElseThrow();
        RuleViolationException last = assertThrows(RuleViolationException.class,
                () -> admin.setRoles(self, adm.getId(), adm.getVersion(), false, false));
        assertEquals("validation.account.lastAdministrator", last.violations().get(0).messageKey());
    }

    /** The editors' queue is read a page at a time, in the order asked, searched by title or body; never cut at a limit. */
    @Test
    @Order(5)
    void theEditorsQueueIsPagedSortedAndSearched() {
        Actor member = signIn(MEMBER, PASSWORD);
        for (String letter : List.of("B", "A", "C")) {
            SheetSaved saved = sheets.save(member, form(body("25217"), "Cua " + letter + " 100% zzq", CONTACT_EMAIL));
            sheets.submit(member, saved.id(), saved.version());
        }
        Actor editor = signIn(MODERATOR, PASSWORD);
        var waiting = cat.digicanvis.portal.domain.model.project.QueueEntry.Order.WAITING;
        var byTitle = cat.digicanvis.portal.domain.model.project.QueueEntry.Order.TITLE;
        List<String> all = sheets.queue(editor, "zzq", waiting, true, 0, 100).stream().map(q -> q.title()).toList();
        assertEquals(List.of("Cua B 100% zzq", "Cua A 100% zzq", "Cua C 100% zzq"), all, "the longest waiting first");
        assertEquals(3, sheets.queueSize(editor, " zzq "));
        List<String> paged = new java.util.ArrayList<>();
        sheets.queue(editor, "zzq", waiting, true, 0, 2).forEach(q -> paged.add(q.title()));
        sheets.queue(editor, "zzq", waiting, true, 2, 2).forEach(q -> paged.add(q.title()));
        assertEquals(all, paged, "two pages make the whole list");
        assertEquals(List.of("Cua C 100% zzq", "Cua B 100% zzq", "Cua A 100% zzq"),
                sheets.queue(editor, "zzq", byTitle, false, 0, 100).stream().map(q -> q.title()).toList());
        assertEquals(3, sheets.queueSize(editor, "100%"), "a % is a character, not a wildcard");
        assertEquals(0, sheets.queueSize(editor, "10_%"));
        assertTrue(sheets.queueSize(editor, "") >= 3, "no text: the whole queue");
        assertTrue(sheets.queue(editor, "", waiting, true, 0, 1000).size() <= 100, "at most 100 a page");
        assertThrows(AccessDeniedException.class, () -> sheets.queue(member, "", waiting, true, 0, 25));
        assertThrows(AccessDeniedException.class, () -> sheets.queueSize(member, ""));
    }

    /** The recommender: a body's profile and recommendations are its members' (administrators read them). */
    @Test
    @Order(3)
    void theRecommenderFollowsTheRulesAndRefusesBadProfiles() {
        long tarrega = body("25217");
        Actor member = signIn(MEMBER, PASSWORD);
        matrix("profile of Tàrrega", allow(false, true, false, false, true), a -> recommendations.profile(a, tarrega));
        // one rule for acting in a body's name: its members only, administrators included
        matrix("save the profile of Tàrrega", allow(false, true, false, false, false), a -> {
            ProfileView p = recommendations.profile(Actor.SYSTEM, tarrega);
            Map<Area, Integer> needs = new EnumMap<>(p.needs());
            needs.put(Area.SOCIAL_SERVICES, 3);
            recommendations.saveProfile(a, tarrega, p.version(), needs, Phase.PILOT);
        });
        matrix("recommendations for Tàrrega", allow(false, true, false, false, true),
                a -> recommendations.recommendations(a, tarrega));
        matrix("recommender status", allow(false, false, false, false, true), a -> recommendations.status(a));
        matrix("retrain now", allow(false, false, false, false, true), a -> {
            if (a.mayAdminister()) {
                assertNotNull(recommendations.status(a));
            } else {
                recommendations.retrain(a);
            }
        });

        ProfileView before = recommendations.profile(member, tarrega);
        assertEquals(3, before.needs().get(Area.SOCIAL_SERVICES));
        assertEquals(Phase.PILOT, before.maturity());
        Map<Area, Integer> bad = new EnumMap<>(before.needs());
        bad.put(Area.PARTICIPATION, 5);
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> recommendations.saveProfile(member, tarrega, before.version(), bad, Phase.IMPLEMENTED));
        assertEquals(List.of("validation.profile.need"), keys(e));
        Map<Area, Integer> good = new EnumMap<>(before.needs());
        good.put(Area.PARTICIPATION, 2);
        assertThrows(ConcurrentEditException.class,
                () -> recommendations.saveProfile(member, tarrega, before.version() - 1, good, Phase.IMPLEMENTED));
        ProfileView after = recommendations.profile(member, tarrega);
        assertEquals(before, after, "refused saves change nothing");

        RecommendationsView view = recommendations.recommendations(member, tarrega);
        assertFalse(view.km0().isEmpty(), "Km0 projects recommended from the profile alone");
        assertTrue(view.km0().stream().noneMatch(r -> r.lead().id() == tarrega), "not the body's own sheets");
        assertTrue(view.km0().stream().allMatch(r -> r.lead().km0()));
        assertTrue(view.foreign().stream().noneMatch(r -> r.lead().km0()));
        assertTrue(view.km0().stream().allMatch(r -> !r.reasons().isEmpty()), "each result says why");
        assertTrue(view.peers().stream().noneMatch(p -> p.body().id() == tarrega));
        long first = view.km0().get(0).sheetId();
        // "not relevant" hides it; only toggled kinds may be set by hand; others' bodies are refused
        recommendations.mark(member, tarrega, first, InteractionKind.NOT_RELEVANT, true);
        assertTrue(recommendations.recommendations(member, tarrega).km0().stream().noneMatch(r -> r.sheetId() == first));
        assertThrows(AccessDeniedException.class,
                () -> recommendations.mark(member, tarrega, first, InteractionKind.COLLABORATION_REQUEST, true));
        assertThrows(AccessDeniedException.class,
                () -> recommendations.mark(signIn(OTHER, PASSWORD), tarrega, first, InteractionKind.BOOKMARK, true));
        assertThrows(AccessDeniedException.class, () -> recommendations.mark(
                signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD), tarrega, first, InteractionKind.BOOKMARK, true));
        assertThrows(NotFoundException.class,
                () -> recommendations.mark(member, tarrega, 987654321L, InteractionKind.BOOKMARK, true));
        recommendations.mark(member, tarrega, first, InteractionKind.BOOKMARK, true);
        recommendations.mark(member, tarrega, first, InteractionKind.BOOKMARK, true);
        assertEquals(java.util.Set.of(InteractionKind.NOT_RELEVANT, InteractionKind.BOOKMARK), recommendations.marks(member, first));
        recommendations.mark(member, tarrega, first, InteractionKind.BOOKMARK, false);
        assertEquals(java.util.Set.of(InteractionKind.NOT_RELEVANT), recommendations.marks(member, first));
    }

    /**
     * Requests between bodies: a member sends one in the name of their own body, only administrators review
     * it, forwarding mails the other body's members and the sheet's consenting contacts, and refusals change
     * nothing.
     */
    @Test
    @Order(3)
    void requestsBetweenBodiesAreReviewedBeforeTheyArrive() {
        long tarrega = body("25217");
        long cervera = body("25072");
        long lleida = body("25120");
        Actor administrator = signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        long sheet = publishedId();
        String message = "Volem veure el projecte en marxa i parlar amb l'equip que el va fer.";
        LocalDate day = Clock.now().toLocalDate().plusDays(14);
        RequestDraft visit = new RequestDraft(cervera, tarrega, sheet, RequestKind.VISIT, message, day, day.plusDays(3),
                4, true);
        matrix("the request form", allow(false, true, true, true, true), a -> requests.form(a, tarrega, sheet));
        assertThrows(NotFoundException.class, () -> requests.form(administrator, tarrega, draftId()),
                "a sheet that is not published is not offered");
        assertEquals(List.of(), requests.form(signIn(MEMBER, PASSWORD), tarrega, null).from(),
                "nobody writes to their own body");
        // only a member of Cervera may write in its name
        matrix("send a request for Cervera", allow(false, false, true, false, false), a -> requests.send(a, visit));
        Actor other = signIn(OTHER, PASSWORD);
        long otherId = other.accountId();
        assertEquals(1, requests.sent(other).size());
        assertTrue(recommendationRepository.find(cervera, otherId, sheet, InteractionKind.VISIT_REQUEST,
                Interaction.ONCE).isPresent(), "a visit request is a grade-4 interaction for the recommender");

        // bad input: every reason, and nothing sent
        assertEquals(List.of("validation.request.duplicate"), keys(assertThrows(RuleViolationException.class,
                () -> requests.send(other, visit))));
        assertEquals(List.of("validation.length", "validation.request.consent"), keys(assertThrows(
                RuleViolationException.class, () -> requests.send(other, new RequestDraft(cervera, tarrega, null,
                        RequestKind.CONTACT, "Hola", null, null, null, false)))));
        assertEquals(List.of("validation.request.sheet"), keys(assertThrows(RuleViolationException.class,
                () -> requests.send(other, new RequestDraft(cervera, tarrega, draftId(), RequestKind.CONTACT, message,
                        null, null, null, true)))));
        assertEquals(List.of("validation.request.visitOrder"), keys(assertThrows(RuleViolationException.class,
                () -> requests.send(other, new RequestDraft(cervera, tarrega, null, RequestKind.VISIT, message,
                        day, day.minusDays(1), 2, true)))));
        assertEquals(List.of("validation.request.sameBody"), keys(assertThrows(RuleViolationException.class,
                () -> requests.send(other, new RequestDraft(cervera, cervera, null, RequestKind.CONTACT, message,
                        null, null, null, true)))));
        assertEquals(List.of("validation.unknownBody"), keys(assertThrows(RuleViolationException.class,
                () -> requests.send(other, new RequestDraft(cervera, 987654321L, null, RequestKind.CONTACT, message,
                        null, null, null, true)))));
        assertEquals(1, requests.sent(other).size(), "refused requests are not stored");

        // review: administrators only; a stale version is refused
        matrix("the review queue", allow(false, false, false, false, true),
                a -> requests.byStatus(a, RequestStatus.PENDING, 0, 50));
        ContactRequestView pending = requests.byStatus(administrator, RequestStatus.PENDING, 0, 50).get(0);
        assertEquals("Secretari", pending.requesterPosition());
        for (Actor a : List.of(Actor.ANONYMOUS, signIn(MEMBER, PASSWORD), other, signIn(MODERATOR, PASSWORD))) {
            assertThrows(AccessDeniedException.class, () -> requests.forward(a, pending.id(), pending.version(), null));
            assertThrows(AccessDeniedException.class, () -> requests.reject(a, pending.id(), pending.version(), "no"));
        }
        assertThrows(ConcurrentEditException.class,
                () -> requests.forward(administrator, pending.id(), pending.version() - 1, null));
        assertTrue(requests.received(signIn(MEMBER, PASSWORD)).isEmpty(), "nothing arrives before the review");
        long mailsBefore = admin.mail(administrator, 0).stream().filter(m -> m.recipient().equals(MEMBER)).count();
        requests.forward(administrator, pending.id(), pending.version(), "Endavant");
        ContactRequestView forwarded = requests.sent(other).get(0);
        assertEquals(RequestStatus.FORWARDED, forwarded.status());
        assertEquals(2, forwarded.recipients(), "the member of Tàrrega and the sheet's contact person");
        var mails = admin.mail(administrator, 0);
        assertEquals(mailsBefore + 1, mails.stream().filter(m -> m.recipient().equals(MEMBER)).count());
        var toContact = mails.stream().filter(m -> m.recipient().equals(CONTACT_EMAIL)).findFirst().orElseThrow();
        assertTrue(toContact.body().contains(message) && toContact.body().contains(OTHER)
                && toContact.body().contains(PUBLISHED_TITLE), toContact.body());
        assertTrue(mails.stream().anyMatch(m -> m.recipient().equals(OTHER) && m.body().contains("Endavant")));
        assertEquals(List.of(pending.id()), requests.received(signIn(MEMBER, PASSWORD)).stream()
                .map(ContactRequestView::id).toList());
        assertTrue(requests.received(other).isEmpty());
        assertEquals(List.of("validation.request.decided"), keys(assertThrows(RuleViolationException.class,
                () -> requests.reject(administrator, forwarded.id(), forwarded.version(), "tard"))));

        // withdrawn by its sender only; rejected with a reason, which takes the interaction back
        ContactRequestView contact = requests.send(other, new RequestDraft(cervera, tarrega, null,
                RequestKind.CONTACT, message, null, null, null, true));
        assertThrows(NotFoundException.class,
                () -> requests.withdraw(signIn(MEMBER, PASSWORD), contact.id(), contact.version()));
        requests.withdraw(other, contact.id(), contact.version());
        assertEquals(RequestStatus.WITHDRAWN, requests.sent(other).get(0).status());
        ContactRequestView collaboration = requests.send(other, new RequestDraft(cervera, tarrega, sheet,
                RequestKind.COLLABORATION, message, null, null, null, true));
        assertTrue(recommendationRepository.find(cervera, otherId, sheet, InteractionKind.COLLABORATION_REQUEST,
                Interaction.ONCE).isPresent());
        assertEquals(List.of("validation.required"), keys(assertThrows(RuleViolationException.class,
                () -> requests.reject(administrator, collaboration.id(), collaboration.version(), " "))));
        requests.reject(administrator, collaboration.id(), collaboration.version(), "Massa genèrica");
        assertTrue(recommendationRepository.find(cervera, otherId, sheet, InteractionKind.COLLABORATION_REQUEST,
                Interaction.ONCE).isEmpty(), "a rejected request is no longer a sign of interest");
        assertTrue(mails(administrator).stream().anyMatch(m -> m.recipient().equals(OTHER)
                && m.body().contains("Massa genèrica")));

        // a body nobody can be reached at: forwarding is refused and the request still waits
        ContactRequestView nowhere = requests.send(other, new RequestDraft(cervera, lleida, null, RequestKind.CONTACT,
                message, null, null, null, true));
        assertEquals(List.of("validation.request.noRecipients"), keys(assertThrows(RuleViolationException.class,
                () -> requests.forward(administrator, nowhere.id(), nowhere.version(), null))));
        assertEquals(RequestStatus.PENDING, requests.sent(other).get(0).status());
        requests.reject(administrator, nowhere.id(), requests.sent(other).get(0).version(), "Ningú no hi respon");
    }

    java.util.List<cat.digicanvis.portal.application.mail.MailView> mails(Actor administrator) {
        return admin.mail(administrator, 0);
    }

    /** With enough interactions, "retrain now" trains a hybrid model in the background, saves it and uses it. */
    @Test
    @Order(3)
    void retrainingInTheBackgroundSavesAndUsesAModel() throws Exception {
        List<Long> sheetIds = catalogue.all().stream().map(e -> e.id()).sorted().toList();
        List<LocalBody> all = localBodies.all();
        // a pattern no profile shows: twelve bodies that took an interest in the first sheet also took one in the second
        long first = sheetIds.get(0);
        long second = sheetIds.get(1);
        tx.begin();
        for (LocalBody b : all.subList(all.size() - 12, all.size())) {
            for (long sheet : List.of(first, second)) {
                recommendationRepository.recordOnce(new cat.digicanvis.portal.domain.model.recommendation.Interaction(
                        b.getId(), null, sheet, InteractionKind.WORKED_FOR_US, Clock.now()));
            }
        }
        java.util.Random random = new java.util.Random(5);
        for (LocalBody b : all.subList(0, Math.min(120, all.size()))) {
            for (int n = 0; n < 4; n++) {
                long sheet = sheetIds.get(random.nextInt(sheetIds.size()));
                InteractionKind kind = n == 0 ? InteractionKind.WORKED_FOR_US : InteractionKind.BOOKMARK;
                recommendationRepository.recordOnce(new cat.digicanvis.portal.domain.model.recommendation.Interaction(
                        b.getId(), null, sheet, kind, Clock.now()));
            }
        }
        tx.commit();
        Actor administrator = signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        long deadline = System.currentTimeMillis() + 180_000;
        // the demo content's own training, started with the portal, may still be running
        while (recommendations.status(administrator).training() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(recommendations.retrain(administrator));
        while ((recommendations.status(administrator).training() || recommendations.status(administrator).triggerBy() == null
                || !recommendations.status(administrator).triggerBy().startsWith("admin:")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        var status = recommendations.status(administrator);
        assertTrue(status.learned(), "trained: " + status.lastError() + " " + status.facts());
        assertEquals("hybrid", status.facts().get("kind"));
        assertTrue(status.facts().containsKey("validation.warm.ndcg@10"), status.facts().toString());
        assertTrue(status.provenance().contains("FMRegressionTrainer"));
        assertTrue(status.triggerBy().startsWith("admin:"));
        var saved = recommendationRepository.latestModel().orElseThrow();
        var loaded = cat.digicanvis.recommender.hybrid.DigiCanvisModel.fromBytes(saved.getContent());
        assertEquals(status.facts(), new java.util.TreeMap<>(loaded.facts()), "the saved model is the one in use");
        RecommendationsView view = recommendations.recommendations(signIn(MEMBER, PASSWORD), body("25217"));
        assertTrue(view.learned());
        assertFalse(view.km0().isEmpty());
        assertTrue(status.facts().containsKey("collaborative"), "the collaborative model is trained: " + status.facts());
        // projects like the first sheet: the second, because the same bodies took an interest in both
        var similar = recommendations.similar(first);
        assertTrue(similar.size() <= RecommendationService.SIMILAR);
        var together = similar.stream().filter(x -> x.sheetId() == second).findFirst().orElseThrow(() ->
                new AssertionError("the co-interest is found: " + similar));
        var why = together.reasons().stream().filter(r -> r.kind().equals("ALSO_INTERESTED")).findFirst().orElseThrow();
        assertTrue(why.count() >= 12, "at least the twelve bodies: " + why);
        assertTrue(similar.stream().noneMatch(x -> x.sheetId() == first), "not itself");
        assertEquals(List.of(), recommendations.similar(987654321L), "nothing for a sheet that is not published");
    }

    /** Projects like this one on the API and the sheet page, for anyone, in the reader's language. */
    @Test
    @Order(4)
    @RunAsClient
    void similarProjectsOnTheApiAndTheSheetPage() throws Exception {
        HttpResponse<String> list = page("/api/projects?size=200", null);
        assertEquals(200, list.statusCode());
        Matcher ids = Pattern.compile("\"url\":\"/project/view\\.xhtml\\?id=(\\d+)\"").matcher(list.body());
        String found = null;
        String body = null;
        while (ids.find() && found == null) {
            HttpResponse<String> r = page("/api/projects/" + ids.group(1) + "/similar?lang=en", null);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().startsWith("{\"items\":["), r.body());
            if (r.body().contains("\"kind\":\"ALSO_INTERESTED\"")) {
                found = ids.group(1);
                body = r.body();
            }
        }
        assertNotNull(found, "some sheet has neighbours by co-interest once the model is trained");
        assertTrue(body.contains("bodies interested in this project also took an interest in this one"), body);
        assertTrue(body.contains("\"url\":\"/project/view.xhtml?id="), body);
        assertFalse(body.contains("\"url\":\"/project/view.xhtml?id=" + found + "\""), "a sheet is not like itself");
        long count = Pattern.compile("\"url\":").matcher(body).results().count();
        assertTrue(count >= 1 && count <= 10, body);
        assertEquals(404, page("/api/projects/987654321/similar", null).statusCode());
        assertEquals(404, page("/api/projects/abc/similar", null).statusCode());
        HttpResponse<String> sheet = page("/project/view.xhtml?id=" + found + "&lang=ca", null);
        assertEquals(200, sheet.statusCode());
        assertTrue(sheet.body().contains("id=\"similar\""), "the sheet page shows projects like it");
        assertTrue(sheet.body().contains("ens interessats en aquest projecte"), "the reason in Catalan");
    }

    static List<String> keys(RuleViolationException e) {
        return e.violations().stream().map(Violation::messageKey).toList();
    }

    @Test
    @Order(3)
    void badInputIsRefusedWithItsReasonAndChangesNothing() {
        assertEquals(List.of("validation.password.short"), keys(assertThrows(RuleViolationException.class,
                () -> accounts.signUp("nou@it.test", "Nou", "curta", "curta", "ca", "10.9.9.9"))));
        assertEquals(List.of("validation.password.common"), keys(assertThrows(RuleViolationException.class,
                () -> accounts.signUp("nou@it.test", "Nou", "123456789012", "123456789012", "ca", "10.9.9.9"))));
        assertEquals(List.of("validation.password.mismatch"), keys(assertThrows(RuleViolationException.class,
                () -> accounts.signUp("nou@it.test", "Nou", PASSWORD, PASSWORD + "x", "ca", "10.9.9.9"))));
        assertEquals(List.of("validation.email"), keys(assertThrows(RuleViolationException.class,
                () -> accounts.signUp("no-es-correu", "Nou", PASSWORD, PASSWORD, "ca", "10.9.9.9"))));
        assertTrue(accountRepository.findByEmail("nou@it.test").isEmpty(), "nothing was stored");
        // a duplicate email: the same answer as a new one, no second account, a notice to the owner
        Actor administrator = signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        int mailsBefore = admin.mail(administrator, 0).size();
        accounts.signUp(MEMBER.toUpperCase(), "Impostor", "Una-altra-contrasenya-9", "Una-altra-contrasenya-9", "es", "10.9.9.9");
        assertEquals("membre", accountRepository.findByEmail(MEMBER).orElseThrow().getDisplayName());
        var latest = admin.mail(administrator, 0).get(0);
        assertEquals(MEMBER, latest.recipient());
        assertTrue(latest.subject().contains("Ja teniu un compte"), latest.subject());
        assertEquals(mailsBefore + 1, admin.mail(administrator, 0).size());
        // tokens: unknown, tampered, empty
        for (String token : new String[] {"desconegut", "", "x".repeat(500)}) {
            assertEquals(List.of("validation.token.invalid"), keys(assertThrows(RuleViolationException.class,
                    () -> accounts.confirmEmail(token))));
            assertFalse(accounts.resetTokenUsable(token));
        }
        // tampered ids and versions
        assertThrows(NotFoundException.class, () -> sheets.review(administrator, 987_654_321L));
        long id = draftId();
        int version = sheets.review(Actor.SYSTEM, id).version();
        assertThrows(ConcurrentEditException.class, () -> sheets.submit(signIn(MEMBER, PASSWORD), id, version + 7));
        assertThrows(RuleViolationException.class, () -> memberships.request(signIn(MEMBER, PASSWORD), 987_654_321L, "x"));
        assertThrows(RuleViolationException.class, () -> sheets.unpublish(administrator, id, version, " "));
        assertEquals(version, sheets.review(Actor.SYSTEM, id).version());
        // a body's correction: its rules, and the version read
        BodyEdit cervera = bodies.edit(administrator, body("25072"));
        assertEquals(List.of("validation.body.population"), keys(assertThrows(RuleViolationException.class,
                () -> bodies.update(administrator, new BodyEdit(cervera.id(), cervera.version(), cervera.name(), -5,
                        cervera.areaKm2(), cervera.latitude(), cervera.longitude())))));
        assertEquals(List.of("validation.coordinates"), keys(assertThrows(RuleViolationException.class,
                () -> bodies.update(administrator, new BodyEdit(cervera.id(), cervera.version(), cervera.name(),
                        cervera.population(), cervera.areaKm2(), 95.0, cervera.longitude())))));
        assertThrows(ConcurrentEditException.class, () -> bodies.update(administrator, new BodyEdit(cervera.id(),
                cervera.version() + 1, "Cervera (canviat)", cervera.population(), cervera.areaKm2(),
                cervera.latitude(), cervera.longitude())));
        assertEquals(cervera, bodies.edit(administrator, body("25072")), "a refused correction changes nothing");
        bodies.update(administrator, new BodyEdit(cervera.id(), cervera.version(), "Cervera", 9_500,
                cervera.areaKm2(), cervera.latitude(), cervera.longitude()));
        assertEquals(9_500, bodies.find(body("25072")).orElseThrow().population());
    }

    // ---- from outside: pages by role, REST writes, throttling

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** Signs in through the API; returns the session cookie and CSRF token. */
    String[] session(String email, String password) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/session")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("DCSESSION="))
                .findFirst().orElseThrow().split(";")[0];
        Matcher m = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(r.body());
        assertTrue(m.find());
        return new String[] {cookie, m.group(1)};
    }

    HttpResponse<String> page(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    @Order(4)
    @RunAsClient
    void pagesAnswerEachRoleAsTheMatrixSays() throws Exception {
        String member = session(MEMBER, PASSWORD)[0];
        String other = session(OTHER, PASSWORD)[0];
        String moderator = session(MODERATOR, PASSWORD)[0];
        String administrator = session(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD)[0];
        Matcher m = Pattern.compile("review\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(DRAFT_TITLE))
                .matcher(page("/account/sheets.xhtml", member).body());
        assertTrue(m.find(), "the member sees their sheet in My sheets");
        String sheet = m.group(1);
        Matcher f = Pattern.compile("/files/(\\d+)").matcher(page("/project/review.xhtml?id=" + sheet, member).body());
        assertTrue(f.find(), "the draft links its uploaded file");
        String file = f.group(1);
        Matcher p = Pattern.compile("review\\.xhtml\\?id=(\\d+)\">" + Pattern.quote(PUBLISHED_TITLE))
                .matcher(page("/account/sheets.xhtml", administrator).body());
        assertTrue(p.find());
        String published = p.group(1);
        Matcher pf = Pattern.compile("/files/(\\d+)").matcher(page("/project/view.xhtml?id=" + published, null).body());
        assertTrue(pf.find(), "the published sheet links its file");
        String publicFile = pf.group(1);
        // status codes: anonymous, member of the body, member of another body, moderator, administrator
        Map<String, int[]> expected = new LinkedHashMap<>();
        expected.put("/account/settings.xhtml", new int[] {302, 200, 200, 200, 200});
        expected.put("/account/memberships.xhtml", new int[] {302, 200, 200, 200, 200});
        expected.put("/account/sheets.xhtml", new int[] {302, 200, 200, 200, 200});
        expected.put("/account/saved.xhtml", new int[] {302, 200, 200, 200, 200});
        expected.put("/project/edit.xhtml", new int[] {302, 200, 200, 200, 200});
        expected.put("/project/edit.xhtml?id=" + sheet, new int[] {302, 200, 403, 200, 200});
        expected.put("/project/review.xhtml?id=" + sheet, new int[] {302, 200, 403, 200, 200});
        expected.put("/project/review.xhtml?id=987654321", new int[] {302, 404, 404, 404, 404});
        expected.put("/files/" + file, new int[] {404, 200, 404, 200, 200});
        expected.put("/files/" + publicFile, new int[] {200, 200, 200, 200, 200});
        expected.put("/editor/queue.xhtml", new int[] {302, 403, 403, 200, 200});
        expected.put("/admin/users.xhtml", new int[] {302, 403, 403, 403, 200});
        // the guard reads the path the container maps, not the raw one
        expected.put("/%61dmin/users.xhtml", new int[] {302, 403, 403, 403, 200});
        expected.put("/admin/memberships.xhtml", new int[] {302, 403, 403, 403, 200});
        expected.put("/admin/audit.xhtml", new int[] {302, 403, 403, 403, 200});
        expected.put("/admin/bodies.xhtml", new int[] {302, 403, 403, 403, 200});
        expected.put("/admin/mail.xhtml", new int[] {302, 403, 403, 403, 200});
        expected.put("/admin/recommender.xhtml", new int[] {302, 403, 403, 403, 200});
        Matcher tb = Pattern.compile("profile\\.xhtml\\?body=(\\d+)").matcher(page("/account/recommendations.xhtml", member).body());
        assertTrue(tb.find(), "the member's recommendations link to the profile of their body");
        expected.put("/account/profile.xhtml?body=" + tb.group(1), new int[] {302, 200, 403, 403, 200});
        expected.put("/account/recommendations.xhtml?body=" + tb.group(1), new int[] {302, 200, 403, 403, 200});
        expected.put("/account/recommendations.xhtml?body=x1", new int[] {302, 404, 404, 404, 404});
        // without a body of their own, people are sent to ask to join one
        expected.put("/account/recommendations.xhtml", new int[] {302, 200, 200, 302, 302});
        expected.put("/project/view.xhtml?id=" + published, new int[] {200, 200, 200, 200, 200});
        expected.put("/account/requests.xhtml", new int[] {302, 200, 200, 200, 200});
        expected.put("/account/request.xhtml?to=" + tb.group(1), new int[] {302, 200, 200, 200, 200});
        expected.put("/account/request.xhtml?to=" + tb.group(1) + "&sheet=" + published, new int[] {302, 200, 200, 200, 200});
        expected.put("/account/request.xhtml?to=" + tb.group(1) + "&sheet=" + sheet, new int[] {302, 404, 404, 404, 404});
        expected.put("/account/request.xhtml?to=987654321", new int[] {302, 404, 404, 404, 404});
        expected.put("/account/request.xhtml?to=x", new int[] {302, 404, 404, 404, 404});
        expected.put("/admin/requests.xhtml", new int[] {302, 403, 403, 403, 200});
        String[] cookies = {null, member, other, moderator, administrator};
        String[] names = {"anonymous", "member", "other", "moderator", "administrator"};
        for (var e : expected.entrySet()) {
            for (int i = 0; i < cookies.length; i++) {
                assertEquals(e.getValue()[i], page(e.getKey(), cookies[i]).statusCode(), e.getKey() + " as " + names[i]);
            }
        }
        // a path parameter: Payara redirects it into /admin/ (which the guard covers) or the guard answers it
        int[] admin = expected.get("/admin/users.xhtml");
        for (int i = 0; i < cookies.length; i++) {
            HttpResponse<String> r = page("/admin;x/users.xhtml", cookies[i]);
            if (r.statusCode() == 301) {
                String to = URI.create(r.headers().firstValue("Location").orElseThrow()).getRawPath();
                assertTrue(to.startsWith(base.getPath().replaceAll("/$", "") + "/admin/"), "redirected into /admin/: " + to);
                int followed = page(to.substring(base.getPath().replaceAll("/$", "").length()), cookies[i]).statusCode();
                assertTrue(i == 4 || followed == admin[i], "/admin;x/users.xhtml then " + to + " as " + names[i] + ": " + followed);
            } else {
                assertEquals(admin[i], r.statusCode(), "/admin;x/users.xhtml as " + names[i]);
            }
        }
        // files are served slice by slice, with ranges (a resumed download) and their hash as ETag
        HttpResponse<byte[]> whole = HTTP.send(HttpRequest.newBuilder(URI.create(url("/files/" + publicFile))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        int size = whole.body().length;
        assertEquals(String.valueOf(size), whole.headers().firstValue("Content-Length").orElseThrow());
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElseThrow());
        String etag = whole.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> part = HTTP.send(HttpRequest.newBuilder(URI.create(url("/files/" + publicFile)))
                .header("Range", "bytes=4-13").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, part.statusCode());
        assertEquals("bytes 4-13/" + size, part.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(java.util.Arrays.copyOfRange(whole.body(), 4, 14), part.body());
        assertEquals(416, HTTP.send(HttpRequest.newBuilder(URI.create(url("/files/" + publicFile)))
                .header("Range", "bytes=" + size + "-").build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode());
        assertEquals(304, HTTP.send(HttpRequest.newBuilder(URI.create(url("/files/" + publicFile)))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode());
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(url("/files/" + publicFile)))
                .header("Range", "bytes=0-3").header("If-Range", "\"another-version\"").build(),
                HttpResponse.BodyHandlers.ofByteArray()).statusCode(), "a range of another version: the whole file");
        assertEquals(404, page("/files/" + file, null).statusCode(), "a range or not, a file still in review is hidden");
        // only what may be done is offered: the sheet's own members see "edit", another council's do not
        assertTrue(page("/project/view.xhtml?id=" + published, member).body().contains("/project/edit.xhtml?id=" + published));
        assertFalse(page("/project/view.xhtml?id=" + published, other).body().contains("/project/edit.xhtml?id=" + published));
        assertFalse(page("/project/view.xhtml?id=" + published, other).body().contains("/project/review.xhtml?id=" + published));
        // contact emails: verified members and staff only
        assertFalse(page("/project/view.xhtml?id=" + published, null).body().contains(CONTACT_EMAIL));
        for (String c : new String[] {member, other, moderator, administrator}) {
            assertTrue(page("/project/view.xhtml?id=" + published, c).body().contains(CONTACT_EMAIL));
        }
        assertFalse(page("/api/projects/" + published, null).body().contains(CONTACT_EMAIL));
    }

    /**
     * "Not relevant" on the recommendations page is a plain form: the body's members only, with their session's token;
     * the page keeps no view state; a project hidden leaves the body's recommendations at once.
     */
    @Test
    @Order(4)
    @RunAsClient
    void notRelevantIsAPlainFormForTheBodysMembers() throws Exception {
        // the other council is recommended the member's published sheet; the member is the outsider here
        String[] member = session(OTHER, PASSWORD);
        String[] other = session(MEMBER, PASSWORD);
        HttpResponse<String> page = page("/account/recommendations.xhtml", member[0]);
        assertEquals(200, page.statusCode());
        Matcher tb = Pattern.compile("profile\\.xhtml\\?body=(\\d+)").matcher(page.body());
        assertTrue(tb.find());
        String body = tb.group(1);
        Matcher state = Pattern.compile("ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
        while (state.find()) {
            assertEquals("stateless", state.group(1), "the page keeps no view state");
        }
        Matcher shown = Pattern.compile("name=\"sheet\" value=\"(\\d+)\"").matcher(page.body());
        assertTrue(shown.find(), "the member is offered 'not relevant' on a recommended project: " + page.body());
        String sheet = shown.group(1);
        assertTrue(page.body().contains("name=\"token\" value=\"" + member[1] + "\""), "with the session's token");
        assertFalse(page("/account/recommendations.xhtml?body=" + body, administratorCookie()).body().contains("name=\"notRelevant\""),
                "an administrator looks but does not act for the body");

        String form = "notRelevant=1&sheet=" + sheet + "&body=" + body + "&tab=km0&token=";
        assertEquals(403, mark(form + "forged", member[0]).statusCode(), "a forged token");
        assertEquals(403, mark(form + other[1], other[0]).statusCode(), "another council's member");
        assertEquals(400, mark("notRelevant=1&sheet=x&body=" + body + "&token=" + member[1], member[0]).statusCode());
        HttpResponse<String> late = mark(form + "x", null);
        assertEquals(303, late.statusCode());
        assertTrue(late.headers().firstValue("Location").orElse("").contains("/account/login.xhtml?back="
                + java.net.URLEncoder.encode("/account/recommendations.xhtml?body=" + body + "&tab=km0", StandardCharsets.UTF_8)),
                "no session: sign in and come back to the page");
        assertTrue(page("/account/recommendations.xhtml?body=" + body, member[0]).body().contains("value=\"" + sheet + "\""),
                "nothing refused changed anything");

        // the body's page is kept for its members: another session of a member gets it with its own token
        String[] again = session(OTHER, PASSWORD);
        assertNotEquals(member[1], again[1]);
        HttpResponse<String> first = page("/account/recommendations.xhtml?body=" + body + "&tab=km0", member[0]);
        HttpResponse<String> kept = page("/account/recommendations.xhtml?body=" + body + "&tab=km0", again[0]);
        assertEquals(java.util.Optional.of("hit"), kept.headers().firstValue("X-Page-Cache"), "kept: " + first.headers());
        assertTrue(kept.body().contains("name=\"token\" value=\"" + again[1] + "\""), "with this session's token");
        assertFalse(kept.body().contains(member[1]), "never another session's");
        assertTrue(kept.body().contains("name=\"sheet\" value=\"" + sheet + "\""));
        HttpResponse<String> adminView = page("/account/recommendations.xhtml?body=" + body + "&tab=km0", administratorCookie());
        assertTrue(adminView.headers().firstValue("X-Page-Cache").isEmpty(), "an administrator's view is not the members' page");
        assertFalse(adminView.body().contains("name=\"notRelevant\""));
        assertEquals(403, page("/account/recommendations.xhtml?body=" + body + "&tab=km0", other[0]).statusCode(),
                "another council's member is refused, kept page or not");

        HttpResponse<String> done = mark(form + member[1], member[0]);
        assertEquals(303, done.statusCode(), done.body());
        assertTrue(done.headers().firstValue("Location").orElse("").endsWith("/account/recommendations.xhtml?body=" + body
                + "&tab=km0#projects"));
        HttpResponse<String> after = page("/account/recommendations.xhtml?body=" + body + "&tab=km0", member[0]);
        assertFalse(after.body().contains("name=\"sheet\" value=\"" + sheet + "\""), "the project is hidden at once");
        assertTrue(after.body().contains("msg-info"), "and the page says so");
        HttpResponse<String> gone = mark("notRelevant=1&sheet=987654321&body=" + body + "&token=" + member[1], member[0]);
        assertEquals(303, gone.statusCode(), "a project that is gone is said on the page");
        assertTrue(page("/account/recommendations.xhtml?body=" + body, member[0]).body().contains("msg-error"));
    }

    private String administratorCookie() throws Exception {
        return session(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD)[0];
    }

    private HttpResponse<String> mark(String form, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url("/project/mark")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", URI.create(url("/")).resolve("/").toString().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    @Order(6)
    @RunAsClient
    void restWritesNeedASessionAndItsCsrfToken() throws Exception {
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(url("/api/projects")))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json");
        assertEquals(403, HTTP.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        String[] s = session(MEMBER, PASSWORD);
        assertEquals(403, HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/projects")))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Cookie", s[0]).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "a session alone is not enough");
        assertEquals(403, HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/session"))).DELETE()
                .header("Cookie", s[0]).header("X-CSRF-Token", "forged").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(204, HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/session"))).DELETE()
                .header("Cookie", s[0]).header("X-CSRF-Token", s[1]).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(302, page("/account/settings.xhtml", s[0]).statusCode(), "signed out");
    }

    @Test
    @Order(5)
    @RunAsClient
    void signingInGivesANewHttpOnlySameSiteSession() throws Exception {
        // reading pages and the sign-in form open no session; a signed-in one is the session to carry over
        String[] first = session(OTHER, PASSWORD);
        String before = first[0];
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/session")))
                .header("Content-Type", "application/json").header("Cookie", before)
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + MEMBER + "\",\"password\":\"" + PASSWORD
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        String setCookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("DCSESSION="))
                .findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), setCookie);
        String after = setCookie.split(";")[0];
        assertFalse(before.equals(after), "the session id changes at sign-in");
        assertEquals(302, page("/account/settings.xhtml", before).statusCode(), "the old id is not signed in");
        assertEquals(200, page("/account/settings.xhtml", after).statusCode());
    }

    @Test
    @Order(7)
    @RunAsClient
    void repeatedFailuresWaitThenLockWithoutTellingWhoIsRegistered() throws Exception {
        for (String email : new String[] {OTHER, "ningu@it.test"}) {
            List<Integer> statuses = new java.util.ArrayList<>();
            String retryAfter = null;
            for (int i = 0; i < 4; i++) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/session")))
                        .header("Content-Type", "application/json").header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email
                                + "\",\"password\":\"Incorrecta-del-tot-1\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                statuses.add(r.statusCode());
                if (r.statusCode() == 429) {
                    retryAfter = r.headers().firstValue("Retry-After").orElse(null);
                    assertTrue(r.body().contains("wait"), r.body());
                } else {
                    assertTrue(r.body().contains("The address or the password is wrong."), r.body());
                }
            }
            assertEquals(List.of(401, 401, 401, 429), statuses, email);
            assertNotNull(retryAfter);
        }
        // the right password during the wait is still refused
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/api/session")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + OTHER + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(429, r.statusCode());
    }

    @Test
    @Order(8)
    @RunAsClient
    void parallelGuessesAreCountedOneByOne() throws Exception {
        // eight wrong guesses at once for an email nobody tried yet: before the counting was atomic, the first
        // failures collided (500) and most guesses ran against a count of zero
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sent.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(url("/api/session")))
                    .header("Content-Type", "application/json").header("Accept-Language", "en")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"en-paral-lel@it.test\",\"password\":\"Incorrecta-"
                            + i + "-del-tot\"}")).build(), HttpResponse.BodyHandlers.ofString()));
        }
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (var f : sent) {
            statuses.merge(f.get().statusCode(), 1, Integer::sum);
        }
        // as in a row: three guesses are checked, then the next must wait (429), whatever their order
        assertEquals(Map.of(401, LoginThrottle.DELAY_FROM, 429, 8 - LoginThrottle.DELAY_FROM), statuses);
    }

    @Inject
    cat.digicanvis.portal.domain.model.mail.MailRepository outbox;
    @Inject
    cat.digicanvis.portal.application.retention.Retention retention;
    @Inject
    cat.digicanvis.portal.domain.model.file.StoredFileRepository fileRepository;

    @Test
    @Order(9)
    void mailsAVisitorCanCauseAreLimitedAndTheOutboxKeepsNoSecret() throws Exception {
        String target = "limit@it.test";
        verifiedAccount(target);
        for (int i = 0; i < MailingLimits.PER_TARGET; i++) {
            accounts.requestPasswordReset(target, "10.8.8." + i);
        }
        // a fourth mail to that address, from any client and by any form, is refused with its reason and its wait
        RateLimitException refused = assertThrows(RateLimitException.class,
                () -> accounts.signUp(target, "Algú", PASSWORD, PASSWORD, "ca", "10.8.9.9"));
        assertEquals(List.of("validation.mail.tooMany", "validation.forum.wait.minutes"), keys(refused));
        assertTrue(refused.retryAfterSeconds() > 0 && refused.retryAfterSeconds() <= 3600, "" + refused.retryAfterSeconds());
        // an unverified account gets a new link when it signs in with the right password, and only then
        accounts.signUp("sense-verificar@it.test", "Sense", PASSWORD, PASSWORD, "ca", "10.8.9.20");
        assertEquals(SignInOutcome.Kind.WRONG, accounts.signIn("sense-verificar@it.test", "Una-altra-cosa-99", "10.8.9.21").kind());
        assertEquals(1, outbox.byRecipient("sense-verificar@it.test").size());
        assertEquals(SignInOutcome.Kind.UNVERIFIED, accounts.signIn("sense-verificar@it.test", PASSWORD, "10.8.9.21").kind());
        assertEquals(List.of("verify", "verify"), outbox.byRecipient("sense-verificar@it.test").stream()
                .map(m -> m.getSubject().startsWith("Confirmeu") ? "verify" : m.getSubject()).toList());
        // an address nobody registered is limited alike, so the limit tells nothing
        for (int i = 0; i < MailingLimits.PER_TARGET; i++) {
            accounts.requestPasswordReset("ningu-limit@it.test", "10.8.7." + i);
        }
        assertThrows(RateLimitException.class, () -> accounts.requestPasswordReset("ningu-limit@it.test", "10.8.7.99"));
        // one client spreading mails over many addresses
        for (int i = 0; i < MailingLimits.PER_CLIENT; i++) {
            accounts.requestPasswordReset("diversos-" + i + "@it.test", "10.8.6.1");
        }
        assertThrows(RateLimitException.class, () -> accounts.requestPasswordReset("un-altre@it.test", "10.8.6.1"));
        accounts.requestPasswordReset("un-altre@it.test", "10.8.6.2");

        // the outbox holds a place for each link's secret, never a secret: the hashes in the database match nothing
        List<cat.digicanvis.portal.domain.model.mail.MailMessage> stored = outbox.byRecipient(target);
        assertEquals(MailingLimits.PER_TARGET, stored.size());
        for (var m : stored) {
            assertTrue(m.getBody().contains("/account/reset.xhtml?token=" + cat.digicanvis.portal.domain.model.mail.MailMessage.SECRET),
                    m.getBody());
            assertNotNull(m.getAccountTokenId());
            Matcher token = Pattern.compile("token=([^\\s]+)").matcher(m.getBody());
            assertTrue(token.find());
            assertFalse(accounts.resetTokenUsable(token.group(1)));
        }
        // reading the outbox is audited
        Actor administrator = signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        admin.mail(administrator, 0);
        var read = admin.audit(administrator, 0).get(0);
        assertEquals("mail.outbox.read", read.action());
        assertEquals(Deployments.ADMIN_EMAIL, read.actorEmail());

        // the password typed again in the settings: wrong guesses wait and lock like sign-ins
        verifiedAccount("reentrada@it.test");
        Actor again = signIn("reentrada@it.test", PASSWORD);
        for (int i = 0; i < LoginThrottle.DELAY_FROM; i++) {
            assertEquals(List.of("validation.password.wrong"), keys(assertThrows(RuleViolationException.class,
                    () -> accounts.changePassword(again, "No-es-aquesta-1", "Nova-contrasenya-llarga-7", "Nova-contrasenya-llarga-7"))));
        }
        RateLimitException wait = assertThrows(RateLimitException.class, () -> accounts.requestEmailChange(again, PASSWORD,
                "nova-reentrada@it.test"));
        assertEquals("validation.password.tooManyTries", keys(wait).get(0));
        assertTrue(outbox.byRecipient("nova-reentrada@it.test").isEmpty(), "the right password waits too; nothing is sent");
        // uploads that no sheet uses: a quota per person, then they go after a week
        Actor uploader = signIn(OTHER, PASSWORD);
        byte[] tiny = "%PDF-1.4\n9 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < FileService.PENDING_FILES; i++) {
            files.store(uploader, "esborrany-" + i + ".pdf", tiny);
        }
        assertEquals(List.of("validation.file.quota"), keys(assertThrows(RuleViolationException.class,
                () -> files.store(uploader, "un-mes.pdf", tiny))));
        tx.begin();
        int unattached = fileRepository.purgeUnattached(Clock.now().plusDays(1));
        tx.commit();
        assertTrue(unattached >= FileService.PENDING_FILES, "" + unattached);
        files.store(uploader, "ara-si.pdf", tiny);
        Matcher used = Pattern.compile("/files/(\\d+)").matcher(page("/project/view.xhtml?id=" + publishedId(), null).body());
        assertTrue(used.find());
        assertEquals(200, page("/files/" + used.group(1), null).statusCode(), "a file a sheet uses stays");
        // the audit trail names people by account, and a sheet's history by name: no address in either
        for (int page = 0; page < 5; page++) {
            for (var e : admin.audit(administrator, page)) {
                assertFalse(e.detail() != null && e.detail().contains("@"), e.action() + ": " + e.detail());
            }
        }
        var history = sheets.review(signIn(MEMBER, PASSWORD), draftId()).history();
        assertFalse(history.isEmpty());
        assertTrue(history.stream().allMatch(h -> h.who() == null || !h.who().contains("@")), history.toString());
        // retention: a body goes after a week, the record after 90 days; pending mail stays whatever its age
        LocalDateTime now = Clock.now();
        tx.begin();
        var week = new cat.digicanvis.portal.domain.model.mail.MailMessage("vell@it.test", "ca", "Fa 8 dies", "Text vell",
                now.minusDays(8));
        week.sent(now.minusDays(8));
        var season = new cat.digicanvis.portal.domain.model.mail.MailMessage("vell@it.test", "ca", "Fa 91 dies", "Text",
                now.minusDays(91));
        season.sent(now.minusDays(91));
        var waiting = new cat.digicanvis.portal.domain.model.mail.MailMessage("vell@it.test", "ca", "Pendent", "Encara",
                now.minusDays(91));
        outbox.store(week);
        outbox.store(season);
        outbox.store(waiting);
        tx.commit();
        retention.purge(now);
        tx.begin();
        var left = outbox.byRecipient("vell@it.test");
        tx.commit();
        assertEquals(List.of("Fa 8 dies", "Pendent"), left.stream().map(m -> m.getSubject()).sorted().toList());
        var purged = left.stream().filter(m -> m.getSubject().equals("Fa 8 dies")).findFirst().orElseThrow();
        assertTrue(purged.isBodyPurged());
        assertEquals("", purged.getBody());
        assertEquals("Encara", left.stream().filter(m -> m.getSubject().equals("Pendent")).findFirst().orElseThrow().getBody());
    }

    @Test
    @Order(10)
    @RunAsClient
    void formsWithoutViewStateOpenNoSessionAndRefuseOtherSites() throws Exception {
        for (String path : new String[] {"/account/login.xhtml", "/account/signup.xhtml", "/account/forgot.xhtml",
            "/account/reset.xhtml?token=x"}) {
            HttpResponse<String> r = page(path, null);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("DCSESSION")), path);
        }
        String form = "login=login&login%3Aemail=" + MEMBER + "&login%3Apassword=" + PASSWORD
                + "&login%3AsignIn=Entra&jakarta.faces.ViewState=stateless";
        for (String[] header : new String[][] {{"Origin", "https://un-altre-lloc.example"}, {"Sec-Fetch-Site", "cross-site"},
            {"Origin", "null"}}) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/account/login.xhtml")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header(header[0], header[1])
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, r.statusCode(), header[0] + ": " + header[1]);
            assertTrue(r.body().contains("un altre lloc web"), r.body());
            assertTrue(r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("DCSESSION")));
        }
        // headers: no device features; HTTPS is not claimed over plain HTTP (portal.https is off here); the
        // language of cached pages varies with the cookie and Accept-Language
        HttpResponse<String> home = page("/", null);
        assertTrue(home.headers().firstValue("Permissions-Policy").orElseThrow().contains("camera=()"));
        assertTrue(home.headers().firstValue("Strict-Transport-Security").isEmpty());
        assertEquals("Accept-Language, Cookie", home.headers().firstValue("Vary").orElseThrow());
        // the same post from the portal's own page signs in
        HttpResponse<String> own = HTTP.send(HttpRequest.newBuilder(URI.create(url("/account/login.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.getProtocol() + "://" + base.getAuthority()).header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, own.statusCode(), own.body());
        assertTrue(own.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("DCSESSION")));
    }

    @Test
    @Order(11)
    void onlyNavigationsWithinThePortalCountAsViews() throws Exception {
        long tarrega = body("25217");
        String cookie = session(MEMBER, PASSWORD)[0];
        // a published sheet the member has not looked at today
        long sheet = catalogue.latest(200).stream().map(e -> e.id())
                .filter(id -> recommendationRepository.byBodyAndSheet(tarrega, id).stream()
                        .noneMatch(x -> x.getKind() == InteractionKind.VIEW))
                .findFirst().orElseThrow();
        java.util.function.Supplier<Long> views = () -> recommendationRepository.byBodyAndSheet(tarrega, sheet).stream()
                .filter(x -> x.getKind() == InteractionKind.VIEW).count();
        String[][] fromElsewhere = {{"Sec-Fetch-Site", "cross-site", "Sec-Fetch-Dest", "document"},
            {"Sec-Fetch-Site", "same-origin", "Sec-Fetch-Dest", "iframe"},
            {"Referer", "https://un-altre-lloc.example/pagina", "X-Nothing", "-"}};
        for (String[] h : fromElsewhere) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url("/project/view.xhtml?id=" + sheet)))
                    .header("Cookie", cookie).header(h[0], h[1]).header(h[2], h[3]).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals(0L, views.get(), String.join(" ", h));
        }
        HTTP.send(HttpRequest.newBuilder(URI.create(url("/project/view.xhtml?id=" + sheet))).header("Cookie", cookie)
                .header("Sec-Fetch-Site", "same-origin").header("Sec-Fetch-Dest", "document").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(1L, views.get(), "a link within the portal counts");
    }

    @Test
    @Order(12)
    void aMembersEditOfAPublishedSheetWaitsForAnEditorAndEditorsEditsAreAudited() {
        Actor member = signIn(MEMBER, PASSWORD);
        Actor moderator = signIn(MODERATOR, PASSWORD);
        Actor administrator = signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        long id = publishedId();
        String published = sheets.view(id).summary();
        SheetForm f = sheets.edit(member, id);
        f.setSummary(published + " Ara també en línia.");
        var annex = files.store(member, "annex.pdf",
                "%PDF-1.4\n7 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        f.getMaterials().add(new SheetForm.MaterialRow(MaterialType.DOCUMENT, "Annex", "ca", null, annex.id(),
                annex.fileName()));
        SheetSaved saved = sheets.save(member, f);
        assertTrue(saved.awaitsReview());
        try {
            tx.begin();
            fileRepository.purgeUnattached(Clock.now().plusDays(30));
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertEquals("annex.pdf", files.read(member, annex.id()).fileName(), "a file the pending changes use stays");
        assertEquals(published, sheets.view(id).summary(), "readers keep the published version");
        // the member continues the same changes; a copy of the form opened before that is refused
        SheetForm again = sheets.edit(member, id);
        assertEquals(published + " Ara també en línia.", again.getSummary());
        SheetForm stale = sheets.edit(member, id);
        again.setBenefits("Menys desplaçaments a l'ajuntament.");
        sheets.save(member, again);
        stale.setSummary("Una altra cosa");
        assertThrows(ConcurrentEditException.class, () -> sheets.save(member, stale));
        assertThrows(AccessDeniedException.class, () -> sheets.save(signIn(OTHER, PASSWORD), sheets.edit(administrator, id)));
        // the editor sees what changes, word by word
        var pending = sheets.review(moderator, id).pendingRevision();
        assertNotNull(pending);
        assertTrue(pending.mayDecide());
        assertEquals(List.of("field.summary", "field.benefits", "field.materials"),
                pending.changes().stream().map(c -> c.field()).toList());
        assertTrue(pending.changes().get(0).afterHtml().contains("<ins>"), pending.changes().get(0).afterHtml());
        assertFalse(sheets.review(member, id).pendingRevision().mayDecide());
        assertEquals(List.of("validation.revision.note"), keys(assertThrows(RuleViolationException.class,
                () -> sheets.rejectRevision(moderator, id, pending.version(), " "))));
        assertThrows(AccessDeniedException.class, () -> sheets.acceptRevision(member, id, pending.version()));
        assertThrows(ConcurrentEditException.class, () -> sheets.acceptRevision(moderator, id, pending.version() + 1));
        sheets.acceptRevision(moderator, id, pending.version());
        assertEquals(published + " Ara també en línia.", sheets.view(id).summary());
        assertNull(sheets.review(member, id).pendingRevision());
        var history = sheets.review(administrator, id).history();
        assertTrue(history.stream().anyMatch(h -> h.action().equals("sheet.revision.accepted")
                && h.detail().equals("summary, benefits, materials")), history.toString());
        // changes an editor turns down leave the sheet as it is, with the reason for the author
        SheetForm refused = sheets.edit(member, id);
        refused.setSummary("Un resum que no convé.");
        sheets.save(member, refused);
        int v = sheets.review(moderator, id).pendingRevision().version();
        sheets.rejectRevision(moderator, id, v, "El resum anterior era més clar.");
        assertEquals(published + " Ara també en línia.", sheets.view(id).summary());
        assertThrows(RuleViolationException.class, () -> sheets.rejectRevision(moderator, id, v, "Un altre cop."));
        // an editor's own edit of a published sheet goes live at once, and the trail says what changed
        SheetForm ed = sheets.edit(administrator, id);
        ed.setSummary(published);
        SheetSaved direct = sheets.save(administrator, ed);
        assertFalse(direct.awaitsReview());
        assertEquals(published, sheets.view(id).summary());
        assertTrue(sheets.review(administrator, id).history().stream().anyMatch(h -> h.action().equals("sheet.edited")
                && "summary".equals(h.detail())));
        // the member's next steps: a council, its profile and a sheet; a bookmark completes them
        var next = onboarding.nextSteps(member);
        assertTrue(next.joined() && next.profiled() && next.wrote(), next.toString());
        recommendations.mark(member, body("25217"), id, InteractionKind.BOOKMARK, true);
        assertTrue(onboarding.nextSteps(member).allDone());
        assertTrue(recommendations.saved(member).stream().anyMatch(e -> e.id() == id), "listed among the saved sheets");
        assertFalse(onboarding.nextSteps(signIn(OTHER, PASSWORD)).allDone());
    }

    @Inject
    cat.digicanvis.portal.application.account.OnboardingService onboarding;

    /**
     * Who a session's account is comes from memory once read, and follows every change of the account and of its
     * memberships at once: an approved membership, a role given and taken, signing out everywhere.
     */
    @Test
    @Order(13)
    void aSessionsAccountIsKeptAndFollowsItsChangesAtOnce() throws Exception {
        String email = "canvis-" + System.nanoTime() % 100000 + "@cervera.it.test";
        verifiedAccount(email);
        Account a = accountRepository.findByEmail(email).orElseThrow();
        int epoch = a.getSessionEpoch();
        Actor first = accounts.actor(a.getId(), epoch).orElseThrow();
        assertTrue(first.memberOf().isEmpty());
        assertTrue(first == accounts.actor(a.getId(), epoch).orElseThrow(), "read once, then kept");
        Actor administrator = signIn(Deployments.ADMIN_EMAIL, Deployments.ADMIN_PASSWORD);
        MembershipView m = memberships.request(first, body("25072"), "Tècnica");
        admin.approve(administrator, m.id(), m.version(), null);
        assertEquals(java.util.Set.of(body("25072")), accounts.actor(a.getId(), epoch).orElseThrow().memberOf(),
                "the approval shows at once");
        admin.setRoles(administrator, a.getId(), accountRepository.findByEmail(email).orElseThrow().getVersion(), true, false);
        assertTrue(accounts.actor(a.getId(), epoch).isEmpty(), "a role given ends the sessions begun before");
        int given = accountRepository.findByEmail(email).orElseThrow().getSessionEpoch();
        assertTrue(accounts.actor(a.getId(), given).orElseThrow().isEditor(), "and the next one has it");
        admin.setRoles(administrator, a.getId(), accountRepository.findByEmail(email).orElseThrow().getVersion(), false, false);
        int taken = accountRepository.findByEmail(email).orElseThrow().getSessionEpoch();
        assertTrue(accounts.actor(a.getId(), given).isEmpty());
        assertFalse(accounts.actor(a.getId(), taken).orElseThrow().isEditor(), "taken");
        Actor last = accounts.actor(a.getId(), taken).orElseThrow();
        assertEquals(java.util.Set.of(body("25072")), last.memberOf());
        accounts.signOutEverywhere(last);
        assertTrue(accounts.actor(a.getId(), taken).isEmpty(), "signing out everywhere ends them");
    }
}
