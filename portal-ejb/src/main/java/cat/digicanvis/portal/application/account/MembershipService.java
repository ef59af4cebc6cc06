package cat.digicanvis.portal.application.account;

import cat.digicanvis.portal.application.audit.AuditLog;
import cat.digicanvis.portal.application.body.LocalBodyService;
import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.localbody.LocalBody;
import cat.digicanvis.portal.domain.model.localbody.LocalBodyRepository;
import cat.digicanvis.portal.domain.model.membership.Membership;
import cat.digicanvis.portal.domain.model.membership.MembershipRepository;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** A person asks to belong to a local body; an administrator decides (see {@link AdminService}). */
@Stateless
public class MembershipService {

    @Inject
    MembershipRepository memberships;
    @Inject
    AccountRepository accounts;
    @Inject
    LocalBodyRepository bodies;
    @Inject
    AuditLog audit;

    /** Asks to join a body with a position; asking again after a rejection reopens the request. */
    public MembershipView request(Actor actor, Long bodyId, String position) {
        actor.require(actor.isSignedIn(), "membership.request");
        Account a = accounts.find(actor.accountId()).orElseThrow(() -> new AccessDeniedException("membership"));
        if (bodyId == null) {
            throw new RuleViolationException(Violation.of("body", "validation.required"));
        }
        LocalBody body = bodies.find(bodyId)
                .orElseThrow(() -> new RuleViolationException(Violation.of("body", "validation.unknownBody")));
        Optional<Membership> existing = memberships.find(a.getId(), body.getId());
        Membership m;
        if (existing.isPresent()) {
            m = existing.get();
            m.ask(position, Clock.now());
        } else {
            m = new Membership(a, body, position, Clock.now());
            memberships.store(m);
        }
        audit.record(actor, "membership.requested", "membership", m.getId(), body.getName());
        return view(m);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MembershipView> mine(Actor actor) {
        actor.require(actor.isSignedIn(), "membership.list");
        return memberships.byAccount(actor.accountId()).stream().map(MembershipService::view).toList();
    }

    /** Leaves a body (or withdraws a pending request). */
    public void leave(Actor actor, long membershipId) {
        Membership m = memberships.find(membershipId)
                .filter(x -> x.getAccount().getId().equals(actor.accountId()))
                .orElseThrow(() -> new AccessDeniedException("membership.leave"));
        audit.record(actor, "membership.left", "membership", m.getId(), m.getBody().getName());
        memberships.remove(m);
    }

    static MembershipView view(Membership m) {
        Account a = m.getAccount();
        return new MembershipView(m.getId(), m.getVersion(), a.getId(), a.getEmail(), a.getDisplayName(),
                LocalBodyService.summary(m.getBody()), m.getPosition(), m.getStatus(), m.getReason(),
                m.getRequestedAt(), m.getDecidedAt());
    }
}
