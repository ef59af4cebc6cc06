package cat.digicanvis.portal.domain.model.account;

import cat.digicanvis.portal.domain.shared.EmailAddress;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in: council staff, moderators, administrators. The account knows its own lifecycle
 * (verified before use, disabled by an administrator) and its session epoch: raising it signs the person out
 * of every session at once, which changing the password does too.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.COUNT_ADMINISTRATORS,
        query = "SELECT COUNT(a) FROM Account a WHERE a.administrator = TRUE AND a.status = "
                + "cat.digicanvis.portal.domain.model.account.AccountStatus.ACTIVE")
public class Account {

    public static final String FIND_BY_EMAIL = "Account.findByEmail";
    public static final String COUNT_ADMINISTRATORS = "Account.countAdministrators";
    public static final int NAME_MAX = 120;
    public static final Set<String> LANGUAGES = Set.of("ca", "es", "en");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    @Column(nullable = false)
    private String email;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    /** The name others mention in the forum (@handle); set once, so that old mentions keep pointing here. */
    private String handle;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Column(nullable = false)
    private String language;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;
    private boolean moderator;
    private boolean administrator;
    @Column(name = "session_epoch")
    private int sessionEpoch;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;
    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    protected Account() {
    }

    /** A new account, unusable until its email is verified. */
    public Account(String email, String displayName, String passwordHash, String language, LocalDateTime now) {
        this.email = normaliseEmail(email);
        this.displayName = displayName == null ? "" : displayName.strip();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.language = LANGUAGES.contains(language) ? language : "ca";
        this.status = AccountStatus.UNVERIFIED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Emails compare without case and surrounding spaces. */
    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Checks an email and a display name as typed in a form. */
    public static java.util.List<Violation> checkIdentity(String email, String displayName) {
        java.util.List<Violation> v = new java.util.ArrayList<>();
        String e = normaliseEmail(email);
        if (e.isEmpty()) {
            v.add(Violation.of("email", "validation.required"));
        } else if (!EmailAddress.isValid(e)) {
            v.add(Violation.of("email", "validation.email"));
        }
        if (displayName != null) {
            String n = displayName.strip();
            if (n.isEmpty()) {
                v.add(Violation.of("displayName", "validation.required"));
            } else if (n.length() > NAME_MAX) {
                v.add(Violation.of("displayName", "validation.tooLong", NAME_MAX));
            }
        }
        return v;
    }

    public void verifyEmail(LocalDateTime now) {
        if (status == AccountStatus.UNVERIFIED) {
            status = AccountStatus.ACTIVE;
            updatedAt = now;
        }
    }

    public boolean maySignIn() {
        return status == AccountStatus.ACTIVE;
    }

    public void signedIn(LocalDateTime now) {
        lastLoginAt = now;
    }

    /** A new password ends every other session. */
    public void changePassword(String newHash, LocalDateTime now) {
        passwordHash = Objects.requireNonNull(newHash);
        sessionEpoch++;
        updatedAt = now;
    }

    public void changeEmail(String newEmail, LocalDateTime now) {
        email = normaliseEmail(newEmail);
        updatedAt = now;
    }

    public void rename(String newName, String newLanguage, LocalDateTime now) {
        java.util.List<Violation> v = checkIdentity(email, newName);
        if (!v.isEmpty()) {
            throw new RuleViolationException(v);
        }
        displayName = newName.strip();
        if (LANGUAGES.contains(newLanguage)) {
            language = newLanguage;
        }
        updatedAt = now;
    }

    /**
     * Makes this account the portal's first administrator, with the password the operator configured: whoever
     * may have signed up early with the configured address loses the account (the password they chose no longer
     * works, and their sessions end).
     */
    public void becomeFirstAdministrator(String configuredPasswordHash, LocalDateTime now) {
        changePassword(configuredPasswordHash, now);
        verifyEmail(now);
        enable(now);
        setRoles(moderator, true, now);
    }

    public void signOutEverywhere(LocalDateTime now) {
        sessionEpoch++;
        updatedAt = now;
    }

    /** Administrators grant and withdraw roles; the portal must keep at least one active administrator. */
    public void setRoles(boolean newModerator, boolean newAdministrator, LocalDateTime now) {
        moderator = newModerator;
        administrator = newAdministrator;
        sessionEpoch++;
        updatedAt = now;
    }

    public void disable(LocalDateTime now) {
        status = AccountStatus.DISABLED;
        sessionEpoch++;
        updatedAt = now;
    }

    public void enable(LocalDateTime now) {
        if (status == AccountStatus.DISABLED) {
            status = AccountStatus.ACTIVE;
            updatedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getHandle() {
        return handle;
    }

    /** Gives the account its handle, once; the caller has made sure nobody else has it. */
    public void assignHandle(String newHandle) {
        if (handle == null) {
            handle = Objects.requireNonNull(newHandle);
        }
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getLanguage() {
        return language;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public boolean isModerator() {
        return moderator;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }
}
