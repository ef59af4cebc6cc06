package cat.digicanvis.portal.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed tokens for the links and addresses of forum mails, so that nothing needs storing: a reply token names
 * a person and a topic (valid 30 days), a conversation token a person (or a contact person's address) and a
 * request, an unsubscribe token names a person. Each is signed (HMAC-SHA-256)
 * with its purpose, so one cannot serve as the other. They are lower case letters, digits and dashes, short
 * enough for the local part of an address (at most 64 characters with the mailbox name).
 */
@ApplicationScoped
public class MailTokens {

    public static final Duration REPLY_LIFETIME = Duration.ofDays(30);
    public static final Duration UNSUBSCRIBE_LIFETIME = Duration.ofDays(366);
    private static final Pattern REPLY = Pattern.compile("r([0-9a-z]{1,12})-([0-9a-z]{1,12})-([0-9a-z]{1,6})-([a-z2-7]{24})");
    private static final Pattern CONVERSATION = Pattern.compile("q([0-9a-z]{1,12})-([0-9a-z]{1,12})-([0-9a-z]{1,6})-([a-z2-7]{24})");
    private static final Pattern CONTACT = Pattern.compile("k([0-9a-z]{1,12})-([a-z2-7]{8})-([0-9a-z]{1,6})-([a-z2-7]{24})");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("u([0-9a-z]{1,12})-([0-9a-z]{1,6})-([a-z2-7]{24})");
    /** The key's name; the portal makes it at start, outside any transaction that could roll it back. */
    public static final String KEY_NAME = "mail-tokens";

    @Inject
    PortalSecrets secrets;

    /** Who may answer into which topic. */
    public record ReplyTarget(long accountId, long topicId) {
    }

    /** What a reply token turned out to be. */
    public enum Check {
        VALID,
        EXPIRED,
        INVALID
    }

    public record ReplyCheck(Check check, ReplyTarget target) {
    }

    public String reply(long accountId, long topicId, LocalDateTime now) {
        String payload = "r" + b36(accountId) + "-" + b36(topicId) + "-" + b36(now.toLocalDate().toEpochDay());
        return payload + "-" + mac("reply", payload);
    }

    public ReplyCheck checkReply(String token, LocalDateTime now) {
        Matcher m = REPLY.matcher(token == null ? "" : token.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return new ReplyCheck(Check.INVALID, null);
        }
        String payload = "r" + m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        if (!same(mac("reply", payload), m.group(4))) {
            return new ReplyCheck(Check.INVALID, null);
        }
        ReplyTarget target = new ReplyTarget(Long.parseLong(m.group(1), 36), Long.parseLong(m.group(2), 36));
        LocalDate issued = LocalDate.ofEpochDay(Long.parseLong(m.group(3), 36));
        // the token carries its day: counted from the end of that day, so that it lasts at least 30 days
        boolean expired = issued.plusDays(1).atStartOfDay().plus(REPLY_LIFETIME).isBefore(now);
        return new ReplyCheck(expired ? Check.EXPIRED : Check.VALID, target);
    }

    /**
     * Who answers into which request's conversation: an account ({@code contactDigest} null), or a contact
     * person of the sheet without one, known by a digest of their address ({@code accountId} null).
     */
    public record ConversationTarget(long requestId, Long accountId, String contactDigest) {
    }

    public record ConversationCheck(Check check, ConversationTarget target) {
    }

    /** A reply token for a person's answers to a request's conversation (valid 30 days, like the forum's). */
    public String conversationReply(long accountId, long requestId, LocalDateTime now) {
        String payload = "q" + b36(accountId) + "-" + b36(requestId) + "-" + b36(now.toLocalDate().toEpochDay());
        return payload + "-" + mac("conversation", payload);
    }

    /** A reply token for a contact person without an account, bound to their address. */
    public String contactReply(long requestId, String email, LocalDateTime now) {
        String payload = "k" + b36(requestId) + "-" + emailDigest(email) + "-" + b36(now.toLocalDate().toEpochDay());
        return payload + "-" + mac("contact", payload);
    }

    /** A short keyed digest of an address, so that the token names a contact without carrying the address. */
    public String emailDigest(String email) {
        return mac("email", email == null ? "" : email.strip().toLowerCase(Locale.ROOT)).substring(0, 8);
    }

    public ConversationCheck checkConversation(String token, LocalDateTime now) {
        String t = token == null ? "" : token.toLowerCase(Locale.ROOT);
        Matcher q = CONVERSATION.matcher(t);
        Matcher k = CONTACT.matcher(t);
        ConversationTarget target;
        String payload;
        String day;
        String sig;
        String purpose;
        if (q.matches()) {
            payload = "q" + q.group(1) + "-" + q.group(2) + "-" + q.group(3);
            target = new ConversationTarget(Long.parseLong(q.group(2), 36), Long.parseLong(q.group(1), 36), null);
            day = q.group(3);
            sig = q.group(4);
            purpose = "conversation";
        } else if (k.matches()) {
            payload = "k" + k.group(1) + "-" + k.group(2) + "-" + k.group(3);
            target = new ConversationTarget(Long.parseLong(k.group(1), 36), null, k.group(2));
            day = k.group(3);
            sig = k.group(4);
            purpose = "contact";
        } else {
            return new ConversationCheck(Check.INVALID, null);
        }
        if (!same(mac(purpose, payload), sig)) {
            return new ConversationCheck(Check.INVALID, null);
        }
        LocalDate issued = LocalDate.ofEpochDay(Long.parseLong(day, 36));
        boolean expired = issued.plusDays(1).atStartOfDay().plus(REPLY_LIFETIME).isBefore(now);
        return new ConversationCheck(expired ? Check.EXPIRED : Check.VALID, target);
    }

    public String unsubscribe(long accountId, LocalDateTime now) {
        String payload = "u" + b36(accountId) + "-" + b36(now.toLocalDate().toEpochDay());
        return payload + "-" + mac("unsubscribe", payload);
    }

    /** The account an unsubscribe token names, if it is genuine and not older than a year. */
    public Optional<Long> checkUnsubscribe(String token, LocalDateTime now) {
        Matcher m = UNSUBSCRIBE.matcher(token == null ? "" : token.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        String payload = "u" + m.group(1) + "-" + m.group(2);
        LocalDate issued = LocalDate.ofEpochDay(Long.parseLong(m.group(2), 36));
        if (!same(mac("unsubscribe", payload), m.group(3)) || issued.atStartOfDay().plus(UNSUBSCRIBE_LIFETIME).isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(m.group(1), 36));
    }

    private static String b36(long n) {
        return Long.toString(n, 36);
    }

    private String mac(String purpose, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.key(KEY_NAME), "HmacSHA256"));
            byte[] sig = mac.doFinal((purpose + ":" + payload).getBytes(StandardCharsets.US_ASCII));
            return base32(sig, 15);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /** RFC 4648 base32 in lower case (case-proof in addresses), of the first {@code n} bytes (n a multiple of 5). */
    static String base32(byte[] bytes, int n) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i += 5) {
            long chunk = 0;
            for (int j = 0; j < 5; j++) {
                chunk = (chunk << 8) | (bytes[i + j] & 0xff);
            }
            for (int k = 7; k >= 0; k--) {
                out.append(alphabet.charAt((int) ((chunk >> (k * 5)) & 31)));
            }
        }
        return out.toString();
    }
}
