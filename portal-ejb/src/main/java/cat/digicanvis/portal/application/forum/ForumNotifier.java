package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.AccountStatus;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.forum.ForumCategory;
import cat.digicanvis.portal.domain.model.forum.ForumRepository;
import cat.digicanvis.portal.domain.model.forum.Mentions;
import cat.digicanvis.portal.domain.model.forum.NotificationKind;
import cat.digicanvis.portal.domain.model.forum.NotificationRepository;
import cat.digicanvis.portal.domain.model.forum.Post;
import cat.digicanvis.portal.domain.model.forum.Topic;
import cat.digicanvis.portal.domain.model.forum.WatchLevel;
import cat.digicanvis.portal.domain.model.membership.MembershipRepository;
import cat.digicanvis.portal.domain.shared.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Tells people what happened, in the transaction of what happened (so a refused post tells nobody): the people
 * a post mentions, a quoted author of the quote, the topic's author of a reply, watchers of the topic or its
 * category of a new post, watchers of a category of a new topic, an author of the approval or hiding of their
 * post and of their answer's acceptance. Each person hears of a post once, whatever the reasons (a mention
 * outranks a quote, which outranks a reply, which outranks watching); muted topics tell nothing; nobody hears of
 * a post in a category they may not read. Posting watches the topic. What a person wants by mail at once goes
 * out with the notification ({@link ForumMailer}).
 */
@ApplicationScoped
public class ForumNotifier {

    @Inject
    NotificationRepository notifications;
    @Inject
    ForumRepository forum;
    @Inject
    AccountRepository accounts;
    @Inject
    MembershipRepository memberships;
    @Inject
    ForumMailer mailer;

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
        mentions(topic, post, told);
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
        long category = topic.getCategory().getId();
        boolean first = post.getNumber() == 1;
        for (long watcher : notifications.atCategory(category, WatchLevel.WATCHING)) {
            // a level set on the topic itself wins over the category's (so none here: not muted either)
            if (notifications.level(watcher, topic.getId()).isEmpty() && mayRead(watcher, topic.getCategory())) {
                tellOnce(watcher, first ? NotificationKind.NEW_TOPIC : NotificationKind.WATCHED, topic, post, told);
            }
        }
        if (first) {
            for (long watcher : notifications.atCategory(category, WatchLevel.FIRST_POST)) {
                if (mayRead(watcher, topic.getCategory())) {
                    tell(watcher, NotificationKind.NEW_TOPIC, topic, post, told);
                }
            }
        }
    }

    /** An edit may mention new people; those mentioned before were told already (once per post and kind). */
    public void edited(Topic topic, Post post) {
        if (post.isVisible()) {
            Set<Long> told = new HashSet<>();
            if (post.getAuthorId() != null) {
                told.add(post.getAuthorId());
            }
            mentions(topic, post, told);
        }
    }

    /** A moderator's decision about a post, told to its author. */
    public void decided(Topic topic, Post post, NotificationKind kind) {
        if (post.getAuthorId() != null) {
            record(post.getAuthorId(), kind, topic, post, Clock.now());
        }
    }

    /** A reply was marked as the answer; its author hears of it, unless they marked it. */
    public void accepted(Topic topic, Post post, long byAccountId) {
        if (post.getAuthorId() != null && post.getAuthorId() != byAccountId) {
            record(post.getAuthorId(), NotificationKind.ACCEPTED, topic, post, Clock.now());
        }
    }

    private void mentions(Topic topic, Post post, Set<Long> told) {
        for (String handle : Mentions.in(post.getBody())) {
            accounts.findByHandle(handle).filter(a -> mayRead(a, topic.getCategory()))
                    .ifPresent(a -> tell(a.getId(), NotificationKind.MENTION, topic, post, told));
        }
    }

    private boolean mayRead(long accountId, ForumCategory category) {
        return category.isPublic() || accounts.find(accountId).map(a -> mayRead(a, category)).orElse(false);
    }

    private boolean mayRead(Account a, ForumCategory category) {
        if (a.getStatus() != AccountStatus.ACTIVE) {
            return false;
        }
        return category.isPublic() || category.mayRead(Actor.of(a, memberships.approvedBodyIds(a.getId())));
    }

    private void tell(Long recipient, NotificationKind kind, Topic topic, Post post, Set<Long> told) {
        if (recipient != null && !told.contains(recipient)
                && notifications.level(recipient, topic.getId()).orElse(WatchLevel.NORMAL) == WatchLevel.MUTED) {
            told.add(recipient);
            return;
        }
        tellOnce(recipient, kind, topic, post, told);
    }

    /** Tells a person who has not muted the topic, unless a stronger reason told them of this post already. */
    private void tellOnce(Long recipient, NotificationKind kind, Topic topic, Post post, Set<Long> told) {
        if (recipient != null && told.add(recipient)) {
            record(recipient, kind, topic, post, post.getCreatedAt());
        }
    }

    private void record(long recipient, NotificationKind kind, Topic topic, Post post, LocalDateTime at) {
        Optional<Account> who = mailer.mailsAtOnce(recipient, kind);
        if (notifications.notify(recipient, kind, topic.getId(), post.getId(), post.getAuthorName(), at,
                who.isPresent() ? Clock.now() : null) && who.isPresent()) {
            mailer.mailNow(who.get(), kind, topic, post);
        }
    }
}
