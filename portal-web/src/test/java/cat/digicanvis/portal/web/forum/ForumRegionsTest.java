package cat.digicanvis.portal.web.forum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.application.forum.CategoryView;
import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.application.forum.PostView;
import cat.digicanvis.portal.application.forum.TopicPageView;
import cat.digicanvis.portal.application.forum.TopicSummaryView;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.forum.CategoryAccess;
import cat.digicanvis.portal.domain.model.forum.Pin;
import cat.digicanvis.portal.domain.model.forum.PostStatus;
import cat.digicanvis.portal.domain.model.forum.TopicList;
import cat.digicanvis.portal.domain.model.forum.WatchLevel;
import cat.digicanvis.portal.web.support.PersonalRegions;
import cat.digicanvis.portal.web.support.PersonalRegions.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A forum page rendered once for visitors becomes a member's with their own parts, the same as if it had been
 * rendered for them; what the regions share is loaded once; a reader who sees more than visitors is declined.
 */
class ForumRegionsTest {

    static final Locale CA = Locale.forLanguageTag("ca");
    static final Actor ANNA = new Actor(7L, "anna@bellpuig.cat", "Anna Puig", "ca", false, false, Set.of());
    static final Actor MODERATOR = new Actor(9L, "mod@digicanvis.cat", "Mod", "ca", true, false, Set.of());
    static final LocalDateTime AT = LocalDateTime.of(2026, 12, 2, 10, 0);

    /** The forum as a fixed stand-in: Anna wrote post 2, has read one post of topic 5 and none of topic 6. */
    static final class Forum extends ForumService {
        final List<String> calls = new ArrayList<>();

        @Override
        public TopicPageView reading(Actor actor, long topicId, int page, java.util.Collection<Long> postIds) {
            calls.add("reading " + topicId + "." + page + " " + postIds);
            return view(actor);
        }

        @Override
        public Map<Long, Integer> unread(Actor actor, Map<Long, Integer> lastNumbers) {
            calls.add("unread " + new java.util.TreeMap<>(lastNumbers));
            return actor.isSignedIn() ? Map.of(5L, lastNumbers.get(5L) - 1) : Map.of();
        }

        @Override
        public boolean readsAsVisitors(Actor actor) {
            return !actor.isEditor();
        }

        @Override
        public List<CategoryView> startable(Actor actor) {
            return List.of(new CategoryView(1, 0, "general", "General", "General", "General", "d", "d", "d", 1,
                    CategoryAccess.EVERYONE, CategoryAccess.VERIFIED, null, 3, 4, AT, true));
        }
    }

    static PostView post(Actor reader, long id, int number, long author) {
        boolean signedIn = reader.isSignedIn();
        boolean mine = signedIn && reader.accountId() == author;
        return new PostView(id, 3, 5, number, author, "Autor " + author, "<p>text</p>", "text", PostStatus.VISIBLE, AT,
                null, 0, 2, false, false, false, null, null, null, List.of(), mine, mine, signedIn && !mine,
                signedIn && !mine, false, false, null);
    }

    static TopicPageView view(Actor reader) {
        TopicSummaryView topic = new TopicSummaryView(5, 0, "Padró", 1, "General", "General", "General", "Autor 8", AT,
                AT, "Anna Puig", 1, false, Pin.NONE, false, null, 0, 0, false, 2);
        boolean signedIn = reader.isSignedIn();
        return new TopicPageView(topic, null, List.of(post(reader, 41, 1, 8), post(reader, 42, 2, 7)), List.of(), 1, 1, 2,
                signedIn ? 1 : 0, signedIn ? 42L : null, 1, signedIn, signedIn ? null : "forum.noReply.signIn",
                reader.isEditor(), null, null, false, false, signedIn ? WatchLevel.TRACKING : null);
    }

    static ForumRegions regions(Forum forum) {
        ForumRegions r = new ForumRegions();
        r.forum = forum;
        return r;
    }

