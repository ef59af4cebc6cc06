package cat.digicanvis.portal.domain.model.forum;

import cat.digicanvis.portal.domain.shared.RateLimitException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The forum's brakes, with Discourse's default numbers: how often one may start a topic or post, no identical
 * post twice within five minutes, and stricter limits for newcomers (people who belong to no body yet) on
 * their first day, in links and mentions per post and in pace. Everyone has daily caps on topics, likes and flags. Each
 * refusal says how long to wait. The counts come from the database (see {@link ForumMember}).
 */
public final class PostingLimits {

    public static final Duration TOPIC_INTERVAL = Duration.ofSeconds(15);
    public static final Duration NEWCOMER_TOPIC_INTERVAL = Duration.ofSeconds(120);
    public static final Duration POST_INTERVAL = Duration.ofSeconds(5);
    public static final Duration NEWCOMER_POST_INTERVAL = Duration.ofSeconds(30);
    public static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(5);
    public static final Duration DAY = Duration.ofHours(24);
    public static final int NEWCOMER_FIRST_DAY_TOPICS = 3;
    public static final int NEWCOMER_FIRST_DAY_REPLIES = 10;
    public static final int NEWCOMER_LINKS = 2;
    public static final int NEWCOMER_MENTIONS = 2;
    public static final int DAILY_TOPICS = 20;
    public static final int DAILY_LIKES = 50;
    public static final int DAILY_FLAGS = 20;
    /** How many of a newcomer's posts a moderator approves before the next ones go straight out. */
    public static final int NEWCOMER_APPROVALS = 2;

    /** A link as people write it: a Markdown link, an autolink or a bare address all carry a scheme. */
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?|ftp)://|\\bwww\\.");

    private PostingLimits() {
    }

    /**
     * What the database says about a person's recent writing: their last topic and post, their topics and
     * replies of the last 24 hours (with the oldest of each), whether the same text was posted in the last
     * five minutes, their last post in the topic at hand (for slow mode), and when their account was created.
     */
    public record History(LocalDateTime lastTopicAt, LocalDateTime lastPostAt, long topicsToday,
            LocalDateTime oldestTopicToday, long repliesToday, LocalDateTime oldestReplyToday,
            LocalDateTime identicalAt, LocalDateTime lastPostInTopicAt, LocalDateTime accountCreatedAt) {
    }

    /** Refuses a new topic ({@code newTopic}) or a reply ({@code text}) that breaks a limit. */
    public static void checkPost(History h, boolean newcomer, boolean newTopic, int slowModeMinutes, String text,
            LocalDateTime now) {
        if (newcomer && text != null && LINK.matcher(text).results().count() > NEWCOMER_LINKS) {
            throw new RuleViolationException(Violation.of("postBody", "validation.forum.newcomerLinks", NEWCOMER_LINKS));
        }
        if (newcomer && Mentions.in(text).size() > NEWCOMER_MENTIONS) {
            throw new RuleViolationException(Violation.of("postBody", "validation.forum.newcomerMentions",
                    NEWCOMER_MENTIONS));
        }
        List<Wait> waits = new ArrayList<>();
        if (newTopic) {
            interval(waits, h.lastTopicAt(), newcomer ? NEWCOMER_TOPIC_INTERVAL : TOPIC_INTERVAL, now,
                    "validation.forum.limit.topicInterval");
            boolean firstDay = newcomer && h.accountCreatedAt() != null && h.accountCreatedAt().plus(DAY).isAfter(now);
            if (firstDay && h.topicsToday() >= NEWCOMER_FIRST_DAY_TOPICS) {
                waits.add(new Wait("validation.forum.limit.newcomerTopics", NEWCOMER_FIRST_DAY_TOPICS,
                        until(h.accountCreatedAt().plus(DAY), now)));
            }
            if (h.topicsToday() >= DAILY_TOPICS && h.oldestTopicToday() != null) {
                waits.add(new Wait("validation.forum.limit.dailyTopics", DAILY_TOPICS,
                        until(h.oldestTopicToday().plus(DAY), now)));
            }
        } else {
            boolean firstDay = newcomer && h.accountCreatedAt() != null && h.accountCreatedAt().plus(DAY).isAfter(now);
            if (firstDay && h.repliesToday() >= NEWCOMER_FIRST_DAY_REPLIES) {
                waits.add(new Wait("validation.forum.limit.newcomerReplies", NEWCOMER_FIRST_DAY_REPLIES,
                        until(h.accountCreatedAt().plus(DAY), now)));
            }
            if (slowModeMinutes > 0) {
                interval(waits, h.lastPostInTopicAt(), Duration.ofMinutes(slowModeMinutes), now,
                        "validation.forum.limit.slowMode");
            }
        }
        interval(waits, h.lastPostAt(), newcomer ? NEWCOMER_POST_INTERVAL : POST_INTERVAL, now,
                "validation.forum.limit.postInterval");
        if (h.identicalAt() != null) {
            waits.add(new Wait("validation.forum.limit.duplicate", 5, until(h.identicalAt().plus(DUPLICATE_WINDOW), now)));
        }
        refuse(waits);
    }

    /** Refuses a like or a flag beyond the daily cap; {@code oldestToday} is the oldest of the last 24 hours. */
    public static void checkDaily(String what, long today, LocalDateTime oldestToday, LocalDateTime now) {
        int cap = "likes".equals(what) ? DAILY_LIKES : DAILY_FLAGS;
        if (today >= cap && oldestToday != null) {
            refuse(List.of(new Wait("validation.forum.limit." + ("likes".equals(what) ? "dailyLikes" : "dailyFlags"),
                    cap, until(oldestToday.plus(DAY), now))));
        }
    }

    private static void interval(List<Wait> waits, LocalDateTime last, Duration interval, LocalDateTime now,
            String key) {
        if (last != null && last.plus(interval).isAfter(now)) {
            // slow mode is set in minutes, the other intervals are said in seconds
            waits.add(new Wait(key, key.endsWith("slowMode") ? interval.toMinutes() : interval.toSeconds(),
                    until(last.plus(interval), now)));
        }
    }

    private static long until(LocalDateTime when, LocalDateTime now) {
        long ms = Duration.between(now, when).toMillis();
        return Math.max(1, (ms + 999) / 1000);
    }

    private record Wait(String key, long limit, long seconds) {
    }

    /** One message per broken limit, then how long to wait until every one of them allows it again. */
    private static void refuse(List<Wait> waits) {
        if (waits.isEmpty()) {
            return;
        }
        List<Violation> v = new ArrayList<>();
        long longest = 0;
        for (Wait w : waits) {
            v.add(Violation.of(null, w.key(), w.limit()));
            longest = Math.max(longest, w.seconds());
        }
        throw RateLimitException.waiting(v, longest);
    }
}
