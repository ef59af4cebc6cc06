package cat.digicanvis.portal.infrastructure.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed for want of the database, three times, five seconds apart: a request
 * then hung for ten seconds while the database was away. The container's pool already validates its connections
 * and makes new ones, so a failed read fails at once, and the page says "try again in a moment".
 */
public class FailFastSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
