package cat.digicanvis.portal.domain.model.forum;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.domain.shared.RateLimitException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingLimitsTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0, 0);
    static final LocalDateTime OLD_ACCOUNT = NOW.minusDays(30);

    static PostingLimits.History quiet() {
        return new PostingLimits.History(null, null, 0, null, 0, null, null, null, OLD_ACCOUNT);
    }

    static List<String> keys(RuleViolationException e) {
        return e.violations().stream().map(Violation::messageKey).toList();
    }

    @Test
    void aQuietPersonMayPost() {
        assertDoesNotThrow(() -> PostingLimits.checkPost(quiet(), false, true, 0, "<p>x</p>", NOW));
        assertDoesNotThrow(() -> PostingLimits.checkPost(quiet(), true, false, 0, "<p>x</p>", NOW));
    }

    @Test
    void aPostFiveSecondsAfterTheLastIsAllowedButNotBefore() {
        var soon = new PostingLimits.History(null, NOW.minusSeconds(3), 0, null, 0, null, null, null, OLD_ACCOUNT);
        RateLimitException e = assertThrows(RateLimitException.class,
                () -> PostingLimits.checkPost(soon, false, false, 0, "", NOW));
        assertEquals(List.of("validation.forum.limit.postInterval", "validation.forum.wait.seconds"), keys(e));
        assertEquals(2, e.retryAfterSeconds());
        assertEquals(5L, e.violations().get(0).args().get(0));
        var later = new PostingLimits.History(null, NOW.minusSeconds(5), 0, null, 0, null, null, null, OLD_ACCOUNT);
        assertDoesNotThrow(() -> PostingLimits.checkPost(later, false, false, 0, "", NOW));
    }

    @Test
    void newcomersWaitLongerBetweenTopicsAndPosts() {
        var h = new PostingLimits.History(NOW.minusSeconds(60), NOW.minusSeconds(20), 1, NOW.minusSeconds(60), 0, null,
                null, null, OLD_ACCOUNT);
        assertDoesNotThrow(() -> PostingLimits.checkPost(h, false, true, 0, "", NOW));
        RateLimitException e = assertThrows(RateLimitException.class, () -> PostingLimits.checkPost(h, true, true, 0, "", NOW));
        assertEquals(List.of("validation.forum.limit.topicInterval", "validation.forum.limit.postInterval",
                "validation.forum.wait.seconds"), keys(e));
        assertEquals(60, e.retryAfterSeconds(), "the longest of the waits");
    }

    @Test
    void theSameTextTwiceWithinFiveMinutesIsRefused() {
        var h = new PostingLimits.History(null, NOW.minusMinutes(2), 0, null, 0, null, NOW.minusMinutes(2), null, OLD_ACCOUNT);
        RateLimitException e = assertThrows(RateLimitException.class, () -> PostingLimits.checkPost(h, false, false, 0, "", NOW));
        assertEquals(List.of("validation.forum.limit.duplicate", "validation.forum.wait.minutes"), keys(e));
        assertEquals(180, e.retryAfterSeconds());
    }

    @Test
    void newcomersHaveFirstDayCapsAndTwoLinks() {
        LocalDateTime newAccount = NOW.minusHours(3);
        var topics = new PostingLimits.History(NOW.minusHours(1), NOW.minusHours(1), 3, NOW.minusHours(2), 0, null, null,
                null, newAccount);
        RateLimitException e = assertThrows(RateLimitException.class, () -> PostingLimits.checkPost(topics, true, true, 0, "", NOW));
        assertEquals(List.of("validation.forum.limit.newcomerTopics", "validation.forum.wait.hours"), keys(e));
        assertEquals(21 * 3600, e.retryAfterSeconds(), "until the account is a day old");
        // a member (or a newcomer whose first day is over) is not bound by it
        assertDoesNotThrow(() -> PostingLimits.checkPost(topics, false, true, 0, "", NOW));
        var replies = new PostingLimits.History(null, NOW.minusHours(1), 0, null, 10, NOW.minusHours(2), null, null, newAccount);
        assertThrows(RateLimitException.class, () -> PostingLimits.checkPost(replies, true, false, 0, "", NOW));
        String threeLinks = "<p><a href=\"https://a\">a</a> <a href=\"https://b\">b</a> <a href=\"https://c\">c</a></p>";
        RuleViolationException links = assertThrows(RuleViolationException.class,
                () -> PostingLimits.checkPost(quiet(), true, false, 0, threeLinks, NOW));
        assertEquals(List.of("validation.forum.newcomerLinks"), keys(links));
        assertDoesNotThrow(() -> PostingLimits.checkPost(quiet(), false, false, 0, threeLinks, NOW));
        assertThrows(RuleViolationException.class, () -> PostingLimits.checkPost(quiet(), true, false, 0,
                "Mireu https://a.example, www.b.example i [c](http://c.example).", NOW), "bare addresses count too");
        assertDoesNotThrow(() -> PostingLimits.checkPost(quiet(), true, false, 0,
                "Mireu https://a.example i [b](http://b.example).", NOW));
    }

    @Test
    void everyoneHasDailyCaps() {
        var h = new PostingLimits.History(NOW.minusHours(1), NOW.minusHours(1), 20, NOW.minusHours(23), 0, null, null,
                null, OLD_ACCOUNT);
        RateLimitException e = assertThrows(RateLimitException.class, () -> PostingLimits.checkPost(h, false, true, 0, "", NOW));
        assertEquals(3600, e.retryAfterSeconds(), "until the oldest of the day is 24 hours old");
        assertThrows(RateLimitException.class, () -> PostingLimits.checkDaily("likes", 50, NOW.minusHours(1), NOW));
        assertDoesNotThrow(() -> PostingLimits.checkDaily("likes", 49, NOW.minusHours(1), NOW));
        RateLimitException flags = assertThrows(RateLimitException.class,
                () -> PostingLimits.checkDaily("flags", 20, NOW.minusHours(1), NOW));
        assertTrue(keys(flags).contains("validation.forum.limit.dailyFlags"));
    }

    @Test
    void slowModeCountsThePersonsLastPostInTheTopic() {
        var h = new PostingLimits.History(null, NOW.minusMinutes(4), 0, null, 0, null, null, NOW.minusMinutes(4), OLD_ACCOUNT);
        RateLimitException e = assertThrows(RateLimitException.class, () -> PostingLimits.checkPost(h, false, false, 10, "", NOW));
        assertEquals(List.of("validation.forum.limit.slowMode", "validation.forum.wait.minutes"), keys(e));
        assertEquals(10L, e.violations().get(0).args().get(0));
        assertDoesNotThrow(() -> PostingLimits.checkPost(h, false, false, 3, "", NOW));
    }
}
