package cat.digicanvis.portal.application.account;

import cat.digicanvis.portal.application.audit.AuditLog;
import cat.digicanvis.portal.application.body.LocalBodyService;
import cat.digicanvis.portal.application.mail.MailService;
import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.AccountStatus;
import cat.digicanvis.portal.domain.model.account.AccountToken;
import cat.digicanvis.portal.domain.model.account.ActionCounter;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.account.LoginThrottle;
import cat.digicanvis.portal.domain.model.account.MailingLimits;
import cat.digicanvis.portal.domain.model.account.PasswordPolicy;
import cat.digicanvis.portal.domain.model.account.TokenPurpose;
import cat.digicanvis.portal.domain.model.audit.AuditEntry;
import cat.digicanvis.portal.domain.model.audit.AuditRepository;
import cat.digicanvis.portal.domain.model.membership.Membership;
import cat.digicanvis.portal.domain.model.membership.MembershipRepository;
import cat.digicanvis.portal.domain.model.request.ContactRequest;
import cat.digicanvis.portal.domain.model.request.ContactRequestRepository;
import cat.digicanvis.portal.domain.model.project.ProjectSheet;
import cat.digicanvis.portal.domain.model.project.ProjectSheetRepository;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.domain.shared.RateLimitException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import cat.digicanvis.portal.application.sheet.SheetChanged;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The account lifecycle: sign-up with a verified email, sign-in with throttling, password reset and change,
 * email change, signing out everywhere, and the person's own data (export, deletion). Answers never reveal
 * whether an email is registered: the mail tells the owner instead.
 */
@Stateless
public class AccountService {

