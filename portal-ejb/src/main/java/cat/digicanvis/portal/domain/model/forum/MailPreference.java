package cat.digicanvis.portal.domain.model.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How a person wants forum mail: {@code direct} for what is addressed to them (mentions, replies, quotes),
 * {@code other} for the rest (watched topics and categories, moderation, accepted answers). Without a row,
 * the defaults hold: direct mail at once, the rest weekly.
 */
@Entity
@Table(name = "forum_mail_preference")
public class MailPreference {

    public static final MailFrequency DEFAULT_DIRECT = MailFrequency.IMMEDIATE;
    public static final MailFrequency DEFAULT_OTHER = MailFrequency.WEEKLY;

    @Id
    @Column(name = "account_id")
    private Long accountId;
    @Version
    private int version;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailFrequency direct;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailFrequency other;

    protected MailPreference() {
    }

    public MailPreference(long accountId) {
        this.accountId = accountId;
        this.direct = DEFAULT_DIRECT;
        this.other = DEFAULT_OTHER;
    }

    public void choose(MailFrequency newDirect, MailFrequency newOther) {
        direct = newDirect == null ? DEFAULT_DIRECT : newDirect;
        other = newOther == null ? DEFAULT_OTHER : newOther;
    }

    /** One-click unsubscribe: no forum mail at all. */
    public void stopAll() {
        direct = MailFrequency.NEVER;
        other = MailFrequency.NEVER;
    }

    /** The frequency for a kind of notification. */
    public MailFrequency frequencyOf(NotificationKind kind) {
        return kind.isDirect() ? direct : other;
    }

    public Long getAccountId() {
        return accountId;
    }

    public int getVersion() {
        return version;
    }

    public MailFrequency getDirect() {
        return direct;
    }

    public MailFrequency getOther() {
        return other;
    }
}
