package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.application.mail.MailService;
import cat.digicanvis.portal.application.mail.MailTokens;
import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.AccountStatus;
import cat.digicanvis.portal.domain.model.forum.ForumRepository;
import cat.digicanvis.portal.domain.model.forum.MailFrequency;
import cat.digicanvis.portal.domain.model.forum.MailPreference;
import cat.digicanvis.portal.domain.model.forum.MailReplyText;
import cat.digicanvis.portal.domain.model.forum.Notification;
import cat.digicanvis.portal.domain.model.forum.NotificationKind;
import cat.digicanvis.portal.domain.model.forum.NotificationRepository;
import cat.digicanvis.portal.domain.model.forum.Post;
import cat.digicanvis.portal.domain.model.forum.Topic;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.infrastructure.config.PortalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Forum mail in the recipient's language: a notification at once (with the post's text, and a Reply-To
 * address that carries a token for this person and topic, so answering the mail answers in the topic), or a
 * digest of what is new. Every one has the one-click unsubscribe link and the link to the settings.
 */
@ApplicationScoped
public class ForumMailer {

    /** Longest post text copied into a mail; the rest is one click away. */
    static final int TEXT_MAX = 4000;
    static final int EXCERPT_MAX = 200;

    @Inject
    AccountRepository accounts;
    @Inject
    NotificationRepository notifications;
    @Inject
    ForumRepository forum;
    @Inject
    MailService mail;
    @Inject
    MailTokens tokens;
    @Inject
    PortalSettings settings;

    /** The recipient, when this notification goes out by mail at once (verified accounts only). */
    public Optional<Account> mailsAtOnce(long recipientId, NotificationKind kind) {
        MailFrequency f = notifications.preference(recipientId).map(p -> p.frequencyOf(kind))
                .orElse(kind.isDirect() ? MailPreference.DEFAULT_DIRECT : MailPreference.DEFAULT_OTHER);
        if (f != MailFrequency.IMMEDIATE) {
            return Optional.empty();
        }
        return accounts.find(recipientId).filter(a -> a.getStatus() == AccountStatus.ACTIVE);
    }

    /** Mails one notification now. A hidden post's author already gets the moderator's reason by mail. */
    public void mailNow(Account to, NotificationKind kind, Topic topic, Post post) {
        if (kind == NotificationKind.HIDDEN) {
            return;
        }
        String lang = to.getLanguage();
        LocalDateTime now = Clock.now();
        String link = mail.link("/forum/post.xhtml?id=" + post.getId());
        String replyTo = topic.isClosed() || !replyByMail() ? null
                : replyAddress(tokens.reply(to.getId(), topic.getId(), now));
        StringBuilder body = new StringBuilder();
        if (replyTo != null) {
            // the answer is what is written above this line (MailReplyText cuts there)
            body.append(mail.text(lang, "forumMail.marker", MailReplyText.MARKER)).append("\n\n");
        }
        body.append(mail.text(lang, "forumMail.hello", to.getDisplayName())).append("\n\n");
        body.append(lead(lang, kind, topic, post.getAuthorName())).append("\n\n");
        if (kind != NotificationKind.APPROVED && kind != NotificationKind.ACCEPTED) {
            body.append(quoted(post.getBody())).append("\n\n");
        }
        body.append(mail.text(lang, "forumMail.view", link)).append("\n\n");
        if (replyTo != null) {
            body.append(mail.text(lang, "forumMail.replyHint")).append("\n");
        }
        mail.queueForum(to.getEmail(), lang, subject(lang, topic), body.toString(), replyTo, unsubscribeUrl(to.getId(), now));
    }

