package cat.digicanvis.portal.infrastructure.startup;

import cat.digicanvis.portal.application.account.PasswordHasher;
import cat.digicanvis.portal.infrastructure.config.PortalDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Synthetic forum content for the benchmark (portal.synthetic.forum-topics): N topics with 20 posts each on
 * average, the first topic with 5,000 (a long discussion), all titled and marked as synthetic, written with
 * set-based SQL over MariaDB's sequence tables (200,000 posts in seconds). Also 66 verified benchmark accounts
 * (bench-1… @synthetic.digicanvis.localhost, members of a council so that no newcomer limit applies) with the
 * configured password; bench-37…51 are moderators and bench-62…66 administrators, for the cluster's mixed writers
 * (sheet edits, request reviews). Runs once per database.
 */
@ApplicationScoped
public class SyntheticForumGenerator {

    private static final Logger LOG = Logger.getLogger(SyntheticForumGenerator.class.getName());
    /** The benchmark's readers (16) and posters (50). */
    public static final int ACCOUNTS = 66;
    /** The mixed writers' sheet editors (moderators) and request reviewers (administrators). */
    public static final int FIRST_MODERATOR = 37, LAST_MODERATOR = 51, FIRST_ADMINISTRATOR = 62;
    public static final int LONG_TOPIC_POSTS = 5_000;
    public static final int POSTS_PER_TOPIC = 20;

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;
    @Inject
    PasswordHasher hasher;

