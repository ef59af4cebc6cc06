package cat.digicanvis.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.application.forum.ForumService;
import cat.digicanvis.portal.domain.model.account.Actor;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A page rendered once for everybody, given each reader's own parts, and back. */
class PersonalRegionsTest {

    static final Locale CA = Locale.forLanguageTag("ca");
    static final Actor MEMBER = new Actor(7L, "anna@bellpuig.cat", "Anna <b>Puig</b>", "ca", false, false, Set.of(3L));

    /** The forum's answers, fixed: members see more topics than visitors; 4 unread notifications. */
    static PersonalRegions regions() {
        PersonalRegions r = new PersonalRegions();
        r.forum = new ForumService() {
            @Override
            public long unreadNotifications(Actor actor) {
                return actor.isSignedIn() ? 4 : 0;
            }

            @Override
            public int searchCount(Actor actor, String text) {
                return actor.isSignedIn() ? 5 : 2;
            }
        };
        return r;
    }

    static byte[] page(PersonalRegions r, Actor reader) {
        String html = "<html><body><header>" + r.accountNav(reader, CA, "/p") + "<nav>Català · àmbits</nav>"
                + r.accountBar(reader, CA, "/p") + "</header><main>"
                + r.forumMatches(reader, CA, "/p", "padró en línia") + "<p>Les fitxes: 1.234</p></main></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPageForVisitorsBecomesTheMembersAndBackByteForByte() {
        PersonalRegions r = regions();
        byte[] visitors = page(r, Actor.ANONYMOUS);
        String shown = new String(r.personalise(visitors, new PersonalRegions.Reader(MEMBER, CA, "/p", null)), StandardCharsets.UTF_8);
        assertTrue(shown.contains("id=\"nav-account\">Anna &lt;b&gt;Puig&lt;/b&gt;</a>"), "the name, escaped: " + shown);
        assertTrue(shown.contains("id=\"bell-count\">4</span>"), shown);
        assertTrue(shown.contains("id=\"nav-recommendations\""), "a member's links");
        assertFalse(shown.contains("/account/login.xhtml"), "no sign-in link for a signed-in person");
        assertTrue(shown.contains("5 temes"), "the forum topics this member may read: " + shown);
        assertTrue(shown.contains("/forum/search.xhtml?q=padr%C3%B3+en+l%C3%ADnia"), shown);
        assertTrue(shown.contains("<nav>Català · àmbits</nav>") && shown.contains("<p>Les fitxes: 1.234</p>"),
                "the shared part untouched");
        assertArrayEquals(page(r, MEMBER), r.personalise(visitors, new PersonalRegions.Reader(MEMBER, CA, "/p", null)),
                "the same as if rendered for the member");
        assertArrayEquals(visitors, r.personalise(page(r, MEMBER), new PersonalRegions.Reader(Actor.ANONYMOUS, CA, "/p", null)),
                "and back to the visitors' page, as the cache keeps it");
    }

    @Test
    void aPageWithoutRegionsOrWithABrokenOneIsLeftAsItIs() {
        PersonalRegions r = regions();
        byte[] plain = "<p>res</p>".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(plain, r.personalise(plain, new PersonalRegions.Reader(MEMBER, CA, "/p", null)));
        byte[] broken = "<p><!--dc:account-bar-->sense final</p>".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(broken, r.personalise(broken, new PersonalRegions.Reader(MEMBER, CA, "/p", null)));
    }
}
