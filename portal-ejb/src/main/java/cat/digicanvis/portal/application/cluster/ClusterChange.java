package cat.digicanvis.portal.application.cluster;

import cat.digicanvis.portal.application.forum.ForumChanged;
import cat.digicanvis.portal.application.recommendation.RecommenderDataChanged;
import cat.digicanvis.portal.application.sheet.SheetChanged;
import java.util.Optional;

/**
 * The committed changes that other nodes must hear of, written as short text (the data grid then needs none of
 * the portal's classes): {@code sheet 12}, {@code forum 3 12 40} (topic, sheet or -, post or -), {@code body 7},
 * {@code account 5}, {@code model 9}.
 */
public final class ClusterChange {

    static final String SHEET = "sheet";
    static final String FORUM = "forum";
    static final String BODY = "body";
    static final String ACCOUNT = "account";
    static final String MODEL = "model";

    private ClusterChange() {
    }

    static String of(SheetChanged c) {
        return SHEET + " " + c.sheetId();
    }

    static String of(ForumChanged c) {
        return FORUM + " " + c.topicId() + " " + orDash(c.sheetId()) + " " + orDash(c.postId());
    }

    static String of(RecommenderDataChanged c) {
        return BODY + " " + c.bodyId();
    }

    static String account(long accountId) {
        return ACCOUNT + " " + accountId;
    }

    static String model(long recordId) {
        return MODEL + " " + recordId;
    }

    /** The change a message names, as the event this node fires for its own changes (empty for another kind). */
    static Optional<Object> event(String message) {
        String[] p = message.strip().split(" ");
        try {
            return switch (p[0]) {
                case SHEET -> Optional.of(new SheetChanged(Long.parseLong(p[1])));
                case FORUM -> Optional.of(new ForumChanged(Long.parseLong(p[1]), number(p[2]), number(p[3])));
                case BODY -> Optional.of(new RecommenderDataChanged(Long.parseLong(p[1])));
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cluster change: " + message, e);
        }
    }

    /** The number a message of {@code kind} carries, if it is of that kind. */
    static Optional<Long> id(String message, String kind) {
        String[] p = message.strip().split(" ");
        return p.length == 2 && p[0].equals(kind) ? Optional.of(Long.parseLong(p[1])) : Optional.empty();
    }

    private static String orDash(Long n) {
        return n == null ? "-" : n.toString();
    }

    private static Long number(String s) {
        return s.equals("-") ? null : Long.valueOf(s);
    }
}
