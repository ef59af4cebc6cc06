package cat.digicanvis.portal.infrastructure.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;

/**
 * Loads the official reference data shipped in {@code reference/} (see the About data page for its
 * sources and licences) and creates one local body per municipality, county council and provincial
 * council. Every step is skipped when its rows are already there, so it can run at every start.
 */
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class.getName());
    private static final int BATCH = 2000;

    private final DataSource dataSource;

    public ReferenceDataLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void load() {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (count(c, "province") == 0) {
                loadProvinces(c);
            }
            if (count(c, "comarca") == 0) {
                loadComarques(c);
            }
            if (count(c, "municipality") == 0) {
                loadMunicipalities(c);
            }
            if (count(c, "world_town") == 0) {
                loadTowns(c);
            }
            createBodies(c);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not load the reference data", e);
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void loadProvinces(Connection c) throws SQLException {
        // provincia_codi,provincia_nom,capital,capital_codi_ine,num_municipis,poblacio,superficie_km2
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO province (code, name, capital, capital_ine, population, area_km2) VALUES (?,?,?,?,?,?)")) {
            readCsv("reference/provincies_catalunya.csv", false, r -> batch(ps, r.get(0), r.get(1), r.get(2), r.get(3),
                    Integer.parseInt(r.get(5)), new java.math.BigDecimal(r.get(6))));
            ps.executeBatch();
        }
    }

    private void loadComarques(Connection c) throws SQLException {
        Map<String, String> provinceByName = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, name FROM province")) {
            while (rs.next()) {
                provinceByName.put(rs.getString(2), rs.getString(1));
            }
        }
        // comarca_codi,comarca_nom,capital,capital_codi_ine,provincia_majoritaria,provincies_municipis,num_municipis,poblacio,superficie_km2
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO comarca (code, name, capital, capital_ine, province_code, population, area_km2)"
                + " VALUES (?,?,?,?,?,?,?)")) {
            // a shared capital ("Sabadell / Terrassa") keeps the first one's code
            readCsv("reference/comarques_catalunya.csv", false, r -> batch(ps, r.get(0), r.get(1), r.get(2),
                    r.get(3).split(";")[0],
                    provinceByName.get(r.get(4)), Integer.parseInt(r.get(7)), new java.math.BigDecimal(r.get(8))));
            ps.executeBatch();
        }
    }

    private void loadMunicipalities(Connection c) throws SQLException {
        // codi_ine,codi_idescat,nom,nom_natural,nom_ngmep,comarca_codi,comarca_nom,provincia_codi,provincia_nom,
        // poblacio,superficie_km2,latitud,longitud,...
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO municipality (ine_code, idescat_code, name,"
                + " natural_name, comarca_code, province_code, population, area_km2, latitude, longitude)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            readCsv("reference/municipis_catalunya.csv", false, r -> batch(ps, r.get(0), r.get(1), r.get(2),
                    r.get(3), r.get(5), r.get(7), Integer.parseInt(r.get(9)), new java.math.BigDecimal(r.get(10)),
                    Double.parseDouble(r.get(11)), Double.parseDouble(r.get(12))));
            ps.executeBatch();
        }
    }

    private void loadTowns(Connection c) throws SQLException {
        // geonameid,name,asciiname,country_code,admin1_code,population,latitude,longitude
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO world_town (geoname_id, name, ascii_name,"
                + " country_code, admin1_code, population, latitude, longitude) VALUES (?,?,?,?,?,?,?,?)")) {
            int[] n = {0};
            readCsv("reference/geonames_towns.csv.gz", true, r -> {
                batch(ps, Integer.parseInt(r.get(0)), r.get(1), r.get(2), r.get(3), r.get(4),
                        Integer.parseInt(r.get(5)), Double.parseDouble(r.get(6)), Double.parseDouble(r.get(7)));
                if (++n[0] % BATCH == 0) {
                    execute(ps);
                }
            });
            ps.executeBatch();
            LOG.info(() -> "Loaded " + n[0] + " GeoNames towns");
        }
    }

    /** One body per municipality, consell comarcal and diputació, unless it exists already. */
    private void createBodies(Connection c) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        String insert = "INSERT IGNORE INTO local_body (body_type, name, official_code, comarca_code, province_code,"
                + " country_code, population, area_km2, latitude, longitude, created_at, updated_at)"
                + " VALUES (?,?,?,?,?,'ES',?,?,?,?,?,?)";
        try (Statement s = c.createStatement(); PreparedStatement ps = c.prepareStatement(insert)) {
            try (ResultSet rs = s.executeQuery("SELECT ine_code, natural_name, comarca_code, province_code,"
                    + " population, area_km2, latitude, longitude FROM municipality")) {
                while (rs.next()) {
                    batch(ps, "MUNICIPALITY", rs.getString(2), rs.getString(1), rs.getString(3), rs.getString(4),
                            rs.getInt(5), rs.getBigDecimal(6), rs.getDouble(7), rs.getDouble(8), now, now);
                }
            }
            // a county council sits at the comarca capital (the first one where two share it)
            try (ResultSet rs = s.executeQuery("SELECT c.code, c.name, c.province_code, c.population, c.area_km2,"
                    + " m.latitude, m.longitude FROM comarca c JOIN municipality m ON m.ine_code = c.capital_ine")) {
                while (rs.next()) {
                    String name = countyCouncilName(rs.getString(1), rs.getString(2));
                    batch(ps, "COUNTY_COUNCIL", name, rs.getString(1), rs.getString(1), rs.getString(3),
                            rs.getInt(4), rs.getBigDecimal(5), rs.getDouble(6), rs.getDouble(7), now, now);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT p.code, p.name, p.population, p.area_km2, m.latitude,"
                    + " m.longitude FROM province p JOIN municipality m ON m.ine_code = p.capital_ine")) {
                while (rs.next()) {
                    batch(ps, "PROVINCIAL_COUNCIL", "Diputació de " + rs.getString(2), rs.getString(1), null,
                            rs.getString(1), rs.getInt(3), rs.getBigDecimal(4), rs.getDouble(5), rs.getDouble(6),
                            now, now);
                }
            }
            ps.executeBatch();
        }
    }

    /** The article each comarca takes in Catalan ("el Bages", "la Selva", "l'Anoia", "Osona"). */
    private static final Map<String, String> ARTICLES = articles();

    private static Map<String, String> articles() {
        Map<String, String> m = new HashMap<>();
        for (String code : "01 02 03 04 05 06 38".split(" ")) {
            m.put(code, "l'");
        }
        for (String code : "07 08 09 10 11 12 13 14 17 20 21 22 25 26 27 28 29 31 33 35 36 40 41 42 43".split(" ")) {
            m.put(code, "el ");
        }
        for (String code : "15 16 19 23 30 32 34 37".split(" ")) {
            m.put(code, "la ");
        }
        m.put("18", "les ");
        return m;
    }

    /** "Consell Comarcal de l'Alt Camp", "del Bages", "de la Selva", "de les Garrigues", "d'Osona". */
    static String countyCouncilName(String comarcaCode, String comarca) {
        if ("39".equals(comarcaCode)) {
            return "Conselh Generau d'Aran";
        }
        String article = ARTICLES.getOrDefault(comarcaCode, "");
        String of = switch (article) {
            case "el " -> "del ";
            case "" -> "aeiouàèéíòóúAEIOUÀÈÉÍÒÓÚ".indexOf(comarca.charAt(0)) >= 0 ? "d'" : "de ";
            default -> "de " + article;
        };
        return "Consell Comarcal " + of + comarca;
    }

    private static void batch(PreparedStatement ps, Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.addBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(PreparedStatement ps) {
        try {
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void readCsv(String resource, boolean gzip, Consumer<List<String>> row) {
        try (InputStream raw = ReferenceDataLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            InputStream in = gzip ? new GZIPInputStream(raw, 65536) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    row.accept(parseCsvLine(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 fields of one line (the reference files have no line breaks inside quotes). */
    static List<String> parseCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
