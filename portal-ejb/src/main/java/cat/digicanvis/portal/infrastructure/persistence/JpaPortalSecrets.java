package cat.digicanvis.portal.infrastructure.persistence;

import cat.digicanvis.portal.application.mail.PortalSecrets;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import cat.digicanvis.portal.infrastructure.config.PortalDataSource;

/**
 * Keys in the {@code portal_secret} table: the first node to need one inserts it (INSERT IGNORE, so two nodes
 * starting together agree on the one that landed), and every node reads that one back and keeps it.
 */
@ApplicationScoped
public class JpaPortalSecrets implements PortalSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    @Override
    public byte[] key(String name) {
        return keys.computeIfAbsent(name, this::load).clone();
    }

    private byte[] load(String name) {
        // its own connection, outside the caller's transaction: the key must be there for every node at once
        try (Connection c = dataSource.getConnection()) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            try (PreparedStatement p = c.prepareStatement("INSERT IGNORE INTO portal_secret (name, secret) VALUES (?, ?)")) {
                p.setString(1, name);
                p.setBytes(2, fresh);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("SELECT secret FROM portal_secret WHERE name = ?")) {
                p.setString(1, name);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getBytes(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("portal secret " + name, e);
        }
    }
}