    @Inject
    ActorCache actors;
    @Inject
    cat.digicanvis.portal.domain.model.forum.ForumRepository forum;
    @Inject
    AccountRepository accounts;
    @Inject
    MembershipRepository memberships;
    @Inject
    ContactRequestRepository requests;
    @Inject
    ProjectSheetRepository sheets;
    @Inject
    AuditRepository auditEntries;
    @Inject
    PasswordHasher hasher;
    @Inject
    MailService mail;
    @Inject
    AuditLog audit;
    @Inject
    Event<SheetChanged> sheetChanges;
    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    /**
     * Registers an account and mails a verification link; an email already registered gets a notice instead.
     * Both ways take the same time (the slow hash runs either way), so timing does not tell who is registered,
     * and both count against the mails a visitor can have sent ({@link MailingLimits}).
     */
    public void signUp(String email, String displayName, String password, String confirmation, String language,
            String client) {
        List<Violation> v = new ArrayList<>(Account.checkIdentity(email, displayName));
        v.addAll(checkNewPassword(password, confirmation, email));
        if (!v.isEmpty()) {
            throw new RuleViolationException(v);
        }
        LocalDateTime now = Clock.now();
        limitMail(email, client, now);
        String hash = hasher.hash(password);
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            Account a = existing.get();
            mail.queue(a.getEmail(), a.getLanguage(), "alreadyRegistered", null,
                    mail.link("/account/login.xhtml"), mail.link("/account/forgot.xhtml"));
            return;
        }
        Account a = new Account(email, displayName, hash, language, now);
        accounts.store(a);
        sendVerification(a, now);
    }

    /**
     * Counts a mail a visitor asks the portal to send to {@code email}; refuses it (and counts nothing) when that
     * address or that client had their share this hour. Counted whether or not the address is registered.
     */
    private void limitMail(String email, String client, LocalDateTime now) {
        java.time.Duration wait = mailWait(email, client, now);
        if (!wait.isZero()) {
            // rolls back, so the client's count of this refused mail is undone too
            throw RateLimitException.waiting(List.of(Violation.of(null, "validation.mail.tooMany")),
                    Math.max(1, (wait.toMillis() + 999) / 1000));
        }
    }

    /** Counts a mail to {@code email} asked by {@code client} and returns zero, or how long until one may go. */
    private java.time.Duration mailWait(String email, String client, LocalDateTime now) {
        // the client's counter first, then the target's: one order, no deadlock
        ActionCounter byClient = accounts.lockCounter(MailingLimits.forClient(client), now);
        java.time.Duration wait = byClient.take(now, MailingLimits.PER_CLIENT, MailingLimits.WINDOW);
        if (wait.isZero()) {
            wait = accounts.lockCounter(MailingLimits.forTarget(email), now)
                    .take(now, MailingLimits.PER_TARGET, MailingLimits.WINDOW);
            if (!wait.isZero()) {
                byClient.untake();
            }
        }
        return wait;
    }

    private void sendVerification(Account a, LocalDateTime now) {
        accounts.invalidateTokens(a.getId(), TokenPurpose.VERIFY_EMAIL, now);
        AccountToken.Issued t = AccountToken.issue(a, TokenPurpose.VERIFY_EMAIL, null, now);
        accounts.storeToken(t.token());
        // no name in mails anyone can have sent to any address: it would carry their text to a stranger
        mail.queueWithSecret(t.token().getId(), a.getEmail(), a.getLanguage(), "verify", null,
                mail.oneTimeLink("/account/verify.xhtml?token="), TokenPurpose.VERIFY_EMAIL.lifetime().toHours());
    }

    /**
     * Confirms an email by the mailed link (sign-up or change of address). A sign-up link opened again once the
     * account is verified says so, rather than that the link is invalid.
     */
    public void confirmEmail(String secret) {
        LocalDateTime now = Clock.now();
        AccountToken t = accounts.findToken(secret).orElseThrow(AccountService::invalidToken);
        if (t.getPurpose() == TokenPurpose.VERIFY_EMAIL && t.isUsed() && t.getAccount().getStatus() != AccountStatus.UNVERIFIED) {
            throw new RuleViolationException(Violation.of("token", ALREADY_VERIFIED));
        }
        if (t.usableFor(TokenPurpose.VERIFY_EMAIL, now)) {
            t.getAccount().verifyEmail(now);
        } else if (t.usableFor(TokenPurpose.CHANGE_EMAIL, now)) {
            if (accounts.findByEmail(t.getNewEmail()).isPresent()) {
                throw new RuleViolationException(Violation.of("token", "validation.email.taken"));
            }
            Account a = t.getAccount();
            String old = a.getEmail();
            a.changeEmail(t.getNewEmail(), now);
            mail.queue(old, a.getLanguage(), "emailChanged", a.getDisplayName(), a.getEmail());
        } else {
            throw invalidToken();
        }
        t.use(now);
    }

    /** The answer to a sign-up link opened after the account was verified. */
    public static final String ALREADY_VERIFIED = "verify.already";

    private static RuleViolationException invalidToken() {
        return new RuleViolationException(Violation.of("token", "validation.token.invalid"));
    }

    /**
     * Checks a sign-in, counting failures per email and per client address. Both throttles stay locked while
     * the password is checked, so parallel guesses are counted one after the other and the delays apply to
     * them as to guesses in a row (the address first, then the email: one order, no deadlock).
     */
    public SignInOutcome signIn(String email, String password, String address) {
        LocalDateTime now = Clock.now();
        LoginThrottle byAddress = accounts.lockThrottle(LoginThrottle.forAddress(address == null ? "?" : address), now);
        LoginThrottle byEmail = accounts.lockThrottle(LoginThrottle.forEmail(email), now);
        LoginThrottle.Verdict verdict = byEmail.check(now)
                .max(byAddress.check(now, LoginThrottle.ADDRESS_DELAY_FROM));
        if (verdict.kind() != LoginThrottle.Verdict.Kind.ALLOWED) {
            long seconds = Math.max(1, (verdict.remaining().toMillis() + 999) / 1000);
            return SignInOutcome.waiting(verdict.kind() == LoginThrottle.Verdict.Kind.LOCKED
                    ? SignInOutcome.Kind.LOCKED : SignInOutcome.Kind.WAIT, seconds);
        }
        Optional<Account> found = password == null || password.length() > PasswordPolicy.MAX_LENGTH * 4
                ? Optional.empty() : accounts.findByEmail(email);
        boolean ok;
        if (found.isPresent()) {
            ok = hasher.verify(password, found.get().getPasswordHash());
        } else {
            hasher.verifyNothing(password);
            ok = false;
        }
        if (!ok) {
            boolean locked = byEmail.fail(now, LoginThrottle.EMAIL_LIMIT);
            locked |= byAddress.fail(now, LoginThrottle.ADDRESS_LIMIT);
            return locked ? SignInOutcome.waiting(SignInOutcome.Kind.LOCKED, LoginThrottle.LOCK.toSeconds())
                    : SignInOutcome.of(SignInOutcome.Kind.WRONG);
        }
        Account a = found.get();
        if (a.getStatus() == AccountStatus.UNVERIFIED) {
            // the right password: whoever signs in wrote this address, so a new link goes to it (within the limits)
            if (mailWait(a.getEmail(), address, now).isZero()) {
                sendVerification(a, now);
            }
            return SignInOutcome.of(SignInOutcome.Kind.UNVERIFIED);
        }
        if (a.getStatus() == AccountStatus.DISABLED) {
            return SignInOutcome.of(SignInOutcome.Kind.DISABLED);
        }
        byEmail.reset();
        a.signedIn(now);
        return new SignInOutcome(SignInOutcome.Kind.SIGNED_IN, actorOf(a), a.getSessionEpoch(), 0);
    }

    private Actor actorOf(Account a) {
        return Actor.of(a, memberships.approvedBodyIds(a.getId()));
    }

    /**
     * The actor behind a session, or nothing when the account is gone, disabled, or signed out everywhere
     * since the session began (its epoch moved on).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Actor> actor(long accountId, int sessionEpoch) {
        Optional<Actor> known = actors.get(accountId, sessionEpoch);
        if (known.isPresent()) {
            return known;
        }
        long generation = actors.generation();
        Optional<Actor> actor = accounts.find(accountId)
                .filter(a -> a.maySignIn() && a.getSessionEpoch() == sessionEpoch)
                .map(this::actorOf);
        actor.ifPresent(a -> actors.put(accountId, sessionEpoch, a, generation));
        return actor;
    }

    /** The actor of an account that may sign in, for work it started earlier (a background import). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Actor> actorFor(long accountId) {
        return accounts.find(accountId).filter(Account::maySignIn).map(this::actorOf);
    }

    /** Mails a reset link when the email belongs to an account that may sign in; the answer is the same either way. */
    public void requestPasswordReset(String email, String client) {
        if (!Account.checkIdentity(email, null).isEmpty()) {
            throw new RuleViolationException(Violation.of("email", "validation.email"));
        }
        LocalDateTime now = Clock.now();
        limitMail(email, client, now);
        accounts.findByEmail(email).filter(a -> a.getStatus() != AccountStatus.DISABLED).ifPresent(a -> {
            accounts.invalidateTokens(a.getId(), TokenPurpose.RESET_PASSWORD, now);
            AccountToken.Issued t = AccountToken.issue(a, TokenPurpose.RESET_PASSWORD, null, now);
            accounts.storeToken(t.token());
            mail.queueWithSecret(t.token().getId(), a.getEmail(), a.getLanguage(), "reset", null,
                    mail.oneTimeLink("/account/reset.xhtml?token="), TokenPurpose.RESET_PASSWORD.lifetime().toMinutes());
        });
    }

    /** Whether a reset link is still good (to show the form or an explanation). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean resetTokenUsable(String secret) {
        return accounts.findToken(secret).filter(t -> t.usableFor(TokenPurpose.RESET_PASSWORD, Clock.now()))
                .isPresent();
    }

    /** Sets a new password from a reset link; it signs the account out everywhere. */
    public void resetPassword(String secret, String password, String confirmation) {
        LocalDateTime now = Clock.now();
        AccountToken t = accounts.findToken(secret).filter(x -> x.usableFor(TokenPurpose.RESET_PASSWORD, now))
                .orElseThrow(AccountService::invalidToken);
        Account a = t.getAccount();
        List<Violation> v = checkNewPassword(password, confirmation, a.getEmail());
        if (!v.isEmpty()) {
            throw new RuleViolationException(v);
        }
        a.changePassword(hasher.hash(password), now);
        // the link proved the person reads this mailbox
        a.verifyEmail(now);
        t.use(now);
        mail.queue(a.getEmail(), a.getLanguage(), "passwordChanged", a.getDisplayName());
    }

    /**
     * The password typed again to confirm a change in the settings: wrong guesses count as sign-in failures of
     * the account's email (in a transaction of their own, which the refusal does not undo), with the same waits
     * and lock, so a session left open cannot be used to guess the password.
     */
    private void checkCurrentPassword(Account a, String current) {
        long wait = context.getBusinessObject(AccountService.class).verifyCurrent(a.getId(), current);
        if (wait > 0) {
            throw RateLimitException.waiting(List.of(Violation.of("current", "validation.password.tooManyTries")), wait);
        }
        if (wait < 0) {
            throw new RuleViolationException(Violation.of("current", "validation.password.wrong"));
        }
    }

    /** 0: right; -1: wrong (counted); more: the seconds to wait before the next try. For {@link #checkCurrentPassword}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long verifyCurrent(long accountId, String current) {
        Account a = accounts.find(accountId).orElseThrow();
        LocalDateTime now = Clock.now();
        LoginThrottle t = accounts.lockThrottle(LoginThrottle.forEmail(a.getEmail()), now);
        LoginThrottle.Verdict verdict = t.check(now);
        if (verdict.kind() != LoginThrottle.Verdict.Kind.ALLOWED) {
            return Math.max(1, (verdict.remaining().toMillis() + 999) / 1000);
        }
        if (hasher.verify(current, a.getPasswordHash())) {
            return 0;
        }
        return t.fail(now, LoginThrottle.EMAIL_LIMIT) ? LoginThrottle.LOCK.toSeconds() : -1;
    }

    /** Changes the password of the signed-in person; returns the new session epoch (other sessions end). */
    public int changePassword(Actor actor, String current, String password, String confirmation) {
        Account a = own(actor);
        checkCurrentPassword(a, current);
        List<Violation> v = checkNewPassword(password, confirmation, a.getEmail());
        if (!v.isEmpty()) {
            throw new RuleViolationException(v);
        }
        a.changePassword(hasher.hash(password), Clock.now());
        mail.queue(a.getEmail(), a.getLanguage(), "passwordChanged", a.getDisplayName());
        return a.getSessionEpoch();
    }

    /** Mails a confirmation link to the new address; the change happens when it is followed. */
    public void requestEmailChange(Actor actor, String current, String newEmail) {
        Account a = own(actor);
        checkCurrentPassword(a, current);
        List<Violation> v = Account.checkIdentity(newEmail, null);
        if (!v.isEmpty()) {
            throw new RuleViolationException(v);
        }
        String normalised = Account.normaliseEmail(newEmail);
        if (normalised.equals(a.getEmail())) {
            throw new RuleViolationException(Violation.of("email", "validation.email.same"));
        }
        LocalDateTime now = Clock.now();
        limitMail(normalised, "account:" + a.getId(), now);
        Optional<Account> other = accounts.findByEmail(normalised);
        if (other.isPresent()) {
            // the owner of that address learns about it; the requester learns nothing
            mail.queue(normalised, other.get().getLanguage(), "alreadyRegistered", null,
                    mail.link("/account/login.xhtml"), mail.link("/account/forgot.xhtml"));
            return;
        }
        accounts.invalidateTokens(a.getId(), TokenPurpose.CHANGE_EMAIL, now);
        AccountToken.Issued t = AccountToken.issue(a, TokenPurpose.CHANGE_EMAIL, normalised, now);
        accounts.storeToken(t.token());
        mail.queueWithSecret(t.token().getId(), normalised, a.getLanguage(), "changeEmail", null,
                mail.oneTimeLink("/account/verify.xhtml?token="), TokenPurpose.CHANGE_EMAIL.lifetime().toHours());
    }

    public void updateProfile(Actor actor, String displayName, String language) {
        own(actor).rename(displayName, language, Clock.now());
    }

    /** Ends every session of the account, this one included. */
    public void signOutEverywhere(Actor actor) {
        own(actor).signOutEverywhere(Clock.now());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AccountView me(Actor actor) {
        return AccountView.of(own(actor));
    }

    /** Everything the portal keeps about the person, as JSON (GDPR art. 15 and 20). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String exportData(Actor actor) {
        Account a = own(actor);
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("exportedAt", Clock.now().toString())
                .add("account", Json.createObjectBuilder().add("id", a.getId()).add("email", a.getEmail())
                        .add("displayName", a.getDisplayName()).add("language", a.getLanguage())
                        .add("status", a.getStatus().name()).add("moderator", a.isModerator())
                        .add("administrator", a.isAdministrator()).add("createdAt", a.getCreatedAt().toString())
                        .add("lastSignInAt", a.getLastLoginAt() == null ? "" : a.getLastLoginAt().toString()));
        JsonArrayBuilder ms = Json.createArrayBuilder();
        for (Membership m : memberships.byAccount(a.getId())) {
            ms.add(Json.createObjectBuilder().add("body", m.getBody().getName()).add("bodyId", m.getBody().getId())
                    .add("position", m.getPosition()).add("status", m.getStatus().name())
                    .add("requestedAt", m.getRequestedAt().toString())
                    .add("reason", m.getReason() == null ? "" : m.getReason()));
        }
        root.add("memberships", ms);
        JsonArrayBuilder sent = Json.createArrayBuilder();
        for (ContactRequest r : requests.byRequester(a.getId(), Integer.MAX_VALUE)) {
            sent.add(Json.createObjectBuilder().add("kind", r.getKind().name()).add("status", r.getStatus().name())
                    .add("from", r.getFromBody().getName()).add("to", r.getToBody().getName())
                    .add("sheet", r.getSheetTitle() == null ? "" : r.getSheetTitle()).add("message", r.getMessage())
                    .add("createdAt", r.getCreatedAt().toString()));
        }
        root.add("requestsSent", sent);
        JsonArrayBuilder said = Json.createArrayBuilder();
        for (cat.digicanvis.portal.domain.model.request.RequestMessage m : requests.messagesBy(a.getId())) {
            said.add(Json.createObjectBuilder().add("request", m.getRequestId()).add("kind", m.getKind().name())
                    .add("side", m.getSide().name()).add("at", m.getCreatedAt().toString())
                    .add("visitDate", m.getVisitDate() == null ? "" : m.getVisitDate().toString())
                    .add("text", m.getBody() == null ? "" : m.getBody()));
        }
        root.add("requestMessages", said);
        JsonArrayBuilder written = Json.createArrayBuilder();
        for (ProjectSheet s : sheets.byAuthor(a.getId())) {
            written.add(Json.createObjectBuilder().add("id", s.getId()).add("title", s.getTitle())
                    .add("status", s.getStatus().name()));
        }
        root.add("sheetsWritten", written);
        JsonArrayBuilder listed = Json.createArrayBuilder();
        for (ProjectSheet s : sheets.listingContact(a.getEmail())) {
            listed.add(Json.createObjectBuilder().add("id", s.getId()).add("title", s.getTitle()));
        }
        root.add("listedAsContactOn", listed);
        JsonArrayBuilder actions = Json.createArrayBuilder();
        for (AuditEntry e : auditEntries.byActor(a.getId())) {
            actions.add(Json.createObjectBuilder().add("at", e.getAt().toString()).add("action", e.getAction())
                    .add("target", e.getTargetType() + " " + (e.getTargetId() == null ? "" : e.getTargetId())));
        }
        root.add("actions", actions);
        JsonArrayBuilder posts = Json.createArrayBuilder();
        for (cat.digicanvis.portal.domain.model.forum.Post p : forum.postsBy(a.getId(), Integer.MAX_VALUE)) {
            posts.add(Json.createObjectBuilder().add("id", p.getId()).add("topic", p.getTopic().getTitle())
                    .add("topicId", p.getTopic().getId()).add("number", p.getNumber()).add("status", p.getStatus().name())
                    .add("createdAt", p.getCreatedAt().toString())
                    .add("editedAt", p.getEditedAt() == null ? "" : p.getEditedAt().toString()).add("text", p.getBody()));
        }
        root.add("forumPosts", posts);
        JsonArrayBuilder marks = Json.createArrayBuilder();
        for (Object[] m : forum.marksBy(a.getId())) {
            marks.add(Json.createObjectBuilder().add("kind", (String) m[0]).add("post", ((Number) m[1]).longValue())
                    .add("at", String.valueOf(m[2])).add("reason", m[3] == null ? "" : m[3].toString())
                    .add("note", m[4] == null ? "" : m[4].toString()));
        }
        root.add("forumLikesBookmarksFlags", marks);
        StringWriter out = new StringWriter();
        Json.createWriterFactory(Map.of(jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out).write(root.build());
        return out.toString();
    }

    /**
     * Deletes the account after checking its password: memberships, requests not yet forwarded and links go with
     * it; forwarded requests and their conversations stay with both bodies as a former member's; its sheets stay with
     * their bodies without an author, and audit entries keep the account number but lose the email.
     */
    public void deleteAccount(Actor actor, String current) {
        deleteAccount(actor, current, false);
    }

    /**
     * As {@link #deleteAccount(Actor, String)}; the person's forum posts stay in their topics as a former
     * member's, or lose their text too when {@code removePosts} (the conversation keeps its numbering).
     */
    public void deleteAccount(Actor actor, String current, boolean removePosts) {
        Account a = own(actor);
        checkCurrentPassword(a, current);
        if (a.isAdministrator() && accounts.countActiveAdministrators() <= 1) {
            throw new RuleViolationException(Violation.of(null, "validation.account.lastAdministrator"));
        }
        for (ProjectSheet s : sheets.byAuthor(a.getId())) {
            s.forgetAuthor();
        }
        for (Membership m : memberships.byAccount(a.getId())) {
            memberships.remove(m);
        }
        for (ContactRequest r : requests.byRequester(a.getId(), Integer.MAX_VALUE)) {
            // what never reached the other body goes; a conversation stays with both bodies, by a former member
            if (r.getStatus().reachedOtherBody()) {
                r.forgetRequester();
            } else {
                requests.remove(r);
            }
        }
        requests.forgetAuthor(a.getId());
        forum.forgetAuthor(a.getId(), cat.digicanvis.portal.domain.model.forum.Post.FORMER_MEMBER, removePosts, "");
        auditEntries.forgetActorEmail(a.getId());
        audit.record(new Actor(a.getId(), null, null, null, false, false, null), "account.deleted", "account",
                a.getId(), null);
        accounts.remove(a);
    }

    /** Removes the signed-in person from the contact people of a sheet (consent withdrawn). */
    public void removeMeAsContact(Actor actor, long sheetId) {
        Account a = own(actor);
        ProjectSheet s = sheets.find(sheetId).orElseThrow(() -> new AccessDeniedException("contact.remove"));
        if (!s.removeContact(a.getEmail())) {
            throw new AccessDeniedException("contact.remove");
        }
        audit.record(actor, "contact.removed", "sheet", sheetId, null);
        sheets.flush();
        sheetChanges.fire(new SheetChanged(sheetId));
    }

    /** Sheets that list the signed-in person as a contact. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<cat.digicanvis.portal.application.sheet.SheetLinkView> listedOn(Actor actor) {
        Account a = own(actor);
        return sheets.listingContact(a.getEmail()).stream()
                .map(s -> new cat.digicanvis.portal.application.sheet.SheetLinkView(s.getId(), s.getTitle(),
                        s.getStatus()))
                .toList();
    }

    /**
     * Creates the first administrator from configuration when the portal has none; returns whether it did.
     * The password must pass the same policy as everybody's.
     */
    public boolean createFirstAdministrator(String email, String password) {
        if (email == null || email.isBlank() || password == null || password.isBlank()
                || accounts.countActiveAdministrators() > 0) {
            return false;
        }
        List<Violation> v = new ArrayList<>(Account.checkIdentity(email, "Administrator"));
        v.addAll(PasswordPolicy.check(password, email));
        if (!v.isEmpty()) {
            throw new RuleViolationException(v);
        }
        LocalDateTime now = Clock.now();
        Account a = accounts.findByEmail(email).orElse(null);
        String hash = hasher.hash(password);
        if (a == null) {
            a = new Account(email, "Administrator", hash, "ca", now);
            accounts.store(a);
        } else {
            // links mailed to an early sign-up must not outlive its password either
            accounts.invalidateTokens(a.getId(), TokenPurpose.RESET_PASSWORD, now);
            accounts.invalidateTokens(a.getId(), TokenPurpose.CHANGE_EMAIL, now);
        }
        a.becomeFirstAdministrator(hash, now);
        audit.record(new Actor(null, "configuration", null, null, false, true, null), "account.firstAdministrator",
                "account", a.getId(), null);
        return true;
    }

    /** Gives a forum handle to accounts made before handles existed, or loaded by SQL (benchmark data). */
    public int assignMissingHandles() {
        return accounts.assignMissingHandles();
    }

    private Account own(Actor actor) {
        if (actor == null || !actor.isSignedIn()) {
            throw new AccessDeniedException("account");
        }
        return accounts.find(actor.accountId()).orElseThrow(() -> new AccessDeniedException("account"));
    }

    private static List<Violation> checkNewPassword(String password, String confirmation, String email) {
        List<Violation> v = new ArrayList<>(PasswordPolicy.check(password, email));
        if (v.isEmpty() && !password.equals(confirmation)) {
            v.add(Violation.of("confirmation", "validation.password.mismatch"));
        }
        return v;
    }

}
