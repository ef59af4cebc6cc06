package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.domain.model.forum.ForumRepository;
import cat.digicanvis.portal.domain.model.forum.NotificationKind;
import cat.digicanvis.portal.domain.model.forum.NotificationRepository;
import cat.digicanvis.portal.domain.model.forum.Post;
import cat.digicanvis.portal.domain.model.forum.Topic;
import cat.digicanvis.portal.domain.model.forum.WatchLevel;
import cat.digicanvis.portal.domain.shared.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells people what happened, in the transaction of what happened (so a refused post tells nobody): the topic's
 * author of a reply, a quoted author of the quote, watchers of a new post, an author of the approval or hiding
 * of their post and of their answer's acceptance. Each person hears of a post once, whatever the reasons
 * (a quote outranks a reply, which outranks watching); muted topics tell nothing. Posting watches the topic.
 */
@ApplicationScoped
public class ForumNotifier {

    @Inject
    NotificationRepository notifications;
    @Inject
    ForumRepository forum;

    /** A post became visible (written by a member, or approved). */
    public void shown(Topic topic, Post post) {
        if (!post.isVisible()) {
            return;
        }
        Set<Long> told = new HashSet<>();
        if (post.getAuthorId() != null) {
            notifications.watchIfNew(post.getAuthorId(), topic.getId());
            told.add(post.getAuthorId());
        }
        if (post.getQuotePostId() != null) {
            forum.post(post.getQuotePostId()).map(Post::getAuthorId)
                    .ifPresent(quoted -> tell(quoted, NotificationKind.QUOTE, topic, post, told));
        }
        if (post.getNumber() > 1 && topic.getAuthorId() != null) {
            tell(topic.getAuthorId(), NotificationKind.REPLY, topic, post, told);
        }
        for (long watcher : notifications.at(topic.getId(), WatchLevel.WATCHING)) {
            tell(watcher, NotificationKind.WATCHED, topic, post, told);
        }
    }

    /** A moderator's decision about a post, told to its author. */
    public void decided(Topic topic, Post post, NotificationKind kind) {
        if (post.getAuthorId() != null) {
            notifications.notify(post.getAuthorId(), kind, topic.getId(), post.getId(), post.getAuthorName(), Clock.now());
        }
    }

    /** A reply was marked as the answer; its author hears of it, unless they marked it. */
    public void accepted(Topic topic, Post post, long byAccountId) {
        if (post.getAuthorId() != null && post.getAuthorId() != byAccountId) {
            notifications.notify(post.getAuthorId(), NotificationKind.ACCEPTED, topic.getId(), post.getId(),
                    post.getAuthorName(), Clock.now());
        }
    }

    private void tell(Long recipient, NotificationKind kind, Topic topic, Post post, Set<Long> told) {
        if (recipient == null || !told.add(recipient)) {
            return;
        }
        if (notifications.level(recipient, topic.getId()).orElse(WatchLevel.NORMAL) == WatchLevel.MUTED) {
            return;
        }
        notifications.notify(recipient, kind, topic.getId(), post.getId(), post.getAuthorName(), post.getCreatedAt());
    }
}
