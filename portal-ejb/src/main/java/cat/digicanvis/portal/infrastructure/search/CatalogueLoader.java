package cat.digicanvis.portal.infrastructure.search;

import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import cat.digicanvis.portal.application.catalogue.CatalogueEntry;
import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.Typology;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Reads published sheets for the catalogue with plain SQL: one query per table for all sheets, where
 * loading the entities would cost several queries per sheet at start.
 */
public final class CatalogueLoader {

    private static final String SHEETS = "SELECT s.id, s.title, s.summary, s.phase, s.start_year, s.content_origin,"
            + " s.published_at, s.description, s.value_text, s.barriers, s.benefits, s.technology_text,"
            + " s.savings_method, b.id, b.name, b.body_type, b.official_code, b.population, b.latitude, b.longitude,"
            + " b.comarca_code, b.province_code, b.country_code, b.region, s.reviewed_at, s.savings_euros_year,"
            + " s.savings_hours_year"
            + " FROM project_sheet s JOIN local_body b ON b.id = s.lead_body_id WHERE s.status = 'PUBLISHED'";

    private final DataSource dataSource;

    public CatalogueLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<CatalogueEntry> loadAll() {
        return load(null);
    }

    /** The sheet's entry, or an empty list when it is not published. */
    public List<CatalogueEntry> loadOne(long id) {
        return load(id);
    }

    private List<CatalogueEntry> load(Long id) {
        String where = id == null ? "" : " AND s.id = ?";
        try (Connection c = dataSource.getConnection()) {
            Map<Long, Set<Area>> areas = enums(c, "SELECT sheet_id, area FROM sheet_area", id, Area::valueOf);
            Map<Long, Set<Typology>> typologies = enums(c, "SELECT sheet_id, typology FROM sheet_typology", id,
                    Typology::valueOf);
            Map<Long, List<String>> techs = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT sheet_id, name FROM sheet_technology"
                    + (id == null ? "" : " WHERE sheet_id = ?") + " ORDER BY sheet_id, position")) {
                bind(ps, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        techs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            List<CatalogueEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SHEETS + where)) {
                bind(ps, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long sid = rs.getLong(1);
                        BodySummaryView lead = new BodySummaryView(rs.getLong(14), rs.getString(15),
                                BodyType.valueOf(rs.getString(16)), rs.getString(17), rs.getInt(18),
                                rs.getDouble(19), rs.getDouble(20), rs.getString(21), rs.getString(22),
                                rs.getString(23), rs.getString(24));
                        List<String> tech = techs.getOrDefault(sid, List.of());
                        StringBuilder text = new StringBuilder();
                        for (int col : new int[] {3, 8, 9, 10, 11, 12, 13}) {
                            String s = rs.getString(col);
                            if (s != null) {
                                text.append(s).append('\n');
                            }
                        }
                        text.append(String.join(" ", tech)).append('\n').append(lead.name());
                        Timestamp published = rs.getTimestamp(7);
                        Timestamp reviewed = rs.getTimestamp(25);
                        String phase = rs.getString(4);
                        int year = rs.getInt(5);
                        Integer startYear = rs.wasNull() ? null : year;
                        out.add(new CatalogueEntry(sid, rs.getString(2), rs.getString(3),
                                areas.getOrDefault(sid, Set.of()), typologies.getOrDefault(sid, Set.of()),
                                phase == null ? null : Phase.valueOf(phase), startYear,
                                ContentOrigin.valueOf(rs.getString(6)),
                                published == null ? null : published.toLocalDateTime(),
                                reviewed == null ? null : reviewed.toLocalDateTime(), lead, List.copyOf(tech),
                                text.toString(), number(rs, 26), number(rs, 27)));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the catalogue", e);
        }
    }

    private static Double number(ResultSet rs, int column) throws SQLException {
        java.math.BigDecimal n = rs.getBigDecimal(column);
        return n == null ? null : n.doubleValue();
    }

    private static <E extends Enum<E>> Map<Long, Set<E>> enums(Connection c, String sql, Long id,
                                                               Function<String, E> parse) throws SQLException {
        Map<Long, Set<E>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql + (id == null ? "" : " WHERE sheet_id = ?"))) {
            bind(ps, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    E value = parse.apply(rs.getString(2));
                    out.computeIfAbsent(rs.getLong(1), k -> EnumSet.of(value)).add(value);
                }
            }
        }
        return out;
    }

    private static void bind(PreparedStatement ps, Long id) throws SQLException {
        if (id != null) {
            ps.setLong(1, id);
        }
    }
}
