package cat.digicanvis.portal.web.it;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in the test JVM; the deployed portal sends its mail here, and tests read
 * the links out of the mail as a person would.
 */
public final class Mailbox {

    private static GreenMail server;
    /** The portal's reply mailbox: answers to forum mails go to forum+token@… and land here. */
    public static final String REPLY_ADDRESS = "forum@it.digicanvis.test";
    public static final String IMAP_PASSWORD = "reply-mailbox-it";
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private Mailbox() {
    }

    public static synchronized int port() {
        if (server == null) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            int imap;
            try (ServerSocket s = new ServerSocket(0)) {
                imap = s.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server = new GreenMail(new ServerSetup[] {new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
            server.start();
            // subaddressing, as a real server: forum+token@… is delivered to forum@…
            UserManager users = server.getUserManager();
            try {
                users.createUser(REPLY_ADDRESS, REPLY_ADDRESS, IMAP_PASSWORD);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            users.setMessageDeliveryHandler((message, address) -> {
                String email = address.getEmail();
                int plus = email.indexOf('+');
                int at = email.lastIndexOf('@');
                String box = plus > 0 && plus < at ? email.substring(0, plus) + email.substring(at) : email;
                GreenMailUser user = users.getUserByEmail(box);
                return user != null ? user : users.createUser(box, box, box);
            });
        }
        return server.getSmtp().getPort();
    }

    public static synchronized int imapPort() {
        port();
        return server.getImap().getPort();
    }

    /** A person's mail program sends a mail (plain text) through the SMTP server, with extra headers. */
    public static void send(String from, String to, String subject, String text, String... headers) {
        port();
        try {
            MimeMessage m = new MimeMessage(server.getSmtp().createSession());
            m.setFrom(new jakarta.mail.internet.InternetAddress(from));
            m.setRecipients(Message.RecipientType.TO, to);
            m.setSubject(subject, "UTF-8");
            m.setText(text, "UTF-8");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                m.setHeader(headers[i], headers[i + 1]);
            }
            m.saveChanges();
            jakarta.mail.Transport.send(m);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The calendar invitation a mail carries (its text/calendar part), or null when it has none. */
    public static String calendar(MimeMessage m) {
        try {
            if (!(m.getContent() instanceof jakarta.mail.Multipart multipart)) {
                return null;
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                if (part.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("text/calendar")) {
                    return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail's Reply-To address. */
    public static String replyTo(MimeMessage m) {
        try {
            return ((jakarta.mail.internet.InternetAddress) m.getReplyTo()[0]).getAddress();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name, null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mails received for an address so far. */
    public static List<MimeMessage> to(String address) {
        port();
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** Waits for the n-th mail to an address (mail is sent after commit, asynchronously). */
    public static MimeMessage await(String address, int count) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            List<MimeMessage> got = to(address);
            if (got.size() >= count) {
                return got.get(count - 1);
            }
            server.waitForIncomingEmail(500, server.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail number " + count + " for " + address + " within 30 s; got " + to(address).size());
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body(MimeMessage m) {
        return GreenMailUtil.getBody(m);
    }

    /** The path and query of the first portal link in a mail whose path contains {@code part}. */
    public static String link(MimeMessage m, String part) {
        String text = decoded(m);
        Matcher matcher = LINK.matcher(text);
        while (matcher.find()) {
            String url = matcher.group();
            if (url.contains(part)) {
                return url.replaceFirst("^https?://[^/]+", "");
            }
        }
        throw new AssertionError("no link with " + part + " in: " + text);
    }

    static String decoded(MimeMessage m) {
        try {
            Object content = m.getContent();
            return content.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
