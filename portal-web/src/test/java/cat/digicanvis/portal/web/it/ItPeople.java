package cat.digicanvis.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.application.account.AdminService;
import cat.digicanvis.portal.application.account.MembershipService;
import cat.digicanvis.portal.application.account.MembershipView;
import cat.digicanvis.portal.application.account.PasswordHasher;
import cat.digicanvis.portal.application.account.SignInOutcome;
import cat.digicanvis.portal.application.body.LocalBodyService;
import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.shared.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * People for the in-container tests, each test its own: verified accounts with the tests' password, signed in
 * through the real service; members of a council approved by the administrator.
 */
@ApplicationScoped
public class ItPeople {

    public static final String PASSWORD = "Montseny-faig-roure-44";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    AccountRepository accountRepository;
    @Inject
    PasswordHasher hasher;
    @Inject
    AccountService accounts;
    @Inject
    MembershipService memberships;
    @Inject
    AdminService admin;
    @Inject
    LocalBodyService bodies;
    @Inject
    UserTransaction tx;

    /** Signs in from this address (the administrator with the deployment's password). */
    public Actor signIn(String email, String address) {
        SignInOutcome o = accounts.signIn(email, email.startsWith("admin@") ? Deployments.ADMIN_PASSWORD : PASSWORD,
                address);
        assertEquals(SignInOutcome.Kind.SIGNED_IN, o.kind(), email);
        return o.actor();
    }

    /** A new verified account at a domain; its address. */
    public String account(String tag, String domain) throws Exception {
        String email = tag + "-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000 + "@" + domain;
        tx.begin();
        Account a = new Account(email, "Persona " + tag + " " + SEQ.get(), hasher.hash(PASSWORD), "ca", Clock.now());
        a.verifyEmail(Clock.now());
        accountRepository.store(a);
        tx.commit();
        return email;
    }

    /** A verified member of a council (by its INE code), approved by the administrator; signed in. */
    public Actor member(String ine, String tag, String domain, String address) throws Exception {
        String email = account(tag, domain);
        MembershipView m = memberships.request(signIn(email, address), body(ine), "Tècnica");
        admin.approve(signIn(Deployments.ADMIN_EMAIL, address), m.id(), m.version(), null);
        return signIn(email, address);
    }

    public long body(String ine) {
        return bodies.findByCode(BodyType.MUNICIPALITY, ine).orElseThrow().id();
    }
}
