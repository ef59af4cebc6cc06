package cat.digicanvis.portal.infrastructure.opendata;

import cat.digicanvis.portal.application.opendata.SheetRecord;
import cat.digicanvis.portal.application.opendata.SheetRecords;
import cat.digicanvis.portal.domain.shared.Codes;
import cat.digicanvis.portal.infrastructure.config.PortalDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Published sheets' full records with one query per table for a batch of ids: exporting thousands of sheets
 * through the entities would cost several queries per sheet.
 */
@ApplicationScoped
public class JdbcSheetRecords implements SheetRecords {

    private static final String SHEETS = "SELECT s.id, s.title, s.summary, s.phase, s.start_year, s.description,"
            + " s.value_text, s.savings_euros_year, s.savings_euros_oneoff, s.savings_hours_year, s.savings_method,"
            + " s.barriers, s.benefits, s.technology_text, s.content_origin, s.published_at, s.updated_at,"
            + " s.reviewed_at, b.id, b.name, b.body_type, b.official_code, b.population, b.comarca_code,"
            + " b.province_code, b.country_code FROM project_sheet s JOIN local_body b ON b.id = s.lead_body_id"
            + " WHERE s.status = 'PUBLISHED' AND s.id IN ";

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    @Override
    public List<SheetRecord> published(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = "(" + String.join(",", Collections.nCopies(ids.size(), "?")) + ")";
        try (Connection c = dataSource.getConnection()) {
            Map<Long, List<String>> areas = strings(c, "SELECT sheet_id, area FROM sheet_area WHERE sheet_id IN " + in
                    + " ORDER BY sheet_id, area", ids);
            Map<Long, List<String>> typologies = strings(c, "SELECT sheet_id, typology FROM sheet_typology WHERE sheet_id IN "
                    + in + " ORDER BY sheet_id, typology", ids);
            Map<Long, List<String>> techs = strings(c, "SELECT sheet_id, name FROM sheet_technology WHERE sheet_id IN "
                    + in + " ORDER BY sheet_id, position", ids);
            Map<Long, List<SheetRecord.Body>> partners = partners(c, in, ids);
            Map<Long, List<SheetRecord.Material>> materials = materials(c, in, ids);
            Map<Long, SheetRecord> byId = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(SHEETS + in)) {
                bind(ps, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        int year = rs.getInt(5);
                        Integer startYear = rs.wasNull() ? null : year;
                        String phase = rs.getString(4);
                        byId.put(id, new SheetRecord(id, rs.getString(2), rs.getString(3), body(rs, 19),
                                partners.getOrDefault(id, List.of()),
                                codes(areas.get(id)),
                                codes(typologies.get(id)),
                                phase == null ? null : Codes.code(phase), startYear, rs.getString(6),
                                rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10),
                                rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                                techs.getOrDefault(id, List.of()), materials.getOrDefault(id, List.of()),
                                Codes.code(rs.getString(15)), time(rs.getTimestamp(16)), time(rs.getTimestamp(17)),
                                time(rs.getTimestamp(18))));
                    }
                }
            }
            List<SheetRecord> out = new ArrayList<>(byId.size());
            ids.forEach(id -> {
                SheetRecord r = byId.get(id);
                if (r != null) {
                    out.add(r);
                }
            });
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the sheets", e);
        }
    }

    private static List<String> codes(List<String> names) {
        return names == null ? List.of() : names.stream().map(Codes::code).toList();
    }

    private static SheetRecord.Body body(ResultSet rs, int col) throws SQLException {
        int population = rs.getInt(col + 4);
        return new SheetRecord.Body(rs.getLong(col), rs.getString(col + 1), Codes.code(rs.getString(col + 2)),
                rs.getString(col + 3), rs.wasNull() ? null : population, rs.getString(col + 5),
                rs.getString(col + 6), rs.getString(col + 7));
    }

    private static Map<Long, List<SheetRecord.Body>> partners(Connection c, String in, List<Long> ids) throws SQLException {
        Map<Long, List<SheetRecord.Body>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.sheet_id, b.id, b.name, b.body_type, b.official_code,"
                + " b.population, b.comarca_code, b.province_code, b.country_code FROM sheet_partner p"
                + " JOIN local_body b ON b.id = p.body_id WHERE p.sheet_id IN " + in + " ORDER BY p.sheet_id, b.name")) {
            bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(body(rs, 2));
                }
            }
        }
        return out;
    }

    private static Map<Long, List<SheetRecord.Material>> materials(Connection c, String in, List<Long> ids)
            throws SQLException {
        Map<Long, List<SheetRecord.Material>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sheet_id, material_type, title, language, url, file_id"
                + " FROM sheet_material WHERE sheet_id IN " + in + " ORDER BY sheet_id, position")) {
            bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long file = rs.getLong(6);
                    String url = rs.wasNull() ? rs.getString(5) : "/files/" + file;
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new SheetRecord.Material(
                            Codes.code(rs.getString(2)), rs.getString(3), rs.getString(4), url));
                }
            }
        }
        return out;
    }

    private static Map<Long, List<String>> strings(Connection c, String sql, List<Long> ids) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    private static void bind(PreparedStatement ps, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            ps.setLong(i + 1, ids.get(i));
        }
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
