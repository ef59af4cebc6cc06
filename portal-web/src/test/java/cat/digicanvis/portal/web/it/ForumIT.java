package cat.digicanvis.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.application.account.AdminService;
import cat.digicanvis.portal.application.forum.CategoryForm;
import cat.digicanvis.portal.application.forum.CategoryView;
import cat.digicanvis.portal.application.forum.ForumModerationService;
import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.application.forum.PostView;
import cat.digicanvis.portal.application.forum.PostedView;
import cat.digicanvis.portal.application.forum.TopicDraft;
import cat.digicanvis.portal.application.forum.TopicListView;
import cat.digicanvis.portal.application.forum.TopicPageView;
import cat.digicanvis.portal.application.sheet.ProjectSheetService;
import cat.digicanvis.portal.application.sheet.SheetSaved;
import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.forum.CategoryAccess;
import cat.digicanvis.portal.domain.model.forum.FlagReason;
import cat.digicanvis.portal.domain.model.forum.Pin;
import cat.digicanvis.portal.domain.model.forum.PostStatus;
import cat.digicanvis.portal.domain.model.forum.TopicList;
import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.model.recommendation.InteractionKind;
import cat.digicanvis.portal.domain.model.recommendation.RecommendationRepository;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RateLimitException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The forum's rules on a real portal and database: who may do what (anonymous, newcomer, member, moderator,
 * administrator), newcomers' posts waiting for approval, the pace limits (also under parallel requests),
 * flags, sheet discussions that follow their sheet, edits with revisions and optimistic locking, account
 * deletion, and the REST API with its status codes. Each test makes its own people and topics.
 */
@ExtendWith(ArquillianExtension.class)
class ForumIT {

    static final String PASSWORD = ItPeople.PASSWORD;
    static final String TEXT = "Nosaltres ho vam provar l'any passat i ens va anar bé.";
    static final AtomicInteger SEQ = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal("dc_it_forum", ForumIT.class, PortalIT.class, ItPeople.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    ForumService forum;
    @Inject
    ForumModerationService moderation;
    @Inject
    ItPeople people;
    @Inject
    AccountRepository accountRepository;
    @Inject
    AccountService accounts;
    @Inject
    AdminService admin;
    @Inject
    ProjectSheetService sheets;
    @Inject
    RecommendationRepository recommendations;
    @Inject
    UserTransaction tx;
    @PersistenceContext(unitName = "portal")
    EntityManager em;
    @Resource
    ManagedExecutorService executor;

    // ---- people, each test its own

    Actor signIn(String email) {
        return people.signIn(email, "10.8.8.8");
    }

    Actor administrator() {
        return signIn(Deployments.ADMIN_EMAIL);
    }

    String account(String tag) throws Exception {
        return people.account(tag, "forum.it.test");
    }

    /** A verified person who belongs to no body. */
    Actor newcomer() throws Exception {
        return signIn(account("nouvingut"));
    }

    /** A verified member of a council (Tàrrega unless said). */
    Actor member(String ine) throws Exception {
        return people.member(ine, "membre", "forum.it.test", "10.8.8.8");
    }

    Actor member() throws Exception {
        return member("25217");
    }

    Actor moderator() throws Exception {
        return signIn(moderatorEmail());
    }

    String moderatorEmail() throws Exception {
        String email = account("moderadora");
        Account a = accountRepository.findByEmail(email).orElseThrow();
        admin.setRoles(administrator(), a.getId(), a.getVersion(), true, false);
        return email;
    }

    long body(String ine) {
        return people.body(ine);
    }

    long category(String slug) {
        return forum.categories(Actor.ANONYMOUS).stream().filter(c -> c.slug().equals(slug)).findFirst()
                .orElseThrow().id();
    }

    String title(String what) {
        return what + " (prova " + SEQ.incrementAndGet() + ")";
    }

    /** Moves a person's writing back in time, as if they had waited: the limits then let them post again. */
    void age(Actor who, int seconds) throws Exception {
        tx.begin();
        em.createNativeQuery("UPDATE forum_post SET created_at = created_at - INTERVAL " + seconds + " SECOND,"
                + " edited_at = edited_at - INTERVAL " + seconds + " SECOND WHERE author_id = ?1")
                .setParameter(1, who.accountId()).executeUpdate();
        em.createNativeQuery("UPDATE forum_topic SET created_at = created_at - INTERVAL " + seconds + " SECOND"
                + " WHERE author_id = ?1").setParameter(1, who.accountId()).executeUpdate();
        tx.commit();
    }

    long postCount() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM forum_post").getSingleResult()).longValue();
    }

    PostedView topicBy(Actor who, String slug) {
        return forum.startTopic(who, new TopicDraft(category(slug), null, title("Tema de prova sobre tràmits"), TEXT));
    }

    // ---- who may do what

    @Test
    void readingIsOpenAndWritingNeedsAnAccount() throws Exception {
        assertEquals(8, forum.categories(Actor.ANONYMOUS).size(), "the six areas, General and About");
        PostedView t = topicBy(member(), "general");
        TopicPageView page = forum.topic(Actor.ANONYMOUS, t.topicId(), 1);
        assertEquals(1, page.posts().size());
        assertFalse(page.mayReply());
        assertEquals("forum.noReply.signIn", page.noReplyKey());
        assertThrows(AccessDeniedException.class, () -> topicBy(Actor.ANONYMOUS, "general"));
        assertThrows(AccessDeniedException.class, () -> forum.reply(Actor.ANONYMOUS, t.topicId(), TEXT, null));
        assertThrows(AccessDeniedException.class, () -> forum.like(Actor.ANONYMOUS, t.postId(), true));
        assertThrows(AccessDeniedException.class, () -> forum.flag(Actor.ANONYMOUS, t.postId(), FlagReason.SPAM, null));
        assertThrows(AccessDeniedException.class,
                () -> forum.topics(Actor.ANONYMOUS, null, TopicList.MINE, null, 1));
        assertEquals(1, forum.topic(Actor.ANONYMOUS, t.topicId(), 1).totalPosts(), "refusals stored nothing");
    }

    /** Each moderation action for the five kinds of people; a refusal leaves the topic as it was. */
    @Test
    void moderationIsForModeratorsAndCategoriesForAdministrators() throws Exception {
        PostedView t = topicBy(member(), "general");
        Map<String, Actor> people = new LinkedHashMap<>();
        people.put("anonymous", Actor.ANONYMOUS);
        people.put("newcomer", newcomer());
        people.put("member", member());
        people.put("moderator", moderator());
        people.put("administrator", administrator());
        Map<String, Boolean> staff = Map.of("anonymous", false, "newcomer", false, "member", false, "moderator", true,
                "administrator", true);
        matrix("queue", people, staff, a -> moderation.queue(a, 0, 10));
        matrix("close and reopen", people, staff, a -> {
            moderation.close(a, t.topicId(), true);
            moderation.close(a, t.topicId(), false);
        });
        matrix("pin", people, staff, a -> moderation.pin(a, t.topicId(), Pin.NONE));
        matrix("slow mode", people, staff, a -> moderation.slowMode(a, t.topicId(), 0));
        matrix("move", people, staff, a -> moderation.move(a, t.topicId(), category("general")));
        Map<String, Boolean> admins = Map.of("anonymous", false, "newcomer", false, "member", false, "moderator", false,
                "administrator", true);
        matrix("categories", people, admins, a -> moderation.categories(a));
        TopicPageView after = forum.topic(Actor.ANONYMOUS, t.topicId(), 1);
        assertFalse(after.topic().closed());
        assertEquals(Pin.NONE, after.topic().pinned());
        assertEquals(category("general"), after.category().id());
    }

    void matrix(String action, Map<String, Actor> people, Map<String, Boolean> allowed, Consumer<Actor> act) {
        for (var e : people.entrySet()) {
            if (allowed.get(e.getKey())) {
                act.accept(e.getValue());
            } else {
                assertThrows(AccessDeniedException.class, () -> act.accept(e.getValue()), action + " by " + e.getKey());
            }
        }
    }

