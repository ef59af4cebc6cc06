package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.application.VersionChecked;
import cat.digicanvis.portal.application.audit.AuditLog;
import cat.digicanvis.portal.application.mail.MailService;
import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.forum.ForumCategory;
import cat.digicanvis.portal.domain.model.forum.ForumMember;
import cat.digicanvis.portal.domain.model.forum.ForumRepository;
import cat.digicanvis.portal.domain.model.forum.Pin;
import cat.digicanvis.portal.domain.model.forum.Post;
import cat.digicanvis.portal.domain.model.forum.Topic;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What moderators do: the review queue (newcomers' posts waiting for approval, flagged posts), approving,
 * hiding with a reason mailed to the author, deleting; closing, pinning, moving and slowing topics; silencing
 * a person for a while. Administrators also manage the categories. Every action goes into the audit log.
 */
@Stateless
@VersionChecked
public class ForumModerationService {

    @Inject
    ForumRepository forum;
    @Inject
    AccountRepository accounts;
    @Inject
    PostViews postViews;
    @Inject
    MailService mail;
    @Inject
    AuditLog audit;
    @Inject
    Event<ForumChanged> changes;
    @Inject
    ForumNotifier notifier;
    @Inject
    ForumDigests digests;

    /**
     * An administrator sends the daily or weekly digest now (say, after an outage); the digest still carries
     * only what was never mailed, so nobody gets a post twice.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ForumDigests.DigestRun sendDigests(Actor actor, cat.digicanvis.portal.domain.model.forum.MailFrequency frequency) {
        actor.require(actor.mayAdminister(), "forum.digests");
        if (frequency != cat.digicanvis.portal.domain.model.forum.MailFrequency.DAILY
                && frequency != cat.digicanvis.portal.domain.model.forum.MailFrequency.WEEKLY) {
            throw new RuleViolationException(Violation.of("frequency", "validation.required"));
        }
        ForumDigests.DigestRun run = digests.send(frequency, Clock.now());
        digests.audited(actor, run);
        return run;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<QueueItemView> queue(Actor actor, int offset, int limit) {
        moderator(actor);
        return forum.queue(Math.max(0, offset), Math.min(Math.max(1, limit), 100)).stream().map(p -> {
            Topic t = p.getTopic();
            List<String> reasons = forum.openFlags(p.getId()).stream()
                    .map(f -> f[1] == null ? f[0] : f[0] + ": " + f[1]).toList();
            return new QueueItemView(postViews.views(actor, t, List.of(p)).get(0), t.getTitle(),
                    p.getStatus() == cat.digicanvis.portal.domain.model.forum.PostStatus.PENDING, reasons);
        }).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long queueSize(Actor actor) {
        moderator(actor);
        return forum.queueSize();
    }

    /** Shows a waiting or hidden post; its flags are closed. */
    public void approve(Actor actor, long postId, int version) {
        Post post = forDecision(actor, postId, version);
        Topic topic = forum.topicForUpdate(post.getTopic().getId()).orElseThrow();
        if (post.approve(actor.accountId(), Clock.now())) {
            topic.shown(post);
            notifier.decided(topic, post, cat.digicanvis.portal.domain.model.forum.NotificationKind.APPROVED);
            notifier.shown(topic, post);
        }
        forum.resolveFlags(post.getId());
        audit.record(actor, "forum.post.approved", "post", post.getId(), topic.getTitle());
        changes.fire(new ForumChanged(topic.getId(), topic.getSheetId(), post.getId()));
    }

    /** Keeps a flagged post as it is: the flags were unfounded. */
    public void dismissFlags(Actor actor, long postId, int version) {
        Post post = forDecision(actor, postId, version);
        forum.resolveFlags(post.getId());
        audit.record(actor, "forum.flags.dismissed", "post", post.getId(), post.getTopic().getTitle());
    }

    /** Hides a post with a reason, which is mailed to its author. */
    public void hide(Actor actor, long postId, int version, String reason) {
        Post post = forDecision(actor, postId, version);
        Topic topic = forum.topicForUpdate(post.getTopic().getId()).orElseThrow();
        if (post.hide(actor.accountId(), reason, Clock.now())) {
            topic.unshown(post);
        }
        notifier.decided(topic, post, cat.digicanvis.portal.domain.model.forum.NotificationKind.HIDDEN);
        forum.resolveFlags(post.getId());
        if (post.getAuthorId() != null) {
            accounts.find(post.getAuthorId()).ifPresent(a -> mail.queue(a.getEmail(), a.getLanguage(),
                    "forumPostHidden", a.getDisplayName(), topic.getTitle(), post.getModerationNote(),
                    mail.link("/forum/topic.xhtml?id=" + topic.getId())));
        }
        audit.record(actor, "forum.post.hidden", "post", post.getId(), post.getModerationNote());
        changes.fire(new ForumChanged(topic.getId(), topic.getSheetId(), post.getId()));
    }

    /**
     * Deletes a post for good; deleting a topic's first post deletes the topic (spam, usually). The audit keeps
     * what was removed and by whom.
     */
    public void delete(Actor actor, long postId, int version) {
        Post post = forDecision(actor, postId, version);
        Topic topic = forum.topicForUpdate(post.getTopic().getId()).orElseThrow();
        if (post.delete(actor.accountId(), Clock.now())) {
            topic.unshown(post);
        }
        if (post.getNumber() == 1) {
            audit.record(actor, "forum.topic.deleted", "topic", topic.getId(), topic.getTitle());
            forum.remove(topic);
        } else {
            audit.record(actor, "forum.post.deleted", "post", post.getId(), topic.getTitle());
        }
        changes.fire(new ForumChanged(topic.getId(), topic.getSheetId(), post.getId()));
    }

    public void close(Actor actor, long topicId, boolean closed) {
        Topic t = topic(actor, topicId);
        if (closed) {
            t.close();
        } else {
            t.reopen();
        }
        audit.record(actor, closed ? "forum.topic.closed" : "forum.topic.reopened", "topic", t.getId(), t.getTitle());
        changes.fire(new ForumChanged(t.getId(), t.getSheetId()));
    }

    public void pin(Actor actor, long topicId, Pin pin) {
        Topic t = topic(actor, topicId);
        t.pin(pin);
        audit.record(actor, "forum.topic.pinned", "topic", t.getId(), t.getPinned() + " " + t.getTitle());
        changes.fire(new ForumChanged(t.getId(), t.getSheetId()));
    }

    public void move(Actor actor, long topicId, long categoryId) {
        Topic t = topic(actor, topicId);
        ForumCategory target = forum.category(categoryId)
                .orElseThrow(() -> new RuleViolationException(Violation.of("category", "validation.required")));
        String from = t.getCategory().getSlug();
        t.moveTo(target);
        audit.record(actor, "forum.topic.moved", "topic", t.getId(), from + " → " + target.getSlug());
        changes.fire(new ForumChanged(t.getId(), t.getSheetId()));
    }

    /** Slow mode: one post per person every N minutes in the topic (0 turns it off). */
    public void slowMode(Actor actor, long topicId, int minutes) {
        Topic t = topic(actor, topicId);
        t.slowMode(minutes);
        audit.record(actor, "forum.topic.slowMode", "topic", t.getId(), minutes + " min");
        changes.fire(new ForumChanged(t.getId(), t.getSheetId()));
    }

    /** Silences a person in the forum for 1, 7 or 30 days; they are told why by mail. Staff cannot be silenced. */
    public void silence(Actor actor, long accountId, int days, String reason) {
        moderator(actor);
        Account a = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (a.isModerator() || a.isAdministrator()) {
            throw new RuleViolationException(Violation.of(null, "validation.forum.silenceStaff"));
        }
        LocalDateTime now = Clock.now();
        ForumMember m = forum.memberForUpdate(accountId);
        m.silence(days, reason, now);
        mail.queue(a.getEmail(), a.getLanguage(), "forumSilenced", a.getDisplayName(), days, m.getSilenceReason());
        audit.record(actor, "forum.member.silenced", "account", accountId, days + " d: " + m.getSilenceReason());
    }

    /** Silences the person with this email (what a moderator knows of them); an unknown email is a rule, not a 404. */
    public void silence(Actor actor, String email, int days, String reason) {
        moderator(actor);
        Account a = accounts.findByEmail(email == null ? "" : Account.normaliseEmail(email))
                .orElseThrow(() -> new RuleViolationException(Violation.of("silenceEmail", "validation.forum.unknownPerson")));
        silence(actor, a.getId(), days, reason);
    }

    public void unsilence(Actor actor, long accountId) {
        moderator(actor);
        accounts.find(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        forum.memberForUpdate(accountId).unsilence();
        audit.record(actor, "forum.member.unsilenced", "account", accountId, null);
    }

    // ---- categories (administrators)

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CategoryView> categories(Actor actor) {
        actor.require(actor.mayAdminister(), "forum.categories");
        return forum.categories().stream().map(c -> ForumService.view(c, java.util.Map.of(), actor)).toList();
    }

    public CategoryView saveCategory(Actor actor, CategoryForm f) {
        actor.require(actor.mayAdminister(), "forum.categories");
        ForumCategory.Texts texts = new ForumCategory.Texts(f.nameCa(), f.nameEs(), f.nameEn(), f.descriptionCa(),
                f.descriptionEs(), f.descriptionEn());
        ForumCategory c;
        if (f.id() == null) {
            if (forum.categories().stream().anyMatch(x -> x.getSlug().equals(f.slug() == null ? "" : f.slug().strip()))) {
                throw new RuleViolationException(Violation.of("slug", "validation.forum.slugTaken"));
            }
            c = new ForumCategory(f.slug(), texts, f.position(), f.readAccess(), f.startAccess(), f.area());
            forum.store(c);
        } else {
            c = forum.category(f.id()).orElseThrow(() -> new NotFoundException("category", f.id()));
            if (c.getVersion() != f.version()) {
                throw new ConcurrentEditException("category", f.id());
            }
            c.change(texts, f.position(), f.readAccess(), f.startAccess(), f.area());
        }
        audit.record(actor, "forum.category.saved", "category", c.getId(), c.getSlug());
        changes.fire(new ForumChanged(0, null));
        return ForumService.view(c, java.util.Map.of(), actor);
    }

    private static void moderator(Actor actor) {
        actor.require(actor.isSignedIn() && actor.isEditor(), "forum.moderate");
    }

    private Post forDecision(Actor actor, long postId, int version) {
        moderator(actor);
        Post post = forum.post(postId).orElseThrow(() -> new NotFoundException("post", postId));
        if (post.getVersion() != version) {
            throw new ConcurrentEditException("post", postId);
        }
        return post;
    }

    private Topic topic(Actor actor, long topicId) {
        moderator(actor);
        return forum.topicForUpdate(topicId).orElseThrow(() -> new NotFoundException("topic", topicId));
    }
}
