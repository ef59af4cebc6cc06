package cat.digicanvis.portal.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailTokensTest {

    static MailTokens tokens(byte fill) {
        MailTokens t = new MailTokens();
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        t.secrets = name -> key.clone();
        return t;
    }

    final LocalDateTime now = LocalDateTime.of(2026, 12, 1, 10, 0);

    @Test
    void aReplyTokenNamesItsPersonAndTopicAndFitsAnAddress() {
        MailTokens t = tokens((byte) 7);
        String token = t.reply(1234, 98765, now);
        assertTrue(token.matches("[a-z0-9-]+"), token);
        assertTrue(("forum+" + token).length() <= 64, token);
        MailTokens.ReplyCheck c = t.checkReply(token.toUpperCase(), now.plusDays(29));
        assertEquals(MailTokens.Check.VALID, c.check());
        assertEquals(new MailTokens.ReplyTarget(1234, 98765), c.target());
    }

    @Test
    void aReplyTokenExpiresAfterThirtyDays() {
        MailTokens t = tokens((byte) 7);
        String token = t.reply(1, 2, now);
        assertEquals(MailTokens.Check.VALID, t.checkReply(token, now.plusDays(30)).check(), "at least 30 days");
        assertEquals(MailTokens.Check.EXPIRED, t.checkReply(token, now.plusDays(31)).check());
    }

    @Test
    void aChangedTokenOrAnotherKeyIsInvalid() {
        MailTokens t = tokens((byte) 7);
        String token = t.reply(1, 2, now);
        String otherTopic = token.replaceFirst("^r1-2-", "r1-3-");
        assertEquals(MailTokens.Check.INVALID, t.checkReply(otherTopic, now).check());
        assertEquals(MailTokens.Check.INVALID, tokens((byte) 8).checkReply(token, now).check());
        assertEquals(MailTokens.Check.INVALID, t.checkReply("garbage", now).check());
        assertEquals(MailTokens.Check.INVALID, t.checkReply(null, now).check());
    }

    @Test
    void tokensServeOnlyTheirOwnPurpose() {
        MailTokens t = tokens((byte) 7);
        String unsubscribe = t.unsubscribe(55, now);
        assertEquals(Optional.of(55L), t.checkUnsubscribe(unsubscribe, now.plusDays(200)));
        assertEquals(Optional.empty(), t.checkUnsubscribe(unsubscribe, now.plusDays(400)));
        // the same signature over a reply payload is refused, and the other way round
        String reply = t.reply(55, 9, now);
        assertEquals(Optional.empty(), t.checkUnsubscribe("u" + reply.substring(1), now));
        assertEquals(MailTokens.Check.INVALID, t.checkReply("r" + unsubscribe.substring(1), now).check());
    }

    @Test
    void conversationTokensNameARequestAndAnAccountOrAContactsAddress() {
        MailTokens t = tokens((byte) 7);
        LocalDateTime now = LocalDateTime.of(2026, 12, 2, 10, 0);
        String person = t.conversationReply(55, 901, now);
        assertTrue(("forum+" + person).length() <= 64, person);
        MailTokens.ConversationCheck c = t.checkConversation(person.toUpperCase(), now.plusDays(29));
        assertEquals(MailTokens.Check.VALID, c.check());
        assertEquals(new MailTokens.ConversationTarget(901, 55L, null), c.target());
        assertEquals(MailTokens.Check.EXPIRED, t.checkConversation(person, now.plusDays(32)).check());

        String contact = t.contactReply(901, " Laia.Roca@Tarrega.cat ", now);
        MailTokens.ConversationCheck k = t.checkConversation(contact, now);
        assertEquals(MailTokens.Check.VALID, k.check());
        assertEquals(t.emailDigest("laia.roca@tarrega.cat"), k.target().contactDigest(), "the address, normalised");
        assertEquals(901, k.target().requestId());
        assertNotEquals(t.emailDigest("other@tarrega.cat"), k.target().contactDigest());

        // one purpose cannot stand for another, and a changed request number breaks the signature
        assertEquals(MailTokens.Check.INVALID, t.checkReply(person, now).check());
        assertEquals(MailTokens.Check.INVALID, t.checkConversation(t.reply(55, 901, now), now).check());
        assertEquals(MailTokens.Check.INVALID, t.checkConversation(person.replace("-p1-", "-p2-"), now).check());
        assertEquals(MailTokens.Check.INVALID, t.checkConversation("k" + person.substring(1), now).check());
        assertEquals(MailTokens.Check.INVALID, tokens((byte) 8).checkConversation(person, now).check());
    }
}