    /** A topic's page and a list as the pages lay out their regions, rendered for one reader. */
    static byte[] page(ForumRegions r, Actor actor) {
        Reader reader = new Reader(actor, CA, "/p", actor.isSignedIn() ? "tok&en" : null);
        TopicPageView v = view(actor);
        StringBuilder html = new StringBuilder("<main>").append(r.sameTopic(v)).append("<h1>Padró</h1>")
                .append(r.topicUnread(reader, v));
        for (PostView p : v.posts()) {
            html.append("<article>").append(p.html()).append(r.postActions(reader, v, p)).append("</article>");
        }
        html.append(r.topicWatch(reader, v)).append(r.topicReply(reader, v))
                .append(r.start(reader, 0, actor.isSignedIn())).append(r.tabs(reader, 0, TopicList.LATEST))
                .append(r.topicNew(reader, 5, 4, actor.isSignedIn() ? 3 : 0))
                .append(r.topicNew(reader, 6, 2, 0)).append("</main>");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aVisitorsPageBecomesAMembersAsIfRenderedForHer() {
        Forum forum = new Forum();
        ForumRegions r = regions(forum);
        PersonalRegions all = new PersonalRegions(List.of(r));
        byte[] visitors = page(r, Actor.ANONYMOUS);
        String v = new String(visitors, StandardCharsets.UTF_8);
        assertFalse(v.contains("<form"), "no forms for visitors: " + v);
        assertTrue(v.contains("id=\"no-reply\"") && v.contains("/account/login.xhtml?back=/forum/topic.xhtml%3Fid%3D5"));
        assertFalse(v.contains("list-mine"));
        forum.calls.clear();

        byte[] hers = all.personalise(visitors, new Reader(ANNA, CA, "/p", "tok&en"));
        String shown = new String(hers, StandardCharsets.UTF_8);
        assertArrayEquals(page(r, ANNA), hers, "the same as if rendered for her: " + shown);
        assertTrue(shown.contains("name=\"token\" value=\"tok&amp;en\""), "the token, escaped");
        assertTrue(shown.contains("id=\"like-41\"") && !shown.contains("id=\"like-42\""), "not her own post");
        assertTrue(shown.contains("id=\"withdraw-42\"") && shown.contains("data-confirm=\""), "her own, after asking");
        assertTrue(shown.contains("id=\"reply-open\"") && shown.contains("reply=1#reply"));
        assertTrue(shown.contains("<option value=\"TRACKING\" selected=\"selected\">"));
        assertTrue(shown.contains("id=\"unread\"") && shown.contains("/forum/post.xhtml?id=42"));
        assertTrue(shown.contains("id=\"list-mine\"") && shown.contains("id=\"new-topic\""));
        assertTrue(shown.contains("badge-new\">3 noves</span>"), shown);
        assertEquals(List.of("reading 5.1 [41, 42]", "unread {5=4, 6=2}"), forum.calls,
                "the topic's page and the lists' new posts loaded once each for all their regions");
        assertArrayEquals(visitors, all.personalise(hers, new Reader(Actor.ANONYMOUS, CA, "/p", null)),
                "and back to the visitors' page");
    }

    @Test
    void aModeratorsPageIsRenderedForThem() {
        Forum forum = new Forum();
        ForumRegions r = regions(forum);
        PersonalRegions all = new PersonalRegions(List.of(r));
        assertNull(all.personalise(page(r, Actor.ANONYMOUS), new Reader(MODERATOR, CA, "/p", "t")));
    }

    @Test
    void aPostThePageShowsButTheReaderDoesNotGetIsRenderedForThem() {
        ForumRegions r = regions(new Forum());
        PersonalRegions all = new PersonalRegions(List.of(r));
        String stale = PersonalRegions.region(ForumRegions.ACTIONS, "5.1.99", "");
        assertNull(all.personalise(stale.getBytes(StandardCharsets.UTF_8), new Reader(ANNA, CA, "/p", "t")));
    }
}
