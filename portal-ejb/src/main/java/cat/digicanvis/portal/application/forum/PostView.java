package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.domain.model.forum.PostStatus;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A post as a reader sees it: its safe HTML, the post it quotes, the sheets it links to, its likes, and what
 * this reader may do with it (edit, withdraw, like, flag, accept as the answer, moderate).
 */
public record PostView(long id, int version, long topicId, int number, Long authorId, String authorName,
        String html, String markdown, PostStatus status, LocalDateTime createdAt, LocalDateTime editedAt,
        int revisions, int likes, boolean liked, boolean bookmarked, boolean accepted, Long quotePostId,
        Integer quoteNumber, String quoteAuthor, List<SheetCardView> sheets, boolean mine, boolean mayEdit,
        boolean mayLike, boolean mayFlag, boolean mayAccept, boolean mayModerate, String moderationNote)
        implements Serializable {

    public boolean edited() {
        return editedAt != null;
    }

    public boolean pending() {
        return status == PostStatus.PENDING;
    }
}
