package cat.digicanvis.portal.application.mail;

import cat.digicanvis.portal.domain.model.mail.MailMessage;
import cat.digicanvis.portal.domain.model.mail.MailRepository;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.infrastructure.config.PortalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes mails into the outbox in the recipient's language, from the templates in
 * {@code cat/digicanvis/portal/mail/mails*.properties} (Catalan is the base).
 */
@ApplicationScoped
public class MailService {

    static final String BUNDLE = "cat.digicanvis.portal.mail.mails";

    @Inject
    MailRepository outbox;
    @Inject
    Event<MailQueued> queued;
    @Inject
    PortalSettings settings;

    /** How many mails wait in the outbox (for the operators' metrics). */
    public long pending() {
        return outbox.pendingCount();
    }

    /** Queues the template {@code key} ({@code key.subject}, {@code key.body}) with its arguments. */
    public void queue(String recipient, String language, String key, Object... args) {
        store(fromTemplate(recipient, language, key, args));
    }

    /**
     * Queues a template with a one-time link of this token among its arguments, written with
     * {@link #oneTimeLink}: the link's secret is made when the mail is sent and never stored.
     */
    public void queueWithSecret(long tokenId, String recipient, String language, String key, Object... args) {
        store(fromTemplate(recipient, language, key, args).withSecretOf(tokenId));
    }

    /** A link into the portal that ends with the secret of a one-time link, for {@link #queueWithSecret}. */
    public String oneTimeLink(String pathAndQueryBeforeSecret) {
        return link(pathAndQueryBeforeSecret) + MailMessage.SECRET;
    }

    private MailMessage fromTemplate(String recipient, String language, String key, Object... args) {
        ResourceBundle b = bundle(language);
        Locale locale = Locale.forLanguageTag(language);
        String subject = new MessageFormat(b.getString(key + ".subject"), locale).format(args);
        String body = new MessageFormat(b.getString(key + ".body"), locale).format(args) + "\n\n-- \n"
                + new MessageFormat(b.getString("footer"), locale).format(new Object[] {settings.baseUrl()});
        return new MailMessage(recipient, language, subject, body, Clock.now());
    }

    private void store(MailMessage m) {
        outbox.store(m);
        queued.fire(new MailQueued(m.getId()));
    }

    /**
     * Queues a forum mail already written in the recipient's language, with the forum's footer (why it came,
     * the settings, unsubscribing), the address answers go to (null: none) and the one-click unsubscribe link.
     */
    public void queueForum(String recipient, String language, String subject, String body, String replyTo,
            String unsubscribeUrl) {
        Locale locale = Locale.forLanguageTag(language);
        String footer = new MessageFormat(bundle(language).getString("forumFooter"), locale)
                .format(new Object[] {link("/account/notifications.xhtml#mail"), unsubscribeUrl});
        store(new MailMessage(recipient, language, subject, body + "\n\n-- \n" + footer, Clock.now())
                .listMail(replyTo, unsubscribeUrl));
    }

    /**
     * Queues a mail of a request's conversation, already written in the recipient's language: answers go to
     * {@code replyTo} (null: none), and {@code calendar} (null: none) goes with it as an invitation.
     */
    public void queueConversation(String recipient, String language, String subject, String body, String replyTo,
            String calendar) {
        Locale locale = Locale.forLanguageTag(language);
        String footer = new MessageFormat(bundle(language).getString("footer"), locale)
                .format(new Object[] {settings.baseUrl()});
        store(new MailMessage(recipient, language, subject, body + "\n\n-- \n" + footer, Clock.now())
                .listMail(replyTo, null).withCalendar(calendar));
    }

    /** Queues an answer to a mail the portal received (never answered in turn by a well-behaved robot). */
    public void queueAutoReply(String recipient, String language, String key, Object... args) {
        store(fromTemplate(recipient, language, key, args).asAutoReply());
    }

    /** A piece of a mail (a name, a line) in the recipient's language, to pass as an argument of a template. */
    public String text(String language, String key, Object... args) {
        return new MessageFormat(bundle(language).getString(key), Locale.forLanguageTag(language == null ? "ca" : language))
                .format(args);
    }

    /** A link into the portal for a mail. */
    public String link(String pathAndQuery) {
        return settings.baseUrl() + pathAndQuery;
    }

    static ResourceBundle bundle(String language) {
        // no fallback to the JVM's locale: Catalan, the base bundle, answers for anything else
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language == null ? "ca" : language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