    public void generate(int topics, String password) {
        if (password == null || password.length() < 12) {
            throw new IllegalStateException("portal.synthetic.password (12 characters or more) is needed for synthetic forum content");
        }
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM forum_topic WHERE title LIKE '[Sintètic]%'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    roles(c);
                    c.commit();
                    return;
                }
            }
            accounts(c, password);
            roles(c);
            long firstTopic;
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM forum_topic")) {
                rs.next();
                firstTopic = rs.getLong(1) + 1;
            }
            // topics spread over the categories, one a minute back from now
            s.executeUpdate("INSERT INTO forum_topic (id, category_id, title, author_name, created_at, last_post_at,"
                    + " last_poster_name, demo) SELECT " + (firstTopic - 1) + " + seq,"
                    + " (SELECT c.id FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY position, id) AS rn FROM forum_category) c"
                    + "   WHERE c.rn = 1 + seq % (SELECT COUNT(*) FROM forum_category)),"
                    + " CONCAT('[Sintètic] Tema de prova número ', seq, ' sobre transformació digital'),"
                    + " CONCAT('Persona sintètica ', seq % 500), UTC_TIMESTAMP(6) - INTERVAL seq MINUTE,"
                    + " UTC_TIMESTAMP(6) - INTERVAL seq MINUTE, 'Persona sintètica', TRUE FROM seq_1_to_" + topics);
            int others = Math.max(1, topics - 1);
            int spread = Math.max(0, topics * POSTS_PER_TOPIC - LONG_TOPIC_POSTS);
            // the long discussion in the first topic
            posts(s, "SELECT " + firstTopic + " AS topic_id, seq AS number, seq AS n FROM seq_1_to_" + LONG_TOPIC_POSTS);
            // the rest numbered within each of the other topics
            if (topics > 1 && spread > 0) {
                posts(s, "SELECT " + (firstTopic + 1) + " + (seq % " + others + ") AS topic_id, (seq DIV " + others
                        + ") + 1 AS number, seq AS n FROM seq_0_to_" + (spread - 1));
            }
            s.executeUpdate("UPDATE forum_topic t JOIN (SELECT topic_id, COUNT(*) AS c, MAX(created_at) AS m"
                    + " FROM forum_post WHERE topic_id >= " + firstTopic + " GROUP BY topic_id) x ON x.topic_id = t.id"
                    + " SET t.visible_posts = x.c, t.next_number = x.c + 1, t.last_post_at = x.m");
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("synthetic forum content", e);
        }
        LOG.info(() -> "Generated " + topics + " synthetic forum topics in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    /** Notifications each digest reader gets: posts of eight different topics. */
    public static final int DIGEST_ITEMS = 8;

    /**
     * Readers of the digest benchmark: verified accounts who chose daily digests, each with eight unread forum
     * notifications not mailed yet (new posts of synthetic topics they watch, an hour old). Needs the synthetic
     * topics; made once per database.
     */
    public void digestReaders(int readers, String password) {
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM account WHERE email LIKE 'digest-%@synthetic.digicanvis.localhost'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return;
                }
            }
            String hash = hasher.hash(password);
            String[] languages = {"ca", "es", "en"};
            try (PreparedStatement a = c.prepareStatement("INSERT INTO account (email, display_name, password_hash,"
                    + " language, status, created_at, updated_at) VALUES (?, ?, ?, ?, 'ACTIVE', UTC_TIMESTAMP(3) - INTERVAL 30 DAY,"
                    + " UTC_TIMESTAMP(3))")) {
                for (int i = 1; i <= readers; i++) {
                    a.setString(1, "digest-" + i + "@synthetic.digicanvis.localhost");
                    a.setString(2, "Lector sintètic " + i);
                    a.setString(3, hash);
                    a.setString(4, languages[i % 3]);
                    a.addBatch();
                }
                a.executeBatch();
            }
            s.executeUpdate("INSERT INTO forum_mail_preference (account_id, direct, other) SELECT id, 'DAILY', 'DAILY'"
                    + " FROM account WHERE email LIKE 'digest-%@synthetic.digicanvis.localhost'");
            s.executeUpdate("INSERT IGNORE INTO forum_notification (recipient_id, kind, topic_id, post_id, actor_name, created_at)"
                    + " SELECT a.id, 'WATCHED', p.topic_id, p.id, p.author_name, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR"
                    + " FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS rn FROM account"
                    + "   WHERE email LIKE 'digest-%@synthetic.digicanvis.localhost') a"
                    + " JOIN (SELECT id, topic_id, author_name, ROW_NUMBER() OVER (ORDER BY id) - 1 AS rn FROM forum_post"
                    + "   WHERE status = 'VISIBLE' AND number > 1 AND body LIKE 'Missatge sintètic%' ORDER BY id LIMIT "
                    + (readers * DIGEST_ITEMS) + ") p ON p.rn DIV " + DIGEST_ITEMS + " = a.rn");
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("synthetic digest readers", e);
        }
        LOG.info(() -> "Generated " + readers + " synthetic digest readers in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    private static void posts(Statement s, String source) throws SQLException {
        s.executeUpdate("INSERT INTO forum_post (topic_id, number, author_name, body, html, body_hash, status, created_at)"
                + " SELECT x.topic_id, x.number, CONCAT('Persona sintètica ', x.n % 500),"
                + " CONCAT('Missatge sintètic ', x.n, ': així ho vam fer al nostre ajuntament, amb la plataforma comarcal.'),"
                + " CONCAT('<p>Missatge sintètic ', x.n, ': així ho vam fer al nostre ajuntament, amb la plataforma comarcal.</p>'),"
                + " SHA2(CONCAT('sintètic ', x.n), 256), 'VISIBLE',"
                + " (SELECT t.created_at FROM forum_topic t WHERE t.id = x.topic_id) + INTERVAL x.number SECOND"
                + " FROM (" + source + ") x");
    }

    /** The mixed writers' roles (also on a database made before they had them). */
    private static void roles(Connection c) throws SQLException {
        try (PreparedStatement role = c.prepareStatement(
                "UPDATE account SET moderator = ?, administrator = ? WHERE email = ?")) {
            for (int i = FIRST_MODERATOR; i <= LAST_MODERATOR; i++) {
                role(role, i, true, false);
            }
            for (int i = FIRST_ADMINISTRATOR; i <= ACCOUNTS; i++) {
                role(role, i, false, true);
            }
            role.executeBatch();
        }
    }

    private static void role(PreparedStatement role, int account, boolean moderator, boolean administrator)
            throws SQLException {
        role.setBoolean(1, moderator);
        role.setBoolean(2, administrator);
        role.setString(3, "bench-" + account + "@synthetic.digicanvis.localhost");
        role.addBatch();
    }

    /** Verified accounts, each a member of a council, sharing the one configured password. */
    private void accounts(Connection c, String password) throws SQLException {
        String hash = hasher.hash(password);
        try (PreparedStatement a = c.prepareStatement("INSERT IGNORE INTO account (email, display_name, password_hash,"
                + " language, status, created_at, updated_at) VALUES (?, ?, ?, 'ca', 'ACTIVE', UTC_TIMESTAMP(3) - INTERVAL 30 DAY,"
                + " UTC_TIMESTAMP(3))")) {
            for (int i = 1; i <= ACCOUNTS; i++) {
                a.setString(1, "bench-" + i + "@synthetic.digicanvis.localhost");
                a.setString(2, "Compte sintètic " + i);
                a.setString(3, hash);
                a.addBatch();
            }
            a.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT IGNORE INTO membership (account_id, body_id, position, status, requested_at, decided_at)"
                    + " SELECT a.id, (SELECT b.id FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS rn FROM local_body"
                    + "   WHERE body_type = 'MUNICIPALITY') b WHERE b.rn = 1 + a.id % 900), 'Compte sintètic', 'APPROVED',"
                    + " UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)"
                    + " FROM account a WHERE a.email LIKE 'bench-%@synthetic.digicanvis.localhost'");
        }
    }
}
