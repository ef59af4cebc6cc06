package cat.digicanvis.portal.application.forum;

import cat.digicanvis.portal.application.mail.MailService;
import cat.digicanvis.portal.application.mail.MailTokens;
import cat.digicanvis.portal.application.request.ConversationService;
import cat.digicanvis.portal.application.text.ViolationTexts;
import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.AccountStatus;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.forum.InboundMailRepository;
import cat.digicanvis.portal.domain.model.forum.MailReplyText;
import cat.digicanvis.portal.domain.model.membership.MembershipRepository;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import cat.digicanvis.portal.infrastructure.config.PortalSettings;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers to forum mails, posted as their author: the address the answer went to carries a token for a person
 * and a topic (or for a request's conversation, see {@link ConversationService#receiveByMail}); the sender must be that person; the text, without the quoted mail and the signature, is posted
 * with the same rules and limits as in the portal. Anything else is refused and the sender is told why
 * (robots excepted). Each mail is recorded by its key first, so reading it again posts and answers nothing.
 */
@Stateless
public class ReplyByMail {

    /** What became of a mail. */
    public enum Outcome {
        POSTED,
        AWAITING_APPROVAL,
        REFUSED,
        IGNORED,
        REPEAT
    }

    @Inject
    InboundMailRepository inbound;
    @Inject
    MailTokens tokens;
    @Inject
    ForumMailer mailer;
    @Inject
    AccountRepository accounts;
    @Inject
    MembershipRepository memberships;
    @Inject
    ForumService forum;
    @Inject
    MailService mail;
    @Inject
    ConversationService conversations;
    /**
     * The web layer's sentences for broken rules. In the WAR (Payara Micro, bin/run) there is one; in the EAR an
     * EJB module cannot see the web module's beans, and a refusal then says which kind of rule, not which one.
     */
    @Inject
    jakarta.enterprise.inject.Instance<ViolationTexts> violationTexts;
    @Inject
    PortalSettings settings;
    @Resource
    SessionContext context;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome receive(InboundMail m) {
        ReplyByMail self = context.getBusinessObject(ReplyByMail.class);
        try {
            return self.post(m);
        } catch (ReplyRefused e) {
            return self.refuse(m, e.reason(), List.of());
        } catch (RuleViolationException e) {
            return self.refuse(m, "rules", e.violations());
        } catch (AccessDeniedException | NotFoundException e) {
            return self.refuse(m, "notAllowed", List.of());
        }
    }

    /** Posts the answer, or throws why not (rolling back, so the refusal is recorded apart). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome post(InboundMail m) {
        LocalDateTime now = Clock.now();
        if (!inbound.record(m.key(), m.from(), "RECEIVED", null, now)) {
            return Outcome.REPEAT;
        }
        if (m.automatic()) {
            inbound.outcome(m.key(), "IGNORED", null);
            return Outcome.IGNORED;
        }
        Optional<MailTokens.ConversationCheck> conversation = conversationCheck(m, now);
        if (conversation.isPresent()) {
            return intoConversation(m, conversation.get());
        }
        MailTokens.ReplyCheck check = check(m, now);
        if (check.check() == MailTokens.Check.INVALID) {
            throw new ReplyRefused("unknown", null);
        }
        long accountId = check.target().accountId();
        if (check.check() == MailTokens.Check.EXPIRED) {
            throw new ReplyRefused("expired", accountId);
        }
        Account a = accounts.find(accountId).filter(x -> x.getStatus() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new ReplyRefused("sender", accountId));
        if (!a.getEmail().equals(Account.normaliseEmail(m.from()))) {
            throw new ReplyRefused("sender", accountId);
        }
        String text = MailReplyText.clean(m.text());
        if (text.isBlank()) {
            throw new ReplyRefused("empty", accountId);
        }
        PostedView posted = forum.reply(Actor.of(a, memberships.approvedBodyIds(a.getId())),
                check.target().topicId(), text, null);
        Outcome outcome = posted.pending() ? Outcome.AWAITING_APPROVAL : Outcome.POSTED;
        inbound.outcome(m.key(), outcome.name(), posted.postId());
        return outcome;
    }

    /** An answer to a request's conversation (see {@link ConversationService#receiveByMail}). */
    private Outcome intoConversation(InboundMail m, MailTokens.ConversationCheck c) {
        Long accountId = c.target().accountId();
        if (c.check() == MailTokens.Check.EXPIRED) {
            throw new ReplyRefused("expired", accountId);
        }
        String text = MailReplyText.clean(m.text());
        if (text.isBlank()) {
            throw new ReplyRefused("empty", accountId);
        }
        switch (conversations.receiveByMail(c.target(), m.from(), text)) {
            case WRONG_SENDER -> throw new ReplyRefused("sender", accountId);
            case CLOSED -> throw new ReplyRefused("requestClosed", accountId);
            default -> {
                inbound.outcome(m.key(), Outcome.POSTED.name(), null);
                return Outcome.POSTED;
            }
        }
    }

    /** A genuine conversation token among the addresses the mail was sent to, valid ones first. */
    Optional<MailTokens.ConversationCheck> conversationCheck(InboundMail m, LocalDateTime now) {
        Optional<MailTokens.ConversationCheck> expired = Optional.empty();
        for (String address : m.recipients()) {
            Optional<MailTokens.ConversationCheck> c = mailer.replyToken(address)
                    .map(t -> tokens.checkConversation(t, now)).filter(x -> x.check() != MailTokens.Check.INVALID);
            if (c.isPresent() && c.get().check() == MailTokens.Check.VALID) {
                return c;
            }
            expired = expired.or(() -> c);
        }
        return expired;
    }

    /** Records the refusal and tells the sender why, with their text so that nothing is lost. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome refuse(InboundMail m, String reason, List<Violation> violations) {
        LocalDateTime now = Clock.now();
        if (!inbound.record(m.key(), m.from(), "REFUSED:" + reason, null, now)) {
            return Outcome.REPEAT;
        }
        String from = Account.normaliseEmail(m.from());
        if (m.automatic() || from.isEmpty() || ours(from)) {
            return Outcome.REFUSED;
        }
        String lang = accounts.findByEmail(from).map(Account::getLanguage)
                .or(() -> Optional.ofNullable(check(m, now).target()).flatMap(t -> accounts.find(t.accountId()))
                        .map(Account::getLanguage))
                .orElse("ca");
        String details = violationTexts.isResolvable() ? violations.stream()
                .map(v -> "- " + violationTexts.get().describe(v, lang)).collect(Collectors.joining("\n")) : "";
        String why = mail.text(lang, "forumReplyRefused.reason." + reason, details);
        String subject = m.subject() == null || m.subject().isBlank() ? "—" : m.subject().strip();
        mail.queueAutoReply(from, lang, "forumReplyRefused", subject, why, MailReplyText.clean(m.text()));
        return Outcome.REFUSED;
    }

    /** The reply token among the addresses the mail was sent to ({@code forum+token@…}). */
    MailTokens.ReplyCheck check(InboundMail m, LocalDateTime now) {
        MailTokens.ReplyCheck best = new MailTokens.ReplyCheck(MailTokens.Check.INVALID, null);
        for (String address : m.recipients()) {
            Optional<MailTokens.ReplyCheck> c = mailer.replyToken(address).map(t -> tokens.checkReply(t, now));
            if (c.isPresent() && c.get().check() == MailTokens.Check.VALID) {
                return c.get();
            }
            if (c.isPresent() && c.get().check() == MailTokens.Check.EXPIRED) {
                best = c.get();
            }
        }
        return best;
    }

    /** Never answer the portal's own addresses: that is how mail loops start. */
    private boolean ours(String address) {
        return address.equals(Account.normaliseEmail(settings.mailFrom()))
                || address.equals(Account.normaliseEmail(settings.replyAddress())) || mailer.replyToken(address).isPresent();
    }
}
