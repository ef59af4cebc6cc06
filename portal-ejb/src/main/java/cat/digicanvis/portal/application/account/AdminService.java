package cat.digicanvis.portal.application.account;

import cat.digicanvis.portal.application.VersionChecked;
import cat.digicanvis.portal.application.audit.AuditLog;
import cat.digicanvis.portal.application.audit.AuditView;
import cat.digicanvis.portal.application.mail.MailService;
import cat.digicanvis.portal.application.mail.MailView;
import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountOrder;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.audit.AuditRepository;
import cat.digicanvis.portal.domain.model.mail.MailRepository;
import cat.digicanvis.portal.domain.model.membership.Membership;
import cat.digicanvis.portal.domain.model.membership.MembershipRepository;
import cat.digicanvis.portal.domain.model.membership.MembershipStatus;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What only administrators do: manage accounts and their roles, decide membership requests, read the audit
 * log and the outbox. Every method checks the caller first; every change is audited.
 */
@Stateless
@VersionChecked
public class AdminService {

    public static final int PAGE = 50;

    @Inject
    AccountRepository accounts;
    @Inject
    MembershipRepository memberships;
    @Inject
    AuditRepository auditEntries;
    @Inject
    MailRepository outbox;
    @Inject
    MailService mail;
    @Inject
    AuditLog audit;

    /** A page of the accounts whose address or name contains the query, in the order asked. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AccountView> accounts(Actor actor, String query, AccountOrder order, boolean ascending, int first, int max) {
        actor.require(actor.mayAdminister(), "admin.accounts");
        return accounts.search(query, order, ascending, Math.max(0, first), Math.max(1, Math.min(max, PAGE)))
                .stream().map(AccountView::of).toList();
    }

    /** How many accounts {@link #accounts} finds for the query. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long accountCount(Actor actor, String query) {
        actor.require(actor.mayAdminister(), "admin.accounts");
        return accounts.count(query);
    }

    /** Grants or withdraws the moderator and administrator roles; at least one active administrator stays. */
    public void setRoles(Actor actor, long accountId, int version, boolean moderator, boolean administrator) {
        Account a = account(actor, accountId, version);
        if (a.isAdministrator() && !administrator && accounts.countActiveAdministrators() <= 1) {
            throw new RuleViolationException(Violation.of(null, "validation.account.lastAdministrator"));
        }
        a.setRoles(moderator, administrator, Clock.now());
        audit.record(actor, "account.roles", "account", a.getId(),
                "moderator=" + moderator + ", administrator=" + administrator);
    }

    public void disable(Actor actor, long accountId, int version) {
        Account a = account(actor, accountId, version);
        if (a.getId().equals(actor.accountId())) {
            throw new RuleViolationException(Violation.of(null, "validation.account.self"));
        }
        if (a.isAdministrator() && accounts.countActiveAdministrators() <= 1) {
            throw new RuleViolationException(Violation.of(null, "validation.account.lastAdministrator"));
        }
        a.disable(Clock.now());
        audit.record(actor, "account.disabled", "account", a.getId(), null);
    }

    public void enable(Actor actor, long accountId, int version) {
        Account a = account(actor, accountId, version);
        a.enable(Clock.now());
        audit.record(actor, "account.enabled", "account", a.getId(), null);
    }

    private Account account(Actor actor, long accountId, int version) {
        actor.require(actor.mayAdminister(), "admin.accounts");
        Account a = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (a.getVersion() != version) {
            throw new ConcurrentEditException("account", accountId);
        }
        return a;
    }

    /** Requests waiting for a decision, oldest first, then the latest decided ones. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MembershipView> memberships(Actor actor, MembershipStatus status, int first, int max) {
        actor.require(actor.mayAdminister(), "admin.memberships");
        return memberships.byStatus(status, Math.max(0, first), Math.max(1, Math.min(max, 200))).stream()
                .map(MembershipService::view).toList();
    }

    /** How many memberships are in that state, for the administrators' paged lists. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long membershipCount(Actor actor, MembershipStatus status) {
        actor.require(actor.mayAdminister(), "admin.memberships");
        return memberships.countByStatus(status);
    }

    public void approve(Actor actor, long membershipId, int version, String note) {
        Membership m = membership(actor, membershipId, version);
        m.approve(actor.accountId(), note, Clock.now());
        Account a = m.getAccount();
        mail.queue(a.getEmail(), a.getLanguage(), "membershipApproved", a.getDisplayName(), m.getBody().getName(),
                note == null || note.isBlank() ? "-" : note.strip(), mail.link("/project/edit.xhtml"));
        audit.record(actor, "membership.approved", "membership", m.getId(),
                "account " + a.getId() + " → " + m.getBody().getName());
    }

    /** Rejects a request, or revokes an approved membership; the reason goes to the person by mail. */
    public void reject(Actor actor, long membershipId, int version, String reason) {
        Membership m = membership(actor, membershipId, version);
        m.reject(actor.accountId(), reason, Clock.now());
        Account a = m.getAccount();
        mail.queue(a.getEmail(), a.getLanguage(), "membershipRejected", a.getDisplayName(), m.getBody().getName(),
                reason.strip());
        audit.record(actor, "membership.rejected", "membership", m.getId(),
                "account " + a.getId() + " → " + m.getBody().getName() + ": " + reason.strip());
    }

    private Membership membership(Actor actor, long membershipId, int version) {
        actor.require(actor.mayAdminister(), "admin.memberships");
        Membership m = memberships.find(membershipId)
                .orElseThrow(() -> new NotFoundException("membership", membershipId));
        if (m.getVersion() != version) {
            throw new ConcurrentEditException("membership", membershipId);
        }
        if (m.getStatus() == MembershipStatus.REJECTED) {
            throw new RuleViolationException(Violation.of(null, "validation.membership.decided"));
        }
        return m;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditView> audit(Actor actor, int page) {
        actor.require(actor.mayAdminister(), "admin.audit");
        return auditEntries.latest(Math.max(0, page) * PAGE, PAGE).stream()
                .map(AuditView::of).toList();
    }

    /** A page of the outbox; who read which mails is audited (they hold people's addresses and posts). */
    public List<MailView> mail(Actor actor, int page) {
        actor.require(actor.mayAdminister(), "admin.mail");
        List<MailView> mails = outbox.latest(Math.max(0, page) * PAGE, PAGE).stream()
                .map(m -> new MailView(m.getId(), m.getRecipient(), m.getLanguage(), m.getSubject(), m.getBody(),
                        m.getStatus(), m.getAttempts(), m.getLastError(), m.getCreatedAt(), m.getSentAt(),
                        m.isBodyPurged()))
                .toList();
        audit.record(actor, "mail.outbox.read", "mail", null, mails.isEmpty() ? "page " + Math.max(0, page)
                : "page " + Math.max(0, page) + ": mails " + mails.get(mails.size() - 1).id() + "–" + mails.get(0).id());
        return mails;
    }
}