    /**
     * One person's digest: their unread notifications not yet mailed, of the kinds they want at this frequency,
     * grouped by topic; marks them mailed in the same transaction. Returns how many it carried (0: no mail).
     */
    public int digest(long recipientId, MailFrequency frequency, LocalDateTime since, LocalDateTime now) {
        List<Notification> items = notifications.digestItems(recipientId, frequency, since);
        Account to = accounts.find(recipientId).orElse(null);
        if (items.isEmpty() || to == null) {
            return 0;
        }
        String lang = to.getLanguage();
        Map<Long, List<Notification>> byTopic = new LinkedHashMap<>();
        for (Notification n : items) {
            byTopic.computeIfAbsent(n.getTopicId(), k -> new ArrayList<>()).add(n);
        }
        Map<Long, Post> posts = new java.util.HashMap<>();
        for (Post p : forum.posts(items.stream().map(Notification::getPostId).distinct().toList())) {
            posts.put(p.getId(), p);
        }
        StringBuilder body = new StringBuilder();
        body.append(mail.text(lang, "forumMail.hello", to.getDisplayName())).append("\n\n");
        body.append(mail.text(lang, "forumDigest.intro." + frequency.name())).append("\n");
        int carried = 0;
        for (Map.Entry<Long, List<Notification>> e : byTopic.entrySet()) {
            Topic topic = forum.topic(e.getKey()).orElse(null);
            if (topic == null) {
                continue;
            }
            body.append("\n").append(mail.text(lang, "forumDigest.topic", topic.getTitle(),
                    topic.getCategory().texts().name(lang))).append("\n");
            for (Notification n : e.getValue()) {
                Post p = posts.get(n.getPostId());
                if (p == null || !p.isVisible() && n.getKind() != NotificationKind.HIDDEN) {
                    continue;
                }
                carried++;
                body.append(" - ").append(lead(lang, n.getKind(), topic, n.getActorName())).append("\n");
                if (n.getKind() != NotificationKind.HIDDEN) {
                    body.append("   ").append(excerpt(p.getBody())).append("\n");
                }
                body.append("   ").append(mail.link("/forum/post.xhtml?id=" + p.getId())).append("\n");
            }
        }
        notifications.markMailed(items.stream().map(Notification::getId).toList(), now);
        if (carried == 0) {
            return 0;
        }
        mail.queueForum(to.getEmail(), lang, mail.text(lang, "forumDigest.subject." + frequency.name(), carried),
                body.toString(), null, unsubscribeUrl(to.getId(), now));
        return carried;
    }

    /** Whether answers to forum mails are read back (a reply mailbox is configured). */
    public boolean replyByMail() {
        return !settings.imapHost().isBlank();
    }

    /** Where an answer to a mail about a topic goes: the reply mailbox with the token as subaddress. */
    public String replyAddress(String token) {
        String address = settings.replyAddress();
        int at = address.lastIndexOf('@');
        return address.substring(0, at) + "+" + token + address.substring(at);
    }

    /** The token of an address in the reply address's form ({@code forum+TOKEN@…}), if it is one. */
    public Optional<String> replyToken(String address) {
        String reply = settings.replyAddress().toLowerCase(java.util.Locale.ROOT);
        int at = reply.lastIndexOf('@');
        String prefix = reply.substring(0, at) + "+";
        String domain = reply.substring(at);
        String a = address == null ? "" : address.toLowerCase(java.util.Locale.ROOT).strip();
        return a.startsWith(prefix) && a.endsWith(domain)
                ? Optional.of(a.substring(prefix.length(), a.length() - domain.length())) : Optional.empty();
    }

    String unsubscribeUrl(long accountId, LocalDateTime now) {
        return mail.link("/mail/unsubscribe?t=" + tokens.unsubscribe(accountId, now));
    }

    private String subject(String lang, Topic topic) {
        return mail.text(lang, "forumMail.subject", topic.getCategory().texts().name(lang), topic.getTitle());
    }

    private String lead(String lang, NotificationKind kind, Topic topic, String actor) {
        return mail.text(lang, "forumMail.lead." + kind.name(), actor == null || actor.isEmpty() ? "—" : actor,
                topic.getTitle(), topic.getCategory().texts().name(lang));
    }

    /** The post as a mail quotes it, cut at a paragraph when it is long. */
    static String quoted(String markdown) {
        String text = markdown.strip();
        if (text.length() > TEXT_MAX) {
            int cut = text.lastIndexOf("\n\n", TEXT_MAX);
            text = text.substring(0, cut > TEXT_MAX / 2 ? cut : TEXT_MAX) + " […]";
        }
        return text;
    }

    static String excerpt(String markdown) {
        String flat = markdown.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT_MAX ? flat : flat.substring(0, EXCERPT_MAX - 1).strip() + "…";
    }
}
