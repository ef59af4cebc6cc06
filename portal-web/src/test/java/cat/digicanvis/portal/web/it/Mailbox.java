package cat.digicanvis.portal.web.it;

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
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server.getSmtp().getPort();
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
