package cat.digicanvis.portal.web.support;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Whether a failure comes from the database being away (stopped, restarting, unreachable): such a request is
 * answered "try again in a moment" (503 with Retry-After), never as an error of the portal. Said in the log once
 * every 10 s, without a trace, so that an outage does not flood it.
 */
public final class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;
    private static final AtomicLong LAST_LOGGED = new AtomicLong();

    private DatabaseOutage() {
    }

    /** Whether the exception, or one of its causes, says that no connection to the database could be had. */
    public static boolean caused(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 40; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                return true;
            }
            String name = t.getClass().getName();
            String message = t.getMessage() == null ? "" : t.getMessage();
            // the container's pool: no connection could be made or handed out in time
            if (name.endsWith("PoolingException") || message.contains("Error in allocating a connection")
                    || message.contains("Connection could not be allocated")) {
                return true;
            }
        }
        return false;
    }

    /** Notes the outage in the log, at most once every 10 s. */
    public static void log(Throwable e) {
        long now = System.nanoTime();
        long last = LAST_LOGGED.get();
        if (now - last > 10_000_000_000L && LAST_LOGGED.compareAndSet(last, now)) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            LOG.warning("The database does not answer; requests that need it are told to try again: " + root);
        }
    }
}
