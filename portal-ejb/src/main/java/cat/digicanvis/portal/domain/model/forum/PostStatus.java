package cat.digicanvis.portal.domain.model.forum;

/**
 * A post is shown once visible. A newcomer's first posts wait for a moderator (pending); flagged posts are
 * hidden until reviewed; authors withdraw their own; moderators delete. Only visible posts count.
 */
public enum PostStatus {
    PENDING,
    VISIBLE,
    HIDDEN,
    WITHDRAWN,
    DELETED
}
