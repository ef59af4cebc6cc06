package cat.digicanvis.portal.infrastructure.mail;

import cat.digicanvis.portal.application.forum.InboundMail;
import cat.digicanvis.portal.application.forum.ReplyByMail;
import cat.digicanvis.portal.infrastructure.config.PortalSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads the reply mailbox over IMAP every {@code portal.mail.imap.poll-seconds} (a minute by default) and hands
 * each mail to {@link ReplyByMail}; a mail that was handled (posted, refused or ignored) is deleted from the
 * mailbox. One reading at a time (a singleton's lock); a mail read twice is still handled once (its key).
 */
@Singleton
@Startup
public class ImapReplyReader {

    private static final Logger LOG = Logger.getLogger(ImapReplyReader.class.getName());
    /** Longest text taken from one mail; a post holds at most 32,000 characters anyway. */
    private static final int TEXT_MAX = 200_000;

    @Resource
    TimerService timers;
    @Inject
    PortalSettings settings;
    @Inject
    ReplyByMail replies;

    @PostConstruct
    void start() {
        if (!settings.imapHost().isBlank()) {
            long every = settings.imapPollSeconds() * 1000L;
            timers.createIntervalTimer(Math.min(every, 10_000), every, new TimerConfig(null, false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        try {
            readNow();
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "reply mailbox not read: {0}", e.toString());
        }
    }

    /** Reads and handles every mail in the reply mailbox now; returns how many were handled. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int readNow() throws MessagingException {
        if (settings.imapHost().isBlank()) {
            return 0;
        }
        Properties p = new Properties();
        String protocol = settings.imapSsl() ? "imaps" : "imap";
        p.put("mail.store.protocol", protocol);
        p.put("mail." + protocol + ".connectiontimeout", "5000");
        p.put("mail." + protocol + ".timeout", "20000");
        Session session = Session.getInstance(p);
        int handled = 0;
        try (Store store = session.getStore(protocol)) {
            store.connect(settings.imapHost(), settings.imapPort(), settings.imapUser(), settings.imapPassword());
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                for (Message m : inbox.getMessages()) {
                    if (m.isSet(Flags.Flag.DELETED)) {
                        continue;
                    }
                    try {
                        ReplyByMail.Outcome o = replies.receive(read((MimeMessage) m));
                        LOG.info(() -> "mail to the reply mailbox: " + o);
                        m.setFlag(Flags.Flag.DELETED, true);
                        handled++;
                    } catch (MessagingException | IOException | RuntimeException e) {
                        // left in the mailbox: the next reading tries again (the database may be away)
                        LOG.log(Level.WARNING, "mail in the reply mailbox not handled: {0}", e.toString());
                    }
                }
            } finally {
                inbox.close(true);
            }
        }
        return handled;
    }

    static InboundMail read(MimeMessage m) throws MessagingException, IOException {
        String from = "";
        Address[] froms = m.getFrom();
        if (froms != null && froms.length > 0 && froms[0] instanceof InternetAddress ia) {
            from = ia.getAddress() == null ? "" : ia.getAddress();
        }
        List<String> to = new ArrayList<>();
        Address[] all = m.getAllRecipients();
        if (all != null) {
            for (Address a : all) {
                if (a instanceof InternetAddress ia && ia.getAddress() != null) {
                    to.add(ia.getAddress());
                }
            }
        }
        for (String h : new String[] {"Delivered-To", "X-Original-To", "Envelope-To"}) {
            String[] values = m.getHeader(h);
            if (values != null) {
                for (String v : values) {
                    to.add(v.replaceAll("[<>]", "").strip());
                }
            }
        }
        String text = text(m);
        if (text.length() > TEXT_MAX) {
            text = text.substring(0, TEXT_MAX);
        }
        return new InboundMail(key(m), from, to, m.getSubject(), text, automatic(m, from));
    }

    /** The Message-ID identifies a mail across readings; without one, its content does. */
    static String key(MimeMessage m) throws MessagingException, IOException {
        byte[] basis;
        String id = m.getMessageID();
        if (id != null && !id.isBlank()) {
            basis = ("id:" + id.strip()).getBytes(StandardCharsets.UTF_8);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            basis = out.toByteArray();
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(basis));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Mail that a program sent on its own (RFC 3834, bulk mail, delivery reports): never answered. */
    static boolean automatic(MimeMessage m, String from) throws MessagingException {
        String auto = m.getHeader("Auto-Submitted", null);
        if (auto != null && !auto.strip().equalsIgnoreCase("no")) {
            return true;
        }
        String precedence = m.getHeader("Precedence", null);
        if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
            return true;
        }
        if (m.getHeader("X-Autoreply", null) != null || m.getHeader("X-Autorespond", null) != null) {
            return true;
        }
        String type = m.getContentType() == null ? "" : m.getContentType().toLowerCase(Locale.ROOT);
        String local = from.toLowerCase(Locale.ROOT);
        return type.startsWith("multipart/report") || local.startsWith("mailer-daemon@") || local.startsWith("postmaster@");
    }

    /** The plain text of a mail: its text/plain part, else its HTML part as text without the quoted mail. */
    static String text(Part p) throws MessagingException, IOException {
        String plain = first(p, "text/plain");
        if (plain != null) {
            return plain;
        }
        String html = first(p, "text/html");
        if (html == null) {
            return "";
        }
        Document d = Jsoup.parse(html);
        // the quoted mail below an answer (Gmail, Apple Mail, Thunderbird, Outlook)
        d.select("blockquote, .gmail_quote, #appendonsend, #divRplyFwdMsg, .moz-cite-prefix").remove();
        d.select("br").after("\n");
        d.select("p, div, li, h1, h2, h3, tr").after("\n\n");
        return d.wholeText().replace('\u00a0', ' ').replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String first(Part p, String type) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
            return null;
        }
        if (p.isMimeType(type)) {
            Object c = p.getContent();
            return c instanceof String s ? s : null;
        }
        if (p.isMimeType("multipart/*") && p.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String found = first(mp.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