    @Test
    void aMembersOnlyCategoryIsInvisibleToOthers() throws Exception {
        Actor adm = administrator();
        String slug = "membres-" + SEQ.incrementAndGet();
        CategoryView c = moderation.saveCategory(adm, new CategoryForm(null, 0, slug, "Només membres", "Solo miembros",
                "Members only", "Per a membres.", "Para miembros.", "For members.", 50, CategoryAccess.MEMBERS,
                CategoryAccess.MEMBERS, null));
        assertThrows(RuleViolationException.class, () -> moderation.saveCategory(adm, new CategoryForm(null, 0, slug,
                "Una altra", "Otra", "Another", "d", "d", "d", 51, CategoryAccess.EVERYONE, CategoryAccess.VERIFIED, null)),
                "the identifier is taken");
        Actor member = member();
        PostedView t = forum.startTopic(member, new TopicDraft(c.id(), null, title("Tema reservat als membres"), TEXT));
        assertThrows(AccessDeniedException.class, () -> forum.topic(Actor.ANONYMOUS, t.topicId(), 1));
        Actor newcomer = newcomer();
        assertThrows(NotFoundException.class, () -> forum.topic(newcomer, t.topicId(), 1));
        assertThrows(AccessDeniedException.class,
                () -> forum.startTopic(newcomer, new TopicDraft(c.id(), null, title("Intent d'una persona nova"), TEXT)));
        assertTrue(forum.categories(Actor.ANONYMOUS).stream().noneMatch(x -> x.id() == c.id()));
        assertTrue(forum.topics(Actor.ANONYMOUS, null, TopicList.LATEST, null, 1).items().stream()
                .noneMatch(x -> x.id() == t.topicId()));
        assertEquals(1, forum.topic(member(), t.topicId(), 1).posts().size());
        // a stale version of the category is refused
        assertThrows(ConcurrentEditException.class, () -> moderation.saveCategory(adm, new CategoryForm(c.id(),
                c.version() + 5, slug, "X", "X", "X", "d", "d", "d", 50, CategoryAccess.MEMBERS, CategoryAccess.MEMBERS, null)));
    }

    // ---- newcomers

    @Test
    void aNewcomersFirstTwoPostsWaitForAModerator() throws Exception {
        Actor newcomer = newcomer();
        PostedView t = topicBy(newcomer, "general");
        assertTrue(t.pending());
        assertThrows(NotFoundException.class, () -> forum.topic(Actor.ANONYMOUS, t.topicId(), 1));
        TopicPageView own = forum.topic(newcomer, t.topicId(), 1);
        assertEquals(0, own.posts().size());
        assertEquals(1, own.waiting().size(), "the author sees it waiting");
        Actor mod = moderator();
        PostView queued = moderation.queue(mod, 0, 100).stream().filter(q -> q.post().id() == t.postId()).findFirst()
                .orElseThrow().post();
        assertThrows(ConcurrentEditException.class, () -> moderation.approve(mod, t.postId(), queued.version() + 1));
        moderation.approve(mod, t.postId(), queued.version());
        assertEquals(1, forum.topic(Actor.ANONYMOUS, t.topicId(), 1).posts().size());
        assertTrue(moderation.queue(mod, 0, 100).stream().noneMatch(q -> q.post().id() == t.postId()));

        age(newcomer, 60);
        PostedView second = forum.reply(newcomer, t.topicId(), TEXT + " Segona.", null);
        assertTrue(second.pending());
        moderation.approve(mod, second.postId(), forum.post(mod, second.postId()).version());
        age(newcomer, 60);
        PostedView third = forum.reply(newcomer, t.topicId(), TEXT + " Tercera.", null);
        assertFalse(third.pending(), "after two approved posts, the next ones go straight out");
        // a member's first post never waits
        assertFalse(topicBy(member(), "general").pending());
    }

    // ---- limits

    @Test
    void limitsRefuseWithAWaitAndStoreNothing() throws Exception {
        Actor member = member();
        PostedView t = topicBy(member, "participation");
        long before = postCount();
        RateLimitException tooSoon = assertThrows(RateLimitException.class,
                () -> forum.reply(member, t.topicId(), TEXT + " De seguida.", null));
        assertTrue(tooSoon.retryAfterSeconds() >= 1 && tooSoon.retryAfterSeconds() <= 5, "" + tooSoon.retryAfterSeconds());
        assertEquals(before, postCount());
        age(member, 10);
        RateLimitException twice = assertThrows(RateLimitException.class, () -> forum.reply(member, t.topicId(), TEXT, null));
        assertTrue(twice.violations().stream().anyMatch(v -> v.messageKey().equals("validation.forum.limit.duplicate")));
        assertEquals(before, postCount());
        forum.reply(member, t.topicId(), TEXT + " Una altra cosa.", null);
        assertEquals(before + 1, postCount());

        Actor newcomer = newcomer();
        RuleViolationException links = assertThrows(RuleViolationException.class, () -> forum.reply(newcomer, t.topicId(),
                "Mireu https://a.example, https://b.example i https://c.example, són útils.", null));
        assertEquals("validation.forum.newcomerLinks", links.violations().get(0).messageKey());
        RuleViolationException shortText = assertThrows(RuleViolationException.class,
                () -> forum.reply(newcomer, t.topicId(), "Massa curt", null));
        assertEquals("validation.length", shortText.violations().get(0).messageKey());
        assertEquals(before + 1, postCount());

        // slow mode: one post per person every N minutes in the topic
        moderation.slowMode(moderator(), t.topicId(), 30);
        age(member, 60);
        RateLimitException slow = assertThrows(RateLimitException.class,
                () -> forum.reply(member, t.topicId(), TEXT + " En mode lent.", null));
        assertTrue(slow.violations().stream().anyMatch(v -> v.messageKey().equals("validation.forum.limit.slowMode")));
    }

