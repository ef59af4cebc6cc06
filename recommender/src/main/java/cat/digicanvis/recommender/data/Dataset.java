package cat.digicanvis.recommender.data;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bodies, items and interactions read from three CSV files, checked on the way in: unknown ids, empty
 * files, NaN or infinite numbers, negative populations and malformed rows are errors that name the file
 * and line. A column whose values are all numbers is numeric, otherwise categorical; the columns
 * {@code population, area_km2, lat, lon, needs, phase} have their portal meaning where present.
 */
public final class Dataset {

    public static final Set<String> RESERVED_BODY = Set.of("id");
    public static final Set<String> RESERVED_ITEM = Set.of("id", "owner", "areas", "text");

    private final Map<String, Body> bodies;
    private final Map<String, Item> items;
    private final List<Interaction> interactions;

    public Dataset(Map<String, Body> bodies, Map<String, Item> items, List<Interaction> interactions) {
        this.bodies = Map.copyOf(bodies);
        this.items = Map.copyOf(items);
        this.interactions = List.copyOf(interactions);
        for (Interaction x : interactions) {
            if (!bodies.containsKey(x.body()) || !items.containsKey(x.item())) {
                throw new IllegalArgumentException("interaction with an unknown body or item: " + x);
            }
        }
    }

    public static Dataset load(Path bodiesCsv, Path itemsCsv, Path interactionsCsv) throws IOException {
        Map<String, Body> bodies = bodies(CsvTable.read(bodiesCsv));
        Map<String, Item> items = items(CsvTable.read(itemsCsv), bodies);
        List<Interaction> interactions = interactions(CsvTable.read(interactionsCsv), bodies, items);
        return new Dataset(bodies, items, interactions);
    }

    static Map<String, Body> bodies(CsvTable t) {
        requireRows(t);
        Map<String, Body> out = new LinkedHashMap<>();
        Map<String, Boolean> numeric = t.numericColumns();
        for (int r = 0; r < t.size(); r++) {
            String id = id(t, r);
            Features f = features(t, r, numeric, RESERVED_BODY);
            checkProfile(t, r, f);
            if (out.put(id, new Body(id, f)) != null) {
                throw new DataFormatException(t.name(), t.line(r), "repeated id '" + id + "'");
            }
        }
        return out;
    }

    static Map<String, Item> items(CsvTable t, Map<String, Body> bodies) {
        requireRows(t);
        Map<String, Item> out = new LinkedHashMap<>();
        Map<String, Boolean> numeric = t.numericColumns();
        for (int r = 0; r < t.size(); r++) {
            String id = id(t, r);
            String owner = t.has("owner") ? emptyToNull(t.get(r, "owner")) : null;
            if (owner != null && !bodies.containsKey(owner)) {
                throw new DataFormatException(t.name(), t.line(r), "unknown owner body '" + owner + "'");
            }
            Set<String> areas = t.has("areas") ? split(t.get(r, "areas")) : Set.of();
            String text = t.has("text") ? t.get(r, "text") : "";
            if (out.put(id, new Item(id, owner, areas, text, features(t, r, numeric, RESERVED_ITEM))) != null) {
                throw new DataFormatException(t.name(), t.line(r), "repeated id '" + id + "'");
            }
        }
        return out;
    }

    static List<Interaction> interactions(CsvTable t, Map<String, Body> bodies, Map<String, Item> items) {
        requireRows(t);
        for (String column : List.of("body", "item", "grade", "time")) {
            if (!t.has(column)) {
                throw new DataFormatException(t.name(), 1, "missing column '" + column + "'");
            }
        }
        List<Interaction> out = new ArrayList<>(t.size());
        for (int r = 0; r < t.size(); r++) {
            String body = t.get(r, "body");
            String item = t.get(r, "item");
            if (!bodies.containsKey(body)) {
                throw new DataFormatException(t.name(), t.line(r), "unknown body '" + body + "'");
            }
            if (!items.containsKey(item)) {
                throw new DataFormatException(t.name(), t.line(r), "unknown item '" + item + "'");
            }
            double grade = finite(t, r, "grade", t.get(r, "grade"));
            out.add(new Interaction(body, item, grade, time(t, r, t.get(r, "time"))));
        }
        return out;
    }

    private static void requireRows(CsvTable t) {
        if (t.size() == 0) {
            throw new DataFormatException(t.name(), 0, "no data rows");
        }
    }

    private static String id(CsvTable t, int r) {
        if (!t.has("id")) {
            throw new DataFormatException(t.name(), 1, "missing column 'id'");
        }
        String id = t.get(r, "id");
        if (id.isEmpty()) {
            throw new DataFormatException(t.name(), t.line(r), "empty id");
        }
        return id;
    }

    private static Features features(CsvTable t, int r, Map<String, Boolean> numericColumns, Set<String> reserved) {
        Map<String, Double> numeric = new HashMap<>();
        Map<String, Set<String>> categorical = new HashMap<>();
        for (String column : t.header()) {
            if (reserved.contains(column)) {
                continue;
            }
            String v = t.get(r, column);
            if (v.isEmpty()) {
                continue;
            }
            if (numericColumns.get(column) || looksLikeBadNumber(v)) {
                numeric.put(column, finite(t, r, column, v.split("\\|")[0].strip()));
            } else {
                categorical.put(column, split(v));
            }
        }
        return new Features(numeric, categorical);
    }

    private static boolean looksLikeBadNumber(String v) {
        String s = v.strip().toLowerCase(java.util.Locale.ROOT);
        return s.equals("nan") || s.endsWith("infinity");
    }

    private static void checkProfile(CsvTable t, int r, Features f) {
        Double population = f.number("population");
        if (population != null && population <= 0) {
            throw new DataFormatException(t.name(), t.line(r), "population must be positive, was " + population);
        }
        Double area = f.number("area_km2");
        if (area != null && area <= 0) {
            throw new DataFormatException(t.name(), t.line(r), "area_km2 must be positive, was " + area);
        }
        Double lat = f.number("lat");
        Double lon = f.number("lon");
        if ((lat != null && Math.abs(lat) > 90) || (lon != null && Math.abs(lon) > 180)) {
            throw new DataFormatException(t.name(), t.line(r), "lat/lon out of range");
        }
    }

    private static double finite(CsvTable t, int r, String column, String v) {
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DataFormatException(t.name(), t.line(r), "'" + column + "' is not a finite number: '" + v + "'");
    }

    /** Epoch seconds, or ISO-8601 (an instant, a local date-time or a date, taken as UTC). */
    static long time(CsvTable t, int r, String v) {
        if (v.matches("-?\\d{1,12}")) {
            return Long.parseLong(v);
        }
        try {
            return Instant.parse(v).getEpochSecond();
        } catch (DateTimeParseException e1) {
            try {
                return LocalDateTime.parse(v).toEpochSecond(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(v).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    throw new DataFormatException(t.name(), t.line(r), "time is neither epoch seconds nor ISO-8601: '" + v + "'");
                }
            }
        }
    }

    private static Set<String> split(String v) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        return out;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    public Map<String, Body> bodies() {
        return bodies;
    }

    public Map<String, Item> items() {
        return items;
    }

    public List<Interaction> interactions() {
        return interactions;
    }

    /** The same bodies and items with other interactions (e.g. a training split). */
    public Dataset withInteractions(List<Interaction> subset) {
        return new Dataset(bodies, items, subset);
    }
}
