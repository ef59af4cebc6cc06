package cat.digicanvis.portal.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The portal's settings, read once from MicroProfile Config. */
@ApplicationScoped
public class PortalSettings {

    @Inject
    @ConfigProperty(name = "portal.demo.enabled", defaultValue = "false")
    boolean demoEnabled;

    @Inject
    @ConfigProperty(name = "portal.upload.max-bytes", defaultValue = "10485760")
    long uploadMaxBytes;

    @Inject
    @ConfigProperty(name = "portal.synthetic.sheets", defaultValue = "0")
    int syntheticSheets;

    @Inject
    @ConfigProperty(name = "portal.synthetic.forum-topics", defaultValue = "0")
    int syntheticForumTopics;

    @Inject
    @ConfigProperty(name = "portal.synthetic.digest-readers", defaultValue = "0")
    int syntheticDigestReaders;

    @Inject
    @ConfigProperty(name = "portal.synthetic.password")
    java.util.Optional<String> syntheticPassword;

    @Inject
    @ConfigProperty(name = "portal.page-cache.enabled", defaultValue = "true")
    boolean pageCacheEnabled;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "portal.https", defaultValue = "false")
    boolean https;

    @Inject
    @ConfigProperty(name = "portal.proxies", defaultValue = " ")
    String proxies;

    @Inject
    @ConfigProperty(name = "portal.mail.host")
    java.util.Optional<String> mailHost;

    @Inject
    @ConfigProperty(name = "portal.mail.port", defaultValue = "25")
    int mailPort;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "observatori@digicanvis.localhost")
    String mailFrom;

    @Inject
    @ConfigProperty(name = "portal.mail.user")
    java.util.Optional<String> mailUser;

    @Inject
    @ConfigProperty(name = "portal.mail.password")
    java.util.Optional<String> mailPassword;

    @Inject
    @ConfigProperty(name = "portal.mail.starttls", defaultValue = "false")
    String mailStartTls;

    @Inject
    @ConfigProperty(name = "portal.mail.reply-address", defaultValue = "forum@digicanvis.localhost")
    String replyAddress;

    @Inject
    @ConfigProperty(name = "portal.mail.imap.host")
    java.util.Optional<String> imapHost;

    @Inject
    @ConfigProperty(name = "portal.mail.imap.port", defaultValue = "993")
    int imapPort;

    @Inject
    @ConfigProperty(name = "portal.mail.imap.ssl", defaultValue = "true")
    boolean imapSsl;

    @Inject
    @ConfigProperty(name = "portal.mail.imap.user")
    java.util.Optional<String> imapUser;

    @Inject
    @ConfigProperty(name = "portal.mail.imap.password")
    java.util.Optional<String> imapPassword;

    @Inject
    @ConfigProperty(name = "portal.mail.imap.poll-seconds", defaultValue = "60")
    int imapPollSeconds;

    @Inject
    @ConfigProperty(name = "portal.admin.email")
    java.util.Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    java.util.Optional<String> adminPassword;

    /** Where the portal is reached from outside, for the links in mails (never taken from a request's Host). */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Whether people reach the portal over HTTPS only (directly or through a TLS-terminating proxy): the session
     * cookie is then Secure and every answer asks browsers to keep to HTTPS (HSTS).
     */
    public boolean https() {
        return https;
    }

    /**
     * The addresses of the reverse proxies in front of the portal: only requests from them are believed about the
     * client's address (X-Forwarded-For) and scheme (X-Forwarded-Proto). Empty: no proxy is trusted.
     */
    public java.util.Set<String> proxies() {
        return java.util.Arrays.stream(proxies.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The SMTP server; empty means mail stays in the outbox. */
    public String mailHost() {
        return mailHost.orElse("");
    }

    public int mailPort() {
        return mailPort;
    }

    public String mailFrom() {
        return mailFrom;
    }

    public String mailUser() {
        return mailUser.orElse("");
    }

    public String mailPassword() {
        return mailPassword.orElse("");
    }

    /** STARTTLS towards the SMTP server: "false" (never), "true" (when offered) or "required" (or no mail goes). */
    public String mailStartTls() {
        return mailStartTls;
    }

    /**
     * The mailbox that answers to forum mails reach; each mail's Reply-To adds a token to it as a
     * subaddress ({@code forum+token@…}), which the mail server delivers to this mailbox.
     */
    public String replyAddress() {
        return replyAddress;
    }

    /** The IMAP server of the reply mailbox; empty: reply by email is off. */
    public String imapHost() {
        return imapHost.orElse("");
    }

    public int imapPort() {
        return imapPort;
    }

    public boolean imapSsl() {
        return imapSsl;
    }

    public String imapUser() {
        return imapUser.orElse(replyAddress);
    }

    public String imapPassword() {
        return imapPassword.orElse("");
    }

    public int imapPollSeconds() {
        return Math.max(1, imapPollSeconds);
    }

    /** The first administrator, created on a start when no administrator exists. */
    public String adminEmail() {
        return adminEmail.orElse("");
    }

    public String adminPassword() {
        return adminPassword.orElse("");
    }

    /** Whether rendered reading pages are kept for visitors without a session (off to measure rendering). */
    public boolean pageCacheEnabled() {
        return pageCacheEnabled;
    }

    public boolean demoEnabled() {
        return demoEnabled;
    }

    /** How many synthetic forum topics to generate for benchmarks (0 outside benchmarks), with 20 posts each. */
    public int syntheticForumTopics() {
        return syntheticForumTopics;
    }

    /** The password of the benchmark's synthetic accounts (only with synthetic forum content). */
    /** Readers with daily digests waiting, for the digest benchmark (needs the synthetic forum). */
    public int syntheticDigestReaders() {
        return syntheticDigestReaders;
    }

    public String syntheticPassword() {
        return syntheticPassword.orElse("");
    }

    /** How many synthetic sheets to generate for benchmarks (0 outside benchmarks). */
    public int syntheticSheets() {
        return syntheticSheets;
    }

    public long uploadMaxBytes() {
        return uploadMaxBytes;
    }
}