    /** The same person sending eight replies at once gets one through; ten people at once all get through, numbered once. */
    @Test
    void parallelPostsAreCountedOnceAndNumberedOnce() throws Exception {
        Actor member = member();
        PostedView t = topicBy(member, "planning-management");
        age(member, 60);
        List<Callable<String>> same = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            same.add(() -> outcome(() -> forum.reply(member, t.topicId(), TEXT + " Paral·lel " + n, null)));
        }
        List<String> outcomes = run(same);
        assertEquals(1, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
        assertEquals(7, outcomes.stream().filter("limit"::equals).count(), outcomes.toString());

        List<Actor> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(member(i % 2 == 0 ? "25217" : "25072"));
        }
        List<Callable<String>> many = new ArrayList<>();
        for (Actor a : people) {
            many.add(() -> outcome(() -> forum.reply(a, t.topicId(), TEXT + " De " + a.displayName(), null)));
        }
        List<String> all = run(many);
        assertEquals(List.of("ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok", "ok"), all);
        TopicPageView page = forum.topic(Actor.ANONYMOUS, t.topicId(), 1);
        assertEquals(12, page.totalPosts(), "the question, one of the eight, and the ten");
        assertEquals(11, page.topic().replies());
        Set<Integer> numbers = new HashSet<>();
        page.posts().forEach(p -> numbers.add(p.number()));
        assertEquals(12, numbers.size());
        PostView last = page.posts().get(page.posts().size() - 1);
        assertEquals(last.createdAt(), page.topic().lastPostAt());
    }

    String outcome(Callable<?> call) {
        try {
            call.call();
            return "ok";
        } catch (RateLimitException e) {
            return "limit";
        } catch (Exception e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    List<String> run(List<Callable<String>> calls) throws Exception {
        List<Future<String>> futures = new ArrayList<>();
        for (Callable<String> c : calls) {
            futures.add(executor.submit(c));
        }
        List<String> out = new ArrayList<>();
        for (Future<String> f : futures) {
            out.add(f.get());
        }
        return out;
    }

    // ---- flags, likes, answers

    @Test
    void threePeoplesFlagsOrOneModeratorsHideAPost() throws Exception {
        Actor author = member();
        PostedView t = topicBy(author, "general");
        Actor a = member();
        Actor b = member();
        Actor c = newcomer();
        assertThrows(RuleViolationException.class, () -> forum.flag(author, t.postId(), FlagReason.SPAM, null), "not one's own");
        assertThrows(RuleViolationException.class, () -> forum.flag(a, t.postId(), FlagReason.OTHER, " "), "other needs a note");
        forum.flag(a, t.postId(), FlagReason.SPAM, null);
        assertThrows(RuleViolationException.class, () -> forum.flag(a, t.postId(), FlagReason.SPAM, null), "once per person");
        forum.flag(b, t.postId(), FlagReason.OFF_TOPIC, null);
        assertEquals(PostStatus.VISIBLE, forum.post(author, t.postId()).status());
        forum.flag(c, t.postId(), FlagReason.OTHER, "Sembla publicitat");
        assertEquals(PostStatus.HIDDEN, forum.post(author, t.postId()).status());
        assertThrows(NotFoundException.class, () -> forum.topic(Actor.ANONYMOUS, t.topicId(), 1));
        Actor mod = moderator();
        var item = moderation.queue(mod, 0, 100).stream().filter(q -> q.post().id() == t.postId()).findFirst().orElseThrow();
        assertEquals(3, item.flagReasons().size());
        assertTrue(item.flagReasons().contains("OTHER: Sembla publicitat"));
        moderation.approve(mod, t.postId(), item.post().version());
        assertEquals(1, forum.topic(Actor.ANONYMOUS, t.topicId(), 1).posts().size(), "reviewed and shown again");

        age(author, 60);
        PostedView reply = forum.reply(author, t.topicId(), TEXT + " Una resposta discutible.", null);
        forum.flag(mod, reply.postId(), FlagReason.INAPPROPRIATE, null);
        assertEquals(PostStatus.HIDDEN, forum.post(mod, reply.postId()).status(), "a moderator's flag hides at once");
        moderation.hide(mod, reply.postId(), forum.post(mod, reply.postId()).version(), "Fora de to");
        PostView hidden = forum.post(author, reply.postId());
        assertEquals("Fora de to", hidden.moderationNote());
        assertTrue(admin.mail(administrator(), 0).stream().anyMatch(m -> m.subject().contains("amagat")
                && m.body().contains("Fora de to")), "the author is told why by mail");
    }

    @Test
    void likesBookmarksAndTheAcceptedAnswer() throws Exception {
        Actor asker = member();
        PostedView t = topicBy(asker, "citizen-care");
        Actor helper = member();
        PostedView answer = forum.reply(helper, t.topicId(), TEXT + " Així ho vam fer.", null);
        assertThrows(RuleViolationException.class, () -> forum.like(helper, answer.postId(), true), "not one's own");
        assertEquals(1, forum.like(asker, answer.postId(), true));
        assertEquals(1, forum.like(asker, answer.postId(), true), "a second like changes nothing");
        forum.bookmark(asker, answer.postId(), true);
        assertTrue(forum.topics(asker, null, TopicList.BOOKMARKS, null, 1).items().stream().anyMatch(x -> x.id() == t.topicId()));
        assertThrows(AccessDeniedException.class, () -> forum.accept(helper, answer.postId(), true), "only the asker");
        assertThrows(RuleViolationException.class, () -> forum.accept(asker, t.postId(), true), "not the question");
        forum.accept(asker, answer.postId(), true);
        TopicPageView page = forum.topic(asker, t.topicId(), 1);
        assertTrue(page.topic().answered());
        assertTrue(page.posts().get(1).accepted());
        assertTrue(page.posts().get(1).liked());
        assertEquals(1, page.posts().get(1).likes());
        assertTrue(forum.topics(helper, null, TopicList.MINE, null, 1).items().stream().anyMatch(x -> x.id() == t.topicId()));
        assertFalse(forum.topics(Actor.ANONYMOUS, null, TopicList.UNANSWERED, null, 1).items().stream()
                .anyMatch(x -> x.id() == t.topicId()));
        // the quote of a post of the topic
        age(helper, 60);
        PostedView quoting = forum.reply(helper, t.topicId(), "> " + TEXT + "\n\nI encara una cosa més.", t.postId());
        PostView q = forum.post(Actor.ANONYMOUS, quoting.postId());
        assertEquals(1, q.quoteNumber());
        assertTrue(q.html().contains("<blockquote>"), q.html());
        age(helper, 60);
        assertThrows(RuleViolationException.class, () -> forum.reply(helper, t.topicId(), TEXT + " Cita dolenta.", 99999999L));
    }

    // ---- sheets

    @Test
    void aSheetsDiscussionFollowsItsSheet() throws Exception {
        Actor adm = administrator();
        SheetSaved s = sheets.saveAndPublish(adm, PortalIT.form(body("25217"), title("Fitxa amb debat")), ContentOrigin.USER);
        Actor member = member();
        PostedView first = forum.startTopic(member, new TopicDraft(null, s.id(), null, TEXT + " Sobre la fitxa."));
        assertEquals(category("social-services"), forum.topic(member, first.topicId(), 1).category().id(),
                "in the category of the sheet's first area");
        Actor other = member("25072");
        PostedView second = forum.startTopic(other, new TopicDraft(null, s.id(), null, TEXT + " Nosaltres també."));
        assertEquals(first.topicId(), second.topicId(), "one discussion per sheet");
        var d = forum.sheetDiscussion(Actor.ANONYMOUS, s.id());
        assertEquals(2, d.posts());
        assertEquals(2, d.latest().size());
        long body = member.memberOf().iterator().next();
        assertTrue(recommendations.byBodyAndSheet(body, s.id()).stream().anyMatch(i -> i.getKind() == InteractionKind.FORUM_POST),
                "a post in a sheet's discussion is interest in the sheet");
        var review = sheets.review(adm, s.id());
        sheets.unpublish(adm, s.id(), review.version(), "Dades per revisar");
        assertThrows(NotFoundException.class, () -> forum.topic(Actor.ANONYMOUS, first.topicId(), 1));
        assertThrows(NotFoundException.class, () -> forum.reply(member, first.topicId(), TEXT + " Encara hi sou?", null));
        TopicPageView staff = forum.topic(adm, first.topicId(), 1);
        assertTrue(staff.readOnly());
        assertFalse(staff.mayReply());
        assertTrue(forum.topics(Actor.ANONYMOUS, null, TopicList.LATEST, null, 1).items().stream()
                .noneMatch(x -> x.id() == first.topicId()), "hidden with its sheet");
    }

    // ---- edits

    @Test
    void editsKeepRevisionsAndRefuseStaleVersions() throws Exception {
        Actor author = member();
        PostedView t = topicBy(author, "transformation");
        PostView p = forum.post(author, t.postId());
        PostView edited = forum.edit(author, p.id(), p.version(), TEXT + " Corregit.");
        assertTrue(edited.edited());
        assertEquals(0, forum.revisions(author, p.id()).size(), "within five minutes no version is kept");
        assertThrows(ConcurrentEditException.class, () -> forum.edit(author, p.id(), p.version(), TEXT + " Tard."));
        assertThrows(AccessDeniedException.class, () -> forum.edit(member(), p.id(), edited.version(), TEXT + " D'un altre."));
        age(author, 600);
        forum.edit(author, p.id(), edited.version(), TEXT + " Deu minuts després.");
        assertEquals(1, forum.revisions(author, p.id()).size());
        assertEquals(TEXT + " Corregit.", forum.revisions(author, p.id()).get(0).markdown());
        assertThrows(AccessDeniedException.class, () -> forum.revisions(member(), p.id()));
        assertEquals(1, forum.revisions(moderator(), p.id()).size());
        // the author withdraws a reply; the question stays
        age(author, 60);
        PostedView reply = forum.reply(author, t.topicId(), TEXT + " Me'n desdic.", null);
        assertThrows(RuleViolationException.class, () -> forum.withdraw(author, t.postId(), forum.post(author, t.postId()).version()));
        forum.withdraw(author, reply.postId(), forum.post(author, reply.postId()).version());
        assertEquals(1, forum.topic(Actor.ANONYMOUS, t.topicId(), 1).totalPosts());
    }

    // ---- accounts

    @Test
    void aDeletedAccountsPostsReadAsAFormerMembersAndItsDataIncludesThem() throws Exception {
        Actor person = member();
        PostedView t = topicBy(person, "general");
        String export = accounts.exportData(person);
        assertTrue(export.contains("\"forumPosts\"") && export.contains(TEXT), export);
        accounts.deleteAccount(person, PASSWORD, true);
        TopicPageView page = forum.topic(Actor.ANONYMOUS, t.topicId(), 1);
        assertEquals("", page.posts().get(0).authorName());
        assertEquals("", page.posts().get(0).html(), "its text removed on request");
        assertEquals("", page.topic().authorName());
    }

    // ---- the REST API

    @Test
    void theApiAnswersWithTheRightStatusesAndLanguages() throws Exception {
        String api = site() + "/api/forum";
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> cats = http.send(HttpRequest.newBuilder(URI.create(api + "/categories")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, cats.statusCode());
        assertTrue(cats.body().contains("\"slug\":\"social-services\""), cats.body());
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(api + "/topics?page=abc"))
                .header("Accept-Language", "es").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("El parámetro «page» no es válido"), bad.body());
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(api + "/topics/99999999")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        String json = "{\"category\":\"" + category("general") + "\",\"title\":\"" + title("Un tema des de l'API")
                + "\",\"body\":\"" + TEXT + "\"}";
        assertEquals(403, http.send(HttpRequest.newBuilder(URI.create(api + "/topics"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "no session, no token");

        String email = account("api");
        Browsing signedIn = browse(email);
        http = signedIn.http();
        String token = signedIn.token();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(api + "/topics"))
                .header("Content-Type", "application/json").header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"pending\":true"), "a newcomer's first post waits: " + created.body());
        Matcher id = Pattern.compile("\"topic\":(\\d+)").matcher(created.body());
        assertTrue(id.find());
        HttpResponse<String> tooSoon = http.send(HttpRequest.newBuilder(URI.create(api + "/topics/" + id.group(1) + "/posts"))
                .header("Content-Type", "application/json").header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"" + TEXT + " I una resposta.\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(429, tooSoon.statusCode(), tooSoon.body());
        assertTrue(tooSoon.headers().firstValue("Retry-After").isPresent());
        assertTrue(tooSoon.body().contains("segons"), tooSoon.body());
        HttpResponse<String> empty = http.send(HttpRequest.newBuilder(URI.create(api + "/topics/" + id.group(1) + "/posts"))
                .header("Content-Type", "application/json").header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"curt\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, empty.statusCode(), empty.body());
        assertNotNull(forum.topic(signIn(email), Long.parseLong(id.group(1)), 1).waiting());
    }

    /** Visitors read topics without a session, from the page cache, and follow the Atom feeds. */
    @Test
    void visitorsReadCachedPagesAndFeeds() throws Exception {
        PostedView t = topicBy(member(), "general");
        String site = site();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest page = HttpRequest.newBuilder(URI.create(site + "/forum/topic.xhtml?id=" + t.topicId())).build();
        HttpResponse<String> first = http.send(page, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, first.statusCode());
        assertTrue(first.headers().firstValue("Set-Cookie").isEmpty(), "no session for a visitor");
        HttpResponse<String> second = http.send(page, HttpResponse.BodyHandlers.ofString());
        assertEquals("hit", second.headers().firstValue("X-Page-Cache").orElse(""));
        String csp = second.headers().firstValue("Content-Security-Policy").orElse("");
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(csp);
        assertTrue(nonce.find(), csp);
        assertTrue(second.body().contains("nonce=\"" + nonce.group(1) + "\""), "the replay carries its own nonce");
        assertFalse(first.headers().firstValue("Content-Security-Policy").orElse("").contains(nonce.group(1)), "a fresh one");

        HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create(site + "/api/forum/feed")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        assertTrue(feed.body().contains("<title>" + forum.topic(Actor.ANONYMOUS, t.topicId(), 1).topic().title()), feed.body());
        HttpResponse<String> topicFeed = http.send(HttpRequest.newBuilder(URI.create(site + "/api/forum/feed?topic="
                + t.topicId())).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(topicFeed.body().contains("<content type=\"html\">"), topicFeed.body());
        String slug = "feed-" + SEQ.incrementAndGet();
        CategoryView members = moderation.saveCategory(administrator(), new CategoryForm(null, 0, slug, "Reservada",
                "Reservada", "Reserved", "d", "d", "d", 60, CategoryAccess.MEMBERS, CategoryAccess.MEMBERS, null));
        assertEquals(403, http.send(HttpRequest.newBuilder(URI.create(site + "/api/forum/feed?category=" + members.id()))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode(), "no feed of a members-only category");
    }

    /** A signed-in person's session on the site, over HTTP: its client (with the cookie) and its form token. */
    record Browsing(HttpClient http, String token) {
    }

    Browsing browse(String email) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> session = http.send(HttpRequest.newBuilder(URI.create(site() + "/api/session"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, session.statusCode(), session.body());
        Matcher m = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(session.body());
        assertTrue(m.find());
        return new Browsing(http, m.group(1));
    }

    String site() {
        return base.toString().replaceAll("/$", "");
    }

    static HttpResponse<String> page(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "ca").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> act(HttpClient http, String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "ca")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", URI.create(url).resolve("/").toString().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String cache(HttpResponse<String> r) {
        return r.headers().firstValue("X-Page-Cache").orElse("");
    }

    /**
     * A topic's page and the lists are rendered once for everybody: a signed-in reader gets the kept page with
     * their own parts (actions on posts with their session's token, how they follow the topic, the way to reply,
     * new posts in the lists), and their reading is recorded; the actions are plain forms whose refusals change
     * nothing; a moderator, and a member who reads a members-only category, get pages rendered for them.
     */
    @Test
    void signedInReadersGetTheSharedForumPagesWithTheirOwnParts() throws Exception {
        Actor author = member();
        PostedView t = topicBy(author, "general");
        Actor second = member();
        PostedView answer = forum.reply(second, t.topicId(), TEXT + " Una resposta.", null);
        String topicUrl = site() + "/forum/topic.xhtml?id=" + t.topicId();
        HttpClient visitor = HttpClient.newHttpClient();
        page(visitor, topicUrl);
        HttpResponse<String> kept = page(visitor, topicUrl);
        assertEquals("hit", cache(kept));
        assertFalse(kept.body().contains("class=\"post-actions\""), "a visitor has no actions");
        assertTrue(kept.body().contains("id=\"no-reply\""));

        // a newcomer (no body: reads what visitors read) gets the kept page with their own parts
        String email = account("lector");
        Actor reader = signIn(email);
        Browsing b = browse(email);
        HttpResponse<String> mine = page(b.http(), topicUrl);
        assertEquals("hit", cache(mine), "served from the page kept for everybody");
        assertTrue(mine.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertTrue(mine.body().contains("name=\"like\" id=\"like-" + t.postId() + "\""), "their actions on posts");
        assertTrue(mine.body().contains("name=\"token\" value=\"" + b.token() + "\""), "with their session's token");
        assertTrue(mine.body().contains("id=\"reply-open\"") && !mine.body().contains("id=\"no-reply\""));
        assertTrue(mine.body().contains("id=\"watch:level\""));
        assertFalse(mine.body().contains("id=\"withdraw-"), "nothing of theirs to withdraw");
        assertEquals(Integer.valueOf(0), forum.unread(reader, Map.of(t.topicId(), 2)).get(t.topicId()),
                "their reading is recorded");
        assertFalse(page(visitor, topicUrl).body().contains("class=\"post-actions\""), "the kept page stays everybody's");

        // the reply form is theirs alone: rendered for them on asking
        HttpResponse<String> writing = page(b.http(), topicUrl + "&reply=1");
        assertEquals("", cache(writing));
        assertTrue(writing.body().contains("id=\"replyForm:body\""), writing.body());

        // an action: done, kept as a message for the next page, and back to the post
        HttpResponse<String> liked = act(b.http(), site() + "/forum/act", "token=" + b.token() + "&like=1&post=" + t.postId()
                + "&version=0");
        assertEquals(303, liked.statusCode(), liked.body());
        assertTrue(liked.headers().firstValue("Location").orElse("").endsWith("/forum/post.xhtml?id=" + t.postId()
                + "#p" + t.postId()), liked.headers().toString());
        assertTrue(forum.post(reader, t.postId()).liked());
        assertEquals(1, forum.post(reader, t.postId()).likes());
        HttpResponse<String> after = page(b.http(), topicUrl);
        assertTrue(after.body().contains("Heu marcat la publicació com a útil"), "the message, on a page of their own");
        assertTrue(after.body().contains("name=\"unlike\" id=\"unlike-" + t.postId() + "\""));
        page(visitor, topicUrl);
        HttpResponse<String> again = page(b.http(), topicUrl);
        assertEquals("hit", cache(again));
        assertTrue(again.body().contains("1 útil") && again.body().contains("name=\"unlike\""), "the count is everybody's");

        // refusals change nothing: a forged token, an unknown level, a post that is not there, no session
        assertEquals(403, act(b.http(), site() + "/forum/act", "token=forged&unlike=1&post=" + t.postId()).statusCode());
        assertTrue(forum.post(reader, t.postId()).liked());
        HttpResponse<String> badLevel = act(b.http(), site() + "/forum/act", "token=" + b.token() + "&watch=1&topic="
                + t.topicId() + "&level=NEVER");
        assertEquals(303, badLevel.statusCode());
        assertTrue(page(b.http(), topicUrl).body().contains("msg-error"), "said on the topic's page");
        assertEquals(cat.digicanvis.portal.domain.model.forum.WatchLevel.NORMAL, forum.watchLevel(reader, t.topicId()));
        assertEquals(404, act(b.http(), site() + "/forum/act", "token=" + b.token() + "&like=1&post=987654321").statusCode());
        assertEquals(400, act(b.http(), site() + "/forum/act", "token=" + b.token() + "&like=1").statusCode());
        HttpResponse<String> ended = act(visitor, site() + "/forum/act", "token=x&like=1&post=" + t.postId());
        assertEquals(303, ended.statusCode());
        assertTrue(ended.headers().firstValue("Location").orElse("").contains("/account/login.xhtml?back="));
        HttpResponse<String> watched = act(b.http(), site() + "/forum/act", "token=" + b.token() + "&watch=1&topic="
                + t.topicId() + "&level=WATCHING");
        assertEquals(303, watched.statusCode());
        assertEquals(cat.digicanvis.portal.domain.model.forum.WatchLevel.WATCHING, forum.watchLevel(reader, t.topicId()));
        page(b.http(), topicUrl);

        // the second member withdraws their answer from the kept page's form (after a confirmation, in a browser)
        Browsing s = browse(second.email());
        HttpResponse<String> theirs = page(s.http(), topicUrl);
        assertTrue(theirs.body().contains("id=\"withdraw-" + answer.postId() + "\""), "their own answer may be withdrawn");
        assertTrue(theirs.body().contains("data-confirm="));
        HttpResponse<String> withdrawn = act(s.http(), site() + "/forum/act", "token=" + s.token() + "&withdraw=1&post="
                + answer.postId() + "&version=" + forum.post(second, answer.postId()).version());
        assertEquals(303, withdrawn.statusCode());
        assertTrue(withdrawn.headers().firstValue("Location").orElse("").contains("/forum/topic.xhtml?id=" + t.topicId()));
        assertEquals(1, forum.topic(Actor.ANONYMOUS, t.topicId(), 1).totalPosts());

        // a new post shows as new in the lists for the reader who had read the topic
        forum.reply(member(), t.topicId(), TEXT + " Una altra resposta.", null);
        String listUrl = site() + "/forum/category.xhtml?id=" + category("general");
        page(visitor, listUrl);
        HttpResponse<String> list = page(b.http(), listUrl);
        assertEquals("hit", cache(list));
        assertTrue(list.body().contains("id=\"list-mine\""), "their own lists");
        assertTrue(list.body().contains("badge-new"), "new posts since they read it");
        assertTrue(list.body().contains("name=\"watch-category\""));
        assertFalse(page(visitor, listUrl).body().contains("badge-new"));

        // a moderator's page, and a member's once a category only members read exists, are rendered for them
        Browsing m = browse(moderatorEmail());
        page(visitor, topicUrl);
        assertEquals("hit", cache(page(visitor, topicUrl)));
        HttpResponse<String> moderated = page(m.http(), topicUrl);
        assertEquals("", cache(moderated), "kept, but not for them");
        assertTrue(moderated.body().contains("id=\"moderation\""));
        moderation.saveCategory(administrator(), new CategoryForm(null, 0, "shared-" + SEQ.incrementAndGet(), "Reservada",
                "Reservada", "Reserved", "d", "d", "d", 70, CategoryAccess.MEMBERS, CategoryAccess.MEMBERS, null));
        page(visitor, topicUrl);
        assertEquals("hit", cache(page(visitor, topicUrl)));
        HttpResponse<String> member = page(browse(author.email()).http(), topicUrl);
        assertEquals("", cache(member), "a member reads more than visitors do: their own page");
        assertTrue(member.body().contains("class=\"post-actions\""));
        page(visitor, topicUrl);
        assertEquals("hit", cache(page(b.http(), topicUrl)), "a newcomer still shares it");
    }

    // ---- search

    @Test
    void theSearchFindsWordsAsPeopleWriteThemInWhatTheyMayRead() throws Exception {
        Actor author = member();
        String word = "radiotelefonia" + SEQ.incrementAndGet();
        PostedView t = forum.startTopic(author, new TopicDraft(category("participation"), null,
                title("Experiències amb la " + word), "Hem provat la " + word + "ció a les oficines municipals."));
        var hits = forum.search(Actor.ANONYMOUS, word.toUpperCase(), null, null, null, null, 1);
        assertEquals(1, hits.total());
        assertTrue(hits.hits().get(0).titleHtml().contains("<mark>"), hits.hits().get(0).titleHtml());
        assertTrue(hits.hits().get(0).snippetHtml().contains("<mark>"), hits.hits().get(0).snippetHtml());
        assertEquals(0, forum.search(Actor.ANONYMOUS, word, category("general"), null, null, null, 1).total(),
                "another category");
        assertEquals(1, forum.search(Actor.ANONYMOUS, word, null, author.displayName().substring(0, 8), null, null, 1).total());
        assertEquals(0, forum.search(Actor.ANONYMOUS, word, null, "Ningú així", null, null, 1).total());
        assertEquals(0, forum.search(Actor.ANONYMOUS, word, null, null, java.time.LocalDate.now().plusDays(2), null, 1).total());
        assertThrows(RuleViolationException.class, () -> forum.search(Actor.ANONYMOUS, word, null, null,
                java.time.LocalDate.now(), java.time.LocalDate.now().minusDays(1), 1), "dates in order");
        RuleViolationException many = assertThrows(RuleViolationException.class,
                () -> forum.search(Actor.ANONYMOUS, "数字化".repeat(66), null, null, null, null, 1));
        assertEquals("validation.search.tooManyWords", many.violations().get(0).messageKey());
        // a reply is found too, once it is posted; a withdrawn one no longer
        Actor other = member();
        String second = "xarxafibra" + SEQ.incrementAndGet();
        PostedView reply = forum.reply(other, t.topicId(), "Nosaltres ho vam fer amb la " + second + " comarcal.", null);
        assertEquals(1, forum.searchCount(Actor.ANONYMOUS, second));
        forum.withdraw(other, reply.postId(), forum.post(other, reply.postId()).version());
        assertEquals(0, forum.searchCount(Actor.ANONYMOUS, second));
        // an edited post is found by its new words, no longer by the old ones
        String edited = "teleassistent" + SEQ.incrementAndGet();
        PostView firstPost = forum.post(author, t.postId());
        forum.edit(author, t.postId(), firstPost.version(), "Ara parlem del " + edited + " de les oficines.");
        assertEquals(1, forum.searchCount(Actor.ANONYMOUS, edited));
        assertEquals(1, forum.searchCount(Actor.ANONYMOUS, word), "the title still has the first word");
        // a members-only category's topics are found only by those who may read them
        CategoryView members = moderation.saveCategory(administrator(), new CategoryForm(null, 0, "cerca-" + SEQ.incrementAndGet(),
                "Reservada", "Reservada", "Reserved", "d", "d", "d", 70, CategoryAccess.MEMBERS, CategoryAccess.MEMBERS, null));
        String hidden = "confidencial" + SEQ.incrementAndGet();
        forum.startTopic(member(), new TopicDraft(members.id(), null, title("Tema amb la paraula " + hidden), TEXT + " " + hidden));
        assertEquals(0, forum.searchCount(Actor.ANONYMOUS, hidden));
        assertEquals(1, forum.searchCount(member(), hidden));
        // the catalogue's search page says how many topics match
        HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                site() + "/project/list.xhtml?q=" + word)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(list.body().contains("id=\"forum-matches\""), "the catalogue links to the forum's topics");
    }

    // ---- notifications

    long unreadOf(Actor who, cat.digicanvis.portal.domain.model.forum.NotificationKind kind, long postId) {
        return forum.notifications(who).stream().filter(n -> n.kind() == kind && n.postId() == postId && !n.read()).count();
    }

    @Test
    void eachPersonHearsOfAPostOnceAndMutedTopicsSayNothing() throws Exception {
        Actor asker = member();
        PostedView t = topicBy(asker, "social-services");
        Actor helper = member();
        PostedView reply = forum.reply(helper, t.topicId(), TEXT + " Primera resposta.", null);
        assertEquals(1, unreadOf(asker, cat.digicanvis.portal.domain.model.forum.NotificationKind.REPLY, reply.postId()));
        assertEquals(1, forum.unreadNotifications(asker));
        assertEquals(0, forum.unreadNotifications(helper), "nobody hears of their own post");

        Actor watcher = member();
        forum.watch(watcher, t.topicId(), cat.digicanvis.portal.domain.model.forum.WatchLevel.WATCHING);
        age(asker, 60);
        PostedView quoting = forum.reply(asker, t.topicId(), "> " + TEXT + "\n\nGràcies, ho provarem.", reply.postId());
        assertEquals(1, unreadOf(helper, cat.digicanvis.portal.domain.model.forum.NotificationKind.QUOTE, quoting.postId()));
        assertEquals(0, unreadOf(helper, cat.digicanvis.portal.domain.model.forum.NotificationKind.WATCHED, quoting.postId()),
                "a quote outranks watching: one notification for one post");
        assertEquals(1, unreadOf(watcher, cat.digicanvis.portal.domain.model.forum.NotificationKind.WATCHED, quoting.postId()));

        forum.watch(asker, t.topicId(), cat.digicanvis.portal.domain.model.forum.WatchLevel.MUTED);
        long before = forum.unreadNotifications(asker);
        PostedView third = forum.reply(member(), t.topicId(), TEXT + " Una tercera veu.", null);
        assertEquals(before, forum.unreadNotifications(asker), "muted");
        assertEquals(1, unreadOf(watcher, cat.digicanvis.portal.domain.model.forum.NotificationKind.WATCHED, third.postId()));
        assertEquals(1, unreadOf(helper, cat.digicanvis.portal.domain.model.forum.NotificationKind.WATCHED, third.postId()),
                "replying watches the topic");

        forum.topic(watcher, t.topicId(), 1);
        assertEquals(0, forum.unreadNotifications(watcher), "reading the topic reads its notifications");
        forum.markAllRead(helper);
        assertEquals(0, forum.unreadNotifications(helper));
        assertThrows(AccessDeniedException.class, () -> forum.notifications(Actor.ANONYMOUS));
        assertThrows(AccessDeniedException.class, () -> forum.watch(Actor.ANONYMOUS, t.topicId(),
                cat.digicanvis.portal.domain.model.forum.WatchLevel.WATCHING));

        // a waiting post tells nobody until it is approved; then its author and the asker hear of it
        forum.watch(asker, t.topicId(), cat.digicanvis.portal.domain.model.forum.WatchLevel.NORMAL);
        Actor newcomer = newcomer();
        PostedView waiting = forum.reply(newcomer, t.topicId(), TEXT + " D'una persona nova.", null);
        assertTrue(waiting.pending());
        assertEquals(0, unreadOf(asker, cat.digicanvis.portal.domain.model.forum.NotificationKind.REPLY, waiting.postId()));
        Actor mod = moderator();
        moderation.approve(mod, waiting.postId(), forum.post(mod, waiting.postId()).version());
        assertEquals(1, unreadOf(asker, cat.digicanvis.portal.domain.model.forum.NotificationKind.REPLY, waiting.postId()));
        assertEquals(1, unreadOf(newcomer, cat.digicanvis.portal.domain.model.forum.NotificationKind.APPROVED, waiting.postId()));
        forum.accept(asker, reply.postId(), true);
        assertEquals(1, unreadOf(helper, cat.digicanvis.portal.domain.model.forum.NotificationKind.ACCEPTED, reply.postId()));
    }

    // ---- mail: mentions, mail at once, digests, unsubscribing, category watching, reply by email

    @Inject
    cat.digicanvis.portal.application.forum.ForumDigests digests;

    String handleOf(Actor who) {
        return accountRepository.find(who.accountId()).orElseThrow().getHandle();
    }

    /** The forum mails the portal wrote to a person (the outbox keeps what it sends). */
    List<cat.digicanvis.portal.domain.model.mail.MailMessage> outbox(Actor who) {
        em.clear();
        return em.createNamedQuery(cat.digicanvis.portal.domain.model.mail.MailMessage.BY_RECIPIENT,
                cat.digicanvis.portal.domain.model.mail.MailMessage.class).setParameter("recipient", who.email())
                .getResultList();
    }

    /** A person's mail program sends a mail to the portal's SMTP server (GreenMail, which the reply mailbox is on). */
    static void mailIn(String from, String to, String subject, String text, String messageId, String... headers)
            throws Exception {
        java.util.Properties p = new java.util.Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("portal.mail.port", String.class));
        jakarta.mail.internet.MimeMessage m = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(p)) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                // the same mail read twice keeps its Message-ID
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new jakarta.mail.internet.InternetAddress(from));
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, to);
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            m.setHeader(headers[i], headers[i + 1]);
        }
        jakarta.mail.Transport.send(m);
    }

    /** Waits for the reply mailbox reader (every 2 s in the tests) to have handled a mail. */
    String handled(String messageId) throws Exception {
        return handled(em, messageId);
    }

    static String handled(EntityManager em, String messageId) throws Exception {
        String key = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(("id:" + messageId).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        long end = System.nanoTime() + 40_000_000_000L;
        while (System.nanoTime() < end) {
            em.clear();
            List<?> r = em.createNativeQuery("SELECT outcome FROM forum_inbound_mail WHERE message_key = ?1")
                    .setParameter(1, key).getResultList();
            if (!r.isEmpty() && !"RECEIVED".equals(r.get(0).toString())) {
                return r.get(0).toString();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("mail " + messageId + " not handled within 40 s");
    }

    @Test
    void aMentionTellsThePersonOnceAndMailsThemAtOnceInTheirLanguage() throws Exception {
        Actor writer = member();
        Actor mentioned = member();
        String handle = handleOf(mentioned);
        assertNotNull(handle);
        assertEquals(handle, forum.mentionable(writer, "@" + handle).stream()
                .map(cat.digicanvis.portal.application.forum.MentionView::handle).filter(handle::equals).findFirst()
                .orElse(null), "the picker offers the person");
        assertTrue(forum.mentionable(Actor.ANONYMOUS, "@" + handle).isEmpty(), "visitors see nobody");
        int mailsBefore = outbox(mentioned).size();
        PostedView t = forum.startTopic(writer, new TopicDraft(category("general"), null, title("Qui ha fet la seu electrònica"),
                "Ho pregunto a @" + handle + ", que ho va fer l'any passat. Com us va anar?"));
        assertEquals(1, unreadOf(mentioned, cat.digicanvis.portal.domain.model.forum.NotificationKind.MENTION, t.postId()));
        List<cat.digicanvis.portal.domain.model.mail.MailMessage> mails = outbox(mentioned);
        assertEquals(mailsBefore + 1, mails.size(), "mentions go out at once by default");
        var mail = mails.get(mails.size() - 1);
        assertTrue(mail.getSubject().startsWith("[General] Qui ha fet la seu electrònica"), mail.getSubject());
        assertTrue(mail.getBody().contains("us ha mencionat"), mail.getBody());
        assertTrue(mail.getBody().contains("Com us va anar?"), "the post's text is in the mail");
        assertTrue(mail.getReplyTo().startsWith("forum+r"), mail.getReplyTo());
        assertTrue(mail.getUnsubscribeUrl().contains("/mail/unsubscribe?t=u"), mail.getUnsubscribeUrl());
        assertTrue(mail.getBody().contains("/account/notifications.xhtml#mail"), "a link to the settings");

        // an edit that mentions the same person again tells nothing new; mentioning a third person tells them
        Actor third = member();
        forum.edit(writer, t.postId(), forum.post(writer, t.postId()).version(),
                "Ho pregunto a @" + handle + " i a @" + handleOf(third) + ", que ho van fer l'any passat.");
        assertEquals(1, unreadOf(mentioned, cat.digicanvis.portal.domain.model.forum.NotificationKind.MENTION, t.postId()));
        assertEquals(1, unreadOf(third, cat.digicanvis.portal.domain.model.forum.NotificationKind.MENTION, t.postId()));

        // a newcomer may mention two people per post; a third is refused and nothing is stored
        Actor newcomer = newcomer();
        long posts = postCount();
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> forum.reply(newcomer, t.topicId(),
                "Hi afegeixo @" + handle + ", @" + handleOf(third) + " i @" + handleOf(writer) + " per si de cas.", null));
        assertEquals("validation.forum.newcomerMentions", e.violations().get(0).messageKey());
        assertEquals(posts, postCount());
    }

    @Test
    void mailChoicesDigestsAndTheOneClickUnsubscribe() throws Exception {
        Actor asker = member();
        assertEquals(cat.digicanvis.portal.domain.model.forum.MailFrequency.IMMEDIATE, forum.mailSettings(asker).direct());
        assertEquals(cat.digicanvis.portal.domain.model.forum.MailFrequency.WEEKLY, forum.mailSettings(asker).other());
        assertThrows(AccessDeniedException.class, () -> forum.mailSettings(Actor.ANONYMOUS));
        assertThrows(RuleViolationException.class, () -> forum.saveMailSettings(asker, null,
                cat.digicanvis.portal.domain.model.forum.MailFrequency.DAILY));
        forum.saveMailSettings(asker, cat.digicanvis.portal.domain.model.forum.MailFrequency.DAILY,
                cat.digicanvis.portal.domain.model.forum.MailFrequency.DAILY);
        PostedView t = topicBy(asker, "general");
        int before = outbox(asker).size();
        PostedView r1 = forum.reply(member(), t.topicId(), TEXT + " Primera resposta per al resum.", null);
        PostedView r2 = forum.reply(member(), t.topicId(), TEXT + " Segona resposta per al resum.", null);
        assertEquals(before, outbox(asker).size(), "a daily digest, not a mail per reply");

        var run = digests.send(cat.digicanvis.portal.domain.model.forum.MailFrequency.DAILY, Clock.now());
        assertTrue(run.mails() >= 1, run.toString());
        List<cat.digicanvis.portal.domain.model.mail.MailMessage> mails = outbox(asker);
        assertEquals(before + 1, mails.size());
        var digest = mails.get(mails.size() - 1);
        assertTrue(digest.getSubject().contains("Resum diari"), digest.getSubject());
        assertTrue(digest.getBody().contains("/forum/post.xhtml?id=" + r1.postId()), digest.getBody());
        assertTrue(digest.getBody().contains("/forum/post.xhtml?id=" + r2.postId()), digest.getBody());
        assertNotNull(digest.getUnsubscribeUrl());
        // run again, as after a restart: nothing is mailed twice
        digests.send(cat.digicanvis.portal.domain.model.forum.MailFrequency.DAILY, Clock.now());
        assertEquals(before + 1, outbox(asker).size(), "never twice for the same post");
        // the weekly digest does not carry what the daily one did
        digests.send(cat.digicanvis.portal.domain.model.forum.MailFrequency.WEEKLY, Clock.now());
        assertEquals(before + 1, outbox(asker).size());

        // the schedule: nothing before 07:00 Madrid, once per day and per week from 07:00 on, on any node
        java.time.ZonedDateTime early = java.time.ZonedDateTime.of(2031, 3, 3, 6, 59, 0, 0,
                cat.digicanvis.portal.application.forum.ForumDigests.MADRID);
        assertTrue(digests.runDue(early).isEmpty());
        assertEquals(2, digests.runDue(early.plusMinutes(1)).size(), "the daily and the weekly digest (a Monday)");
        assertTrue(digests.runDue(early.plusHours(3)).isEmpty(), "claimed already");
        assertEquals(1, digests.runDue(early.plusDays(1).plusHours(1)).size(), "Tuesday: the daily one only");

        // one click in the mail program (RFC 8058): a POST without session or token of ours stops forum mail
        String link = digest.getUnsubscribeUrl().replaceFirst("^https?://[^/]+", "");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(base.toURI().resolve(link.replaceAll("-[a-z2-7]{24}$",
                "-aaaaaaaaaaaaaaaaaaaaaaaa").substring(1))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode(), "a forged link changes nothing");
        assertEquals(cat.digicanvis.portal.domain.model.forum.MailFrequency.DAILY, forum.mailSettings(asker).direct());
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(base.toURI().resolve(link.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, get.statusCode(), "opening the link only shows the page that asks");
        assertEquals(cat.digicanvis.portal.domain.model.forum.MailFrequency.DAILY, forum.mailSettings(asker).direct());
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(base.toURI().resolve(link.substring(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(cat.digicanvis.portal.domain.model.forum.MailFrequency.NEVER, forum.mailSettings(asker).direct());
        assertEquals(cat.digicanvis.portal.domain.model.forum.MailFrequency.NEVER, forum.mailSettings(asker).other());
        forum.reply(member(), t.topicId(), TEXT + " Una resposta després de donar-se de baixa.", null);
        digests.send(cat.digicanvis.portal.domain.model.forum.MailFrequency.DAILY, Clock.now());
        assertEquals(before + 1, outbox(asker).size(), "no more forum mail");

        // administrators may send a digest by hand; nobody else
        assertThrows(AccessDeniedException.class, () -> moderation.sendDigests(moderator(),
                cat.digicanvis.portal.domain.model.forum.MailFrequency.DAILY));
        assertNotNull(moderation.sendDigests(administrator(), cat.digicanvis.portal.domain.model.forum.MailFrequency.DAILY));
    }

    @Test
    void watchingACategoryTellsOfItsNewTopics() throws Exception {
        Actor watcher = member();
        long general = category("general");
        assertEquals(cat.digicanvis.portal.domain.model.forum.WatchLevel.NORMAL, forum.categoryWatchLevel(watcher, general));
        forum.watchCategory(watcher, general, cat.digicanvis.portal.domain.model.forum.WatchLevel.FIRST_POST);
        assertThrows(RuleViolationException.class, () -> forum.watchCategory(watcher, general,
                cat.digicanvis.portal.domain.model.forum.WatchLevel.TRACKING));
        assertThrows(AccessDeniedException.class, () -> forum.watchCategory(Actor.ANONYMOUS, general,
                cat.digicanvis.portal.domain.model.forum.WatchLevel.WATCHING));
        PostedView t = topicBy(member(), "general");
        assertEquals(1, unreadOf(watcher, cat.digicanvis.portal.domain.model.forum.NotificationKind.NEW_TOPIC, t.postId()));
        PostedView r = forum.reply(member(), t.topicId(), TEXT + " Una resposta al tema nou.", null);
        assertEquals(0, unreadOf(watcher, cat.digicanvis.portal.domain.model.forum.NotificationKind.WATCHED, r.postId()),
                "new topics only");
        forum.watchCategory(watcher, general, cat.digicanvis.portal.domain.model.forum.WatchLevel.WATCHING);
        PostedView r2 = forum.reply(member(), t.topicId(), TEXT + " Una altra resposta al tema nou.", null);
        assertEquals(1, unreadOf(watcher, cat.digicanvis.portal.domain.model.forum.NotificationKind.WATCHED, r2.postId()));
        // a topic-level choice wins over the category's
        forum.watch(watcher, t.topicId(), cat.digicanvis.portal.domain.model.forum.WatchLevel.MUTED);
        PostedView r3 = forum.reply(member(), t.topicId(), TEXT + " I una tercera resposta al tema nou.", null);
        assertEquals(0, forum.notifications(watcher).stream().filter(n -> n.postId() == r3.postId()).count());
        assertThrows(RuleViolationException.class, () -> forum.watch(watcher, t.topicId(),
                cat.digicanvis.portal.domain.model.forum.WatchLevel.FIRST_POST), "first post is for categories");
    }

    @Test
    void answeringAForumMailPostsInTheTopicOnceAndRefusalsSayWhy() throws Exception {
        Actor asker = member();
        Actor helper = member();
        PostedView t = topicBy(asker, "general");
        forum.reply(helper, t.topicId(), TEXT + " Us explico com ho vam fer.", null);
        List<cat.digicanvis.portal.domain.model.mail.MailMessage> mails = outbox(asker);
        var notice = mails.get(mails.size() - 1);
        String replyTo = notice.getReplyTo();
        assertNotNull(replyTo, "a reply notification can be answered by mail");
        assertTrue(notice.getBody().startsWith("##-"), "the body starts with the line to write above");
        long posts = forum.topic(asker, t.topicId(), 1).totalPosts();
        age(asker, 60);

        String id = "<answer-" + System.nanoTime() + "@mail.it.test>";
        mailIn(asker.email(), replyTo, "Re: " + notice.getSubject(), "Moltes gràcies, ho provarem al gener amb el consorci.\n\n"
                + "El dt., 1 de des. 2026 a les 10:00, Observatori <" + replyTo + "> va escriure:\n> " + notice.getBody()
                .replace("\n", "\n> ") + "\n-- \nAjuntament de Tàrrega", id);
        assertEquals("POSTED", handled(id));
        TopicPageView page = forum.topic(asker, t.topicId(), 1);
        assertEquals(posts + 1, page.totalPosts());
        PostView posted = page.posts().get(page.posts().size() - 1);
        assertEquals(asker.accountId(), posted.authorId(), "posted as the person the mail was for");
        assertTrue(posted.html().contains("Moltes gràcies, ho provarem al gener amb el consorci."), posted.html());
        assertFalse(posted.html().contains("va escriure"), "the quoted mail is left out");
        assertFalse(posted.html().contains("Tàrrega"), "and the signature");

        // the same mail read again (same Message-ID) posts nothing more
        mailIn(asker.email(), replyTo, "Re: " + notice.getSubject(), "Moltes gràcies, ho provarem al gener amb el consorci.", id);
        Thread.sleep(6000);
        assertEquals(posts + 1, forum.topic(asker, t.topicId(), 1).totalPosts(), "a mail is posted once");

        // from another address: refused, and that address is told why
        Actor stranger = member();
        String id2 = "<stranger-" + System.nanoTime() + "@mail.it.test>";
        mailIn(stranger.email(), replyTo, "Re: resposta", "Jo també hi vull dir la meva sobre aquest tema.", id2);
        assertEquals("REFUSED:sender", handled(id2));
        var refusal = outbox(stranger).get(outbox(stranger).size() - 1);
        assertTrue(refusal.getSubject().startsWith("No s'ha publicat"), refusal.getSubject());
        assertTrue(refusal.getBody().contains("Només la persona"), refusal.getBody());
        assertTrue(refusal.isAutoReply());

        // a forged or unknown token, a text that breaks the rules, and a robot's mail
        String id3 = "<forged-" + System.nanoTime() + "@mail.it.test>";
        mailIn(asker.email(), replyTo.replaceFirst("-[a-z2-7]{24}@", "-bbbbbbbbbbbbbbbbbbbbbbbb@"), "Re: x",
                "Un text prou llarg per ser una resposta vàlida del fòrum.", id3);
        assertEquals("REFUSED:unknown", handled(id3));
        String id4 = "<short-" + System.nanoTime() + "@mail.it.test>";
        int askerMails = outbox(asker).size();
        mailIn(asker.email(), replyTo, "Re: x", "Ok!", id4);
        assertEquals("REFUSED:rules", handled(id4));
        var rules = outbox(asker).get(outbox(asker).size() - 1);
        assertEquals(askerMails + 1, outbox(asker).size());
        assertTrue(rules.getBody().contains("Ok!"), "the person's text comes back so it is not lost");
        String id5 = "<auto-" + System.nanoTime() + "@mail.it.test>";
        mailIn(asker.email(), replyTo, "Fora de l'oficina", "Sóc fora de l'oficina fins al dilluns vinent, gràcies.", id5,
                "Auto-Submitted", "auto-replied");
        assertEquals("IGNORED", handled(id5));
        assertEquals(askerMails + 1, outbox(asker).size(), "robots are never answered");
        assertEquals(posts + 1, forum.topic(asker, t.topicId(), 1).totalPosts(), "none of them was posted");
    }

    @Test
    void listsShowPinnedTopicsFirstPageByPageAndTheirTotalsFollowChanges() throws Exception {
        Actor adm = administrator();
        CategoryView c = moderation.saveCategory(adm, new CategoryForm(null, 0, "ordre-" + SEQ.incrementAndGet(),
                "Ordre", "Orden", "Order", "Proves d'ordre.", "Pruebas de orden.", "Order tests.", 60,
                CategoryAccess.MEMBERS, CategoryAccess.MEMBERS, null));
        // read by members only, so that the other tests' count of public categories stays as it is
        Actor reader = member();
        Actor[] writers = {member(), member()};
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            Actor w = writers[i % 2];
            created.add(forum.startTopic(w, new TopicDraft(c.id(), null, title("Tema número " + i + " de la llista"),
                    TEXT + " Variant " + i + "."))
                    .topicId());
            age(w, 20);
        }
        // aged writing: each earlier topic is older; the newest is last in 'created'
        TopicListView first = forum.topics(reader, c.id(), TopicList.LATEST, null, 1);
        assertEquals(32, first.total());
        assertEquals(2, first.pages());
        assertEquals(created.get(31), first.items().get(0).id(), "latest activity first");

        Actor mod = moderator();
        moderation.pin(mod, created.get(0), Pin.CATEGORY);
        moderation.pin(mod, created.get(1), Pin.GLOBAL);
        TopicListView page1 = forum.topics(reader, c.id(), TopicList.LATEST, null, 1);
        TopicListView page2 = forum.topics(reader, c.id(), TopicList.LATEST, null, 2);
        assertEquals(List.of(created.get(1), created.get(0), created.get(31)),
                page1.items().subList(0, 3).stream().map(cat.digicanvis.portal.application.forum.TopicSummaryView::id).toList(),
                "pinned ones first, by activity, then the rest");
        Set<Long> seen = new HashSet<>();
        page1.items().forEach(t -> assertTrue(seen.add(t.id())));
        page2.items().forEach(t -> assertTrue(seen.add(t.id()), "no topic on two pages"));
        assertEquals(new HashSet<>(created), seen, "every topic on one of the pages");
        assertEquals(created.get(1), forum.topics(reader, null, TopicList.LATEST, null, 1).items().get(0).id(),
                "the forum's latest list starts with what is pinned everywhere");

        // the totals follow a new topic (they are kept until the forum changes)
        forum.startTopic(member(), new TopicDraft(c.id(), null, title("Un tema més per al recompte"), TEXT));
        assertEquals(33, forum.topics(reader, c.id(), TopicList.LATEST, null, 1).total());
        assertEquals(33, forum.category(reader, c.id()).topics());
    }
}
