package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.domain.model.forum.ForumCategory;
import cat.digicanvis.portal.domain.model.forum.Pin;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A topic in a list: its category (names in the three languages), who started it and when, its replies and
 * latest activity, its state, and for a signed-in reader how many posts came since they last read it; the number of its latest post.
 */
public record TopicSummaryView(long id, int version, String title, long categoryId, String categoryCa,
        String categoryEs, String categoryEn, String authorName, LocalDateTime createdAt, LocalDateTime lastPostAt,
        String lastPosterName, int replies, boolean closed, Pin pinned, boolean answered, Long sheetId,
        int slowModeMinutes, int unread, boolean demo, int lastNumber) implements Serializable {

    public String category(String language) {
        return ForumCategory.inLanguage(language, categoryCa, categoryEs, categoryEn);
    }

    public boolean isPinned() {
        return pinned != Pin.NONE;
    }
}
