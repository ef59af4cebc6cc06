package cat.digicanvis.portal.domain.model.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForumModelTest {

    static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 1, 10, 0);
    static final String TEXT = "Una experiència que ens va funcionar molt bé.";
    static final Actor ANON = Actor.ANONYMOUS;
    static final Actor NEWCOMER = new Actor(1L, "a@x", "A", "ca", false, false, Set.of());
    static final Actor MEMBER = new Actor(2L, "b@x", "B", "ca", false, false, Set.of(7L));
    static final Actor MODERATOR = new Actor(3L, "c@x", "C", "ca", true, false, Set.of());

    static ForumCategory category(CategoryAccess read, CategoryAccess start) {
        return new ForumCategory("general", new ForumCategory.Texts("General", "General", "General", "d", "d", "d"), 1,
                read, start, null);
    }

    static void setId(Object o, long id) throws Exception {
        Field f = o.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(o, id);
    }

    @Test
    void categoriesSayWhoReadsAndWhoStarts() {
        ForumCategory open = category(CategoryAccess.EVERYONE, CategoryAccess.VERIFIED);
        assertTrue(open.mayRead(ANON));
        assertFalse(open.mayStart(ANON));
        assertTrue(open.mayStart(NEWCOMER));
        ForumCategory members = category(CategoryAccess.MEMBERS, CategoryAccess.MEMBERS);
        assertFalse(members.mayRead(ANON));
        assertFalse(members.mayRead(NEWCOMER));
        assertTrue(members.mayRead(MEMBER));
        assertTrue(members.mayStart(MODERATOR));
        ForumCategory staff = category(CategoryAccess.EVERYONE, CategoryAccess.STAFF);
        assertFalse(staff.mayStart(MEMBER));
        assertTrue(staff.mayStart(MODERATOR));
        assertThrows(RuleViolationException.class, () -> category(CategoryAccess.EVERYONE, CategoryAccess.EVERYONE));
        assertThrows(RuleViolationException.class, () -> new ForumCategory("No Spaces!", open.texts(), 1,
                CategoryAccess.EVERYONE, CategoryAccess.VERIFIED, null));
    }

    @Test
    void titlesAndBodiesHaveTheirLengths() {
        ForumCategory c = category(CategoryAccess.EVERYONE, CategoryAccess.VERIFIED);
        assertThrows(RuleViolationException.class, () -> new Topic(c, "Massa curt", 1L, "A", null, T0));
        assertThrows(RuleViolationException.class, () -> new Topic(c, "x".repeat(201), 1L, "A", null, T0));
        assertEquals("Un títol   prou llarg".replaceAll("\\s+", " "), new Topic(c, "  Un títol   prou llarg ", 1L, "A", null, T0).getTitle());
        Topic t = new Topic(c, "Un títol prou llarg", 1L, "A", null, T0);
        assertThrows(RuleViolationException.class, () -> new Post(t, 1, 1L, "A", "curt", "", false, null, T0));
        assertThrows(RuleViolationException.class, () -> new Post(t, 1, 1L, "A", "x".repeat(32_001), "", false, null, T0));
        assertEquals(Post.hash("Hola,   MÓN sencer"), Post.hash("hola, món sencer "), "repeats are found whatever the spacing and case");
    }

    @Test
    void editsWithinFiveMinutesKeepNoRevision() throws Exception {
        Topic t = new Topic(category(CategoryAccess.EVERYONE, CategoryAccess.VERIFIED), "Un títol prou llarg", 1L, "A", null, T0);
        Post p = new Post(t, 1, 1L, "A", TEXT, "<p>x</p>", false, null, T0);
        assertEquals(Optional.empty(), p.edit(TEXT + " Afegit.", "<p>y</p>", T0.plusMinutes(4)));
        assertEquals(0, p.getRevisions());
        assertEquals(Optional.of(TEXT + " Afegit."), p.edit(TEXT + " Tercera versió.", "<p>z</p>", T0.plusMinutes(10)));
        assertEquals(1, p.getRevisions());
        assertEquals(Optional.empty(), p.edit(TEXT + " Tercera versió.", "<p>z</p>", T0.plusMinutes(30)), "no change, no version");
        assertEquals(T0.plusMinutes(10), p.getEditedAt());
    }

    @Test
    void theLifecycleOfAPost() throws Exception {
        Topic t = new Topic(category(CategoryAccess.EVERYONE, CategoryAccess.VERIFIED), "Un títol prou llarg", 1L, "A", null, T0);
        setId(t, 10);
        Post first = new Post(t, 1, 1L, "A", TEXT, "", false, null, T0);
        Post waiting = new Post(t, 2, 2L, "B", TEXT, "", true, null, T0);
        assertEquals(PostStatus.PENDING, waiting.getStatus());
        assertThrows(RuleViolationException.class, () -> first.withdraw(T0), "the question stays");
        assertTrue(waiting.approve(3L, T0));
        assertFalse(waiting.approve(3L, T0), "approving twice changes nothing");
        assertThrows(RuleViolationException.class, () -> waiting.hide(3L, " ", T0), "a reason is needed");
        assertTrue(waiting.hide(3L, "Publicitat", T0));
        assertTrue(waiting.approve(3L, T0), "a hidden post can be approved after review");
        assertTrue(waiting.withdraw(T0));
        assertThrows(RuleViolationException.class, () -> waiting.delete(3L, T0), "gone already");
        assertThrows(RuleViolationException.class, () -> waiting.edit(TEXT + " nou", "", T0));
    }

    @Test
    void onlyAVisibleReplyOfTheTopicIsTheAnswer() throws Exception {
        Topic t = new Topic(category(CategoryAccess.EVERYONE, CategoryAccess.VERIFIED), "Un títol prou llarg", 1L, "A", null, T0);
        setId(t, 10);
        Post question = new Post(t, 1, 1L, "A", TEXT, "", false, null, T0);
        Post reply = new Post(t, 2, 2L, "B", TEXT, "", false, null, T0);
        Post waiting = new Post(t, 3, 2L, "B", TEXT, "", true, null, T0);
        setId(question, 1);
        setId(reply, 2);
        setId(waiting, 3);
        assertThrows(RuleViolationException.class, () -> t.accept(question));
        assertThrows(RuleViolationException.class, () -> t.accept(waiting));
        t.accept(reply);
        assertEquals(2L, t.getAcceptedPostId());
        t.shown(question);
        t.shown(reply);
        assertEquals(1, t.getReplies());
        t.unshown(reply);
        assertEquals(null, t.getAcceptedPostId(), "a hidden answer is no longer the answer");
        assertThrows(RuleViolationException.class, () -> t.slowMode(-1));
        assertThrows(RuleViolationException.class, () -> t.slowMode(1441));
    }

    @Test
    void silencingTakesOneSevenOrThirtyDaysAndAReason() {
        ForumMember m = new ForumMember(5);
        assertThrows(RuleViolationException.class, () -> m.silence(2, "Insults", T0));
        assertThrows(RuleViolationException.class, () -> m.silence(7, "", T0));
        m.silence(7, "Insults", T0);
        assertTrue(m.isSilenced(T0.plusDays(6)));
        assertFalse(m.isSilenced(T0.plusDays(7)));
        m.unsilence();
        assertFalse(m.isSilenced(T0));
    }
}
