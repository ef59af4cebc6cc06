package cat.digicanvis.portal.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * How many times one key (a target address, a client address) did a limited action in the current window. The
 * window is fixed: it starts at the first action after the previous one ended.
 */
@Entity
@Table(name = "action_counter")
@NamedQuery(name = ActionCounter.PURGE, query = "DELETE FROM ActionCounter c WHERE c.windowStart < :before")
public class ActionCounter {

    public static final String PURGE = "ActionCounter.purge";
    /** Longer keys (the column's size) are replaced by their digest. */
    static final int MAX_KEY = 300;

    @Id
    @Column(name = "counter_key")
    private String key;
    private int actions;
    @Column(name = "window_start", nullable = false)
    private LocalDateTime windowStart;

    protected ActionCounter() {
    }

    public ActionCounter(String key, LocalDateTime now) {
        this.key = key;
        this.windowStart = now;
    }

    /** {@code prefix + value}, or the value's digest when that would not fit the key column. */
    public static String key(String prefix, String value) {
        String key = prefix + value;
        return key.length() <= MAX_KEY ? key : prefix + "#" + AccountToken.hash(value);
    }

    /**
     * Counts one action when the window still has room; otherwise counts nothing and returns how long until it
     * has (zero: counted).
     */
    public Duration take(LocalDateTime now, int limit, Duration window) {
        if (!now.isBefore(windowStart.plus(window))) {
            windowStart = now;
            actions = 0;
        }
        if (actions >= limit) {
            return Duration.between(now, windowStart.plus(window));
        }
        actions++;
        return Duration.ZERO;
    }

    /** Gives back the last action counted (another limit refused what it was for). */
    public void untake() {
        actions = Math.max(0, actions - 1);
    }

    public String getKey() {
        return key;
    }

    public int getActions() {
        return actions;
    }
}
