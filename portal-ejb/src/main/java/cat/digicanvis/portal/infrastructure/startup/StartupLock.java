package cat.digicanvis.portal.infrastructure.startup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * MariaDB's named lock for this database, held while a node prepares it (migrations, reference data, demo
 * content): nodes that start together take turns, and the later ones find the work done. The server frees it
 * when the holder's connection ends, so a node that dies while starting does not block the others.
 */
final class StartupLock implements AutoCloseable {

    /** Longer than a first start with demo content takes on a slow machine. */
    static final int WAIT_SECONDS = 600;

    private final Connection connection;

    private StartupLock(Connection connection) {
        this.connection = connection;
    }

    static StartupLock take(DataSource dataSource) {
        try {
            Connection c = dataSource.getConnection();
            try (PreparedStatement s = c.prepareStatement("SELECT GET_LOCK(CONCAT(DATABASE(), '.startup'), ?)")) {
                s.setInt(1, WAIT_SECONDS);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next() || r.getInt(1) != 1) {
                        c.close();
                        throw new IllegalStateException("another node held the startup lock for more than "
                                + WAIT_SECONDS + " s");
                    }
                }
            }
            return new StartupLock(c);
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the startup lock", e);
        }
    }

    @Override
    public void close() {
        try (Connection c = connection; PreparedStatement s =
                c.prepareStatement("SELECT RELEASE_LOCK(CONCAT(DATABASE(), '.startup'))")) {
            s.execute();
        } catch (SQLException e) {
            // the connection's end frees it anyway
        }
    }
}
