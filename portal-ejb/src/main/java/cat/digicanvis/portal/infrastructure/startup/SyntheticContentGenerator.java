package cat.digicanvis.portal.infrastructure.startup;

import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.Typology;
import cat.digicanvis.portal.infrastructure.config.PortalDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Generates synthetic published sheets for the benchmark (portal.synthetic.sheets), straight into the
 * tables: thousands of sheets through the service would take minutes. Every one is titled and marked as
 * synthetic. Fixed seed, so two benchmark runs see the same data.
 */
@ApplicationScoped
public class SyntheticContentGenerator {

    private static final Logger LOG = Logger.getLogger(SyntheticContentGenerator.class.getName());

    private static final String[] TOPICS = {"atenció ciutadana", "cita prèvia", "tramitació electrònica",
        "teleassistència", "participació ciutadana", "pressupostos participatius", "dades obertes", "transparència",
        "quadre de comandament", "mobilitat", "transformació digital", "teletreball", "contractació electrònica",
        "robotització", "padró", "eficiència energètica", "xatbot", "serveis socials", "formació digital",
        "administració electrònica", "intel·ligència artificial", "sensors", "govern obert", "gestió documental"};
    private static final String[] WORDS = {"ajuntament", "ciutadania", "servei", "procés", "plataforma", "eina",
        "municipi", "equip", "dades", "projecte", "canvi", "personal", "veïns", "xarxa", "comarca", "solució",
        "qualitat", "temps", "estalvi", "millora", "model", "sistema", "digital", "en línia", "oficina"};

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    public void generate(int count) {
        Random random = new Random(42);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long existing;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT COUNT(*) FROM project_sheet WHERE content_origin = 'SYNTHETIC'")) {
                rs.next();
                existing = rs.getLong(1);
            }
            if (existing >= count) {
                return;
            }
            List<Long> bodies = bodyIds(c, random);
            Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
            try (PreparedStatement sheet = c.prepareStatement("INSERT INTO project_sheet (status, title, summary,"
                    + " lead_body_id, description, value_text, barriers, benefits, technology_text, phase, start_year,"
                    + " content_origin, created_at, updated_at, reviewed_at, published_at, savings_euros_year)"
                    + " VALUES ('PUBLISHED',?,?,?,?,?,?,?,?,?,?,'SYNTHETIC',?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement area = c.prepareStatement("INSERT INTO sheet_area (sheet_id, area) VALUES (?,?)");
                 PreparedStatement typ = c.prepareStatement("INSERT INTO sheet_typology (sheet_id, typology) VALUES (?,?)");
                 PreparedStatement tech = c.prepareStatement(
                         "INSERT INTO sheet_technology (sheet_id, position, name) VALUES (?,?,?)")) {
                for (long i = existing; i < count; i++) {
                    String topic = TOPICS[random.nextInt(TOPICS.length)];
                    String title = "[Sintètica] " + capitalise(topic) + " " + (i + 1);
                    sheet.setString(1, title);
                    sheet.setString(2, "Fitxa sintètica per a proves de rendiment sobre " + topic + ".");
                    sheet.setLong(3, bodies.get(random.nextInt(bodies.size())));
                    sheet.setString(4, sentence(random, topic, 40));
                    sheet.setString(5, sentence(random, topic, 15));
                    sheet.setString(6, sentence(random, topic, 15));
                    sheet.setString(7, sentence(random, topic, 15));
                    sheet.setString(8, sentence(random, topic, 10));
                    sheet.setString(9, Phase.values()[random.nextInt(3)].name());
                    sheet.setInt(10, 2010 + random.nextInt(16));
                    Timestamp published = Timestamp.valueOf(now.toLocalDateTime().minusMinutes(random.nextInt(2_000_000)));
                    sheet.setTimestamp(11, published);
                    sheet.setTimestamp(12, published);
                    sheet.setTimestamp(13, published);
                    sheet.setTimestamp(14, published);
                    sheet.setBigDecimal(15, random.nextBoolean() ? null : java.math.BigDecimal.valueOf(random.nextInt(100_000)));
                    sheet.executeUpdate();
                    long id;
                    try (ResultSet keys = sheet.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    Area first = Area.values()[random.nextInt(Area.values().length)];
                    addEnum(area, id, first.name());
                    Area second = Area.values()[random.nextInt(Area.values().length)];
                    if (second != first && random.nextBoolean()) {
                        addEnum(area, id, second.name());
                    }
                    addEnum(typ, id, Typology.values()[random.nextInt(Typology.values().length)].name());
                    tech.setLong(1, id);
                    tech.setInt(2, 0);
                    tech.setString(3, topic);
                    tech.addBatch();
                    if (i % 500 == 0) {
                        area.executeBatch();
                        typ.executeBatch();
                        tech.executeBatch();
                        c.commit();
                    }
                }
                area.executeBatch();
                typ.executeBatch();
                tech.executeBatch();
            }
            c.commit();
            LOG.info(() -> "Generated " + (count - existing) + " synthetic sheets");
        } catch (SQLException e) {
            throw new IllegalStateException("could not generate synthetic sheets", e);
        }
    }

    /** Catalan municipalities of every size, and some towns abroad made into foreign bodies. */
    private static List<Long> bodyIds(Connection c, Random random) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT IGNORE INTO local_body (body_type, name, official_code, country_code, population,"
                    + " latitude, longitude, geoname_id, created_at, updated_at)"
                    + " SELECT 'FOREIGN', name, CONCAT('GN', geoname_id), country_code, population, latitude, longitude,"
                    + " geoname_id, NOW(3), NOW(3) FROM world_town WHERE country_code IN ('FR','IT','PT','FI','NL','EE')"
                    + " AND population BETWEEN 1000 AND 200000 ORDER BY geoname_id LIMIT 300");
        }
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id FROM local_body WHERE body_type IN ('MUNICIPALITY','FOREIGN','COUNTY_COUNCIL') ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static void addEnum(PreparedStatement ps, long id, String value) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, value);
        ps.addBatch();
    }

    private static String sentence(Random random, String topic, int words) {
        StringBuilder sb = new StringBuilder("Projecte sintètic de ").append(topic).append(':');
        for (int i = 0; i < words; i++) {
            sb.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.append('.').toString();
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
