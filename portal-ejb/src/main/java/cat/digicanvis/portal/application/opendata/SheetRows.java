package cat.digicanvis.portal.application.opendata;

import cat.digicanvis.portal.application.sheet.SheetForm;
import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.MaterialType;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.Typology;
import cat.digicanvis.portal.domain.shared.Codes;
import cat.digicanvis.portal.domain.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sheets' spreadsheet format, shared by the downloads and the import: its columns, how lists, bodies and
 * materials are written in a cell, and how a row becomes a sheet form. A download imported elsewhere gives the
 * same sheets; columns that only label codes (area_labels…) or that the portal sets (id, dates) are read back as
 * nothing.
 */
public final class SheetRows {

    public static final List<String> COLUMNS = List.of("id", "url", "title", "summary", "lead_body_id",
            "lead_body_name", "lead_body_type", "lead_body_code", "lead_body_population", "comarca_code", "comarca",
            "province_code", "province", "country_code", "country", "partners", "areas", "area_labels", "typologies",
            "typology_labels", "phase", "phase_label", "start_year", "description", "value", "savings_euros_year",
            "savings_euros_oneoff", "savings_hours_year", "savings_method", "barriers", "benefits", "technology",
            "technologies", "materials", "origin", "published_at", "updated_at", "reviewed_at");
    /** The columns an import needs; the others may be absent. */
    public static final List<String> REQUIRED = List.of("title", "lead_body_type", "lead_body_code");
    /** The optional identifier a spreadsheet gives its rows; without it, the url column (a download's) is used. */
    public static final String EXTERNAL_ID = "external_id";
    public static final String LIST = " | ";
    /** A text starting with one of these a spreadsheet may run as a formula: the downloads put an apostrophe before. */
    public static final String FORMULA_STARTS = "=+-@\t\r";

    private static final Pattern BODY = Pattern.compile("(.*) \\[([a-z-]+) ([^\\]]+)\\]");
    private static final Pattern MATERIAL = Pattern.compile("(.*) <([^>]+)> \\(([a-z]+), ([a-z]{2})\\)");

    private SheetRows() {
    }

    /** A partner as a cell writes it: "name [type code]". */
    public static String partner(SheetRecord.Body b) {
        return b.name() + " [" + b.type() + " " + b.code() + "]";
    }

    /** A material as a cell writes it: "title &lt;url&gt; (type, language)". */
    public static String material(String type, String title, String language, String url) {
        return (title == null ? "" : title) + " <" + url + "> (" + type + ", " + (language == null ? "ca" : language) + ")";
    }

    /** A body as a row names it: its kind and official code (INE, comarca, province, or GN + GeoNames id). */
    public record BodyRef(BodyType type, String code) {
    }

    /** A row read: the form (without bodies), the bodies it names, its identifier, and what is wrong with it. */
    public record Parsed(SheetForm form, BodyRef lead, List<BodyRef> partners, String externalId,
                         List<Violation> violations) {
    }

    /** Reads a row (column name to cell text; absent columns are empty). */
    public static Parsed parse(Map<String, String> row) {
        List<Violation> v = new ArrayList<>();
        SheetForm f = new SheetForm();
        f.setTitle(text(row, "title"));
        f.setSummary(text(row, "summary"));
        f.setDescription(text(row, "description"));
        f.setValue(text(row, "value"));
        f.setSavingsEurosPerYear(number(row, "savings_euros_year", v));
        f.setSavingsEurosOneOff(number(row, "savings_euros_oneoff", v));
        f.setSavingsHoursPerYear(number(row, "savings_hours_year", v));
        f.setSavingsMethod(text(row, "savings_method"));
        f.setBarriers(text(row, "barriers"));
        f.setBenefits(text(row, "benefits"));
        f.setTechnologyText(text(row, "technology"));
        f.setTechnologies(list(row, "technologies"));
        f.setAreas(codes(row, "areas", Area.class, v));
        f.setTypologies(codes(row, "typologies", Typology.class, v));
        String phase = text(row, "phase");
        if (phase != null) {
            Optional<Phase> p = Codes.parse(Phase.class, phase);
            if (p.isEmpty()) {
                v.add(Violation.of("phase", "validation.unknownValue", phase));
            }
            f.setPhase(p.orElse(null));
        }
        String year = text(row, "start_year");
        if (year != null) {
            try {
                f.setStartYear(Integer.valueOf(year));
            } catch (NumberFormatException e) {
                v.add(Violation.of("start_year", "validation.number"));
            }
        }
        List<SheetForm.MaterialRow> materials = new ArrayList<>();
        for (String m : list(row, "materials")) {
            Matcher x = MATERIAL.matcher(m);
            Optional<MaterialType> type = x.matches() ? Codes.parse(MaterialType.class, x.group(3)) : Optional.empty();
            if (type.isEmpty()) {
                v.add(Violation.of("materials", "validation.import.material", m));
            } else {
                materials.add(new SheetForm.MaterialRow(type.get(), x.group(1), x.group(4), x.group(2), null, null));
            }
        }
        f.setMaterials(materials);
        BodyRef lead = null;
        String leadType = text(row, "lead_body_type");
        String leadCode = text(row, "lead_body_code");
        if (leadType == null || leadCode == null) {
            v.add(Violation.of("lead_body_code", "validation.required"));
        } else {
            Optional<BodyType> t = Codes.parse(BodyType.class, leadType);
            if (t.isEmpty()) {
                v.add(Violation.of("lead_body_type", "validation.unknownValue", leadType));
            } else {
                lead = new BodyRef(t.get(), leadCode);
            }
        }
        List<BodyRef> partners = new ArrayList<>();
        for (String p : list(row, "partners")) {
            Matcher x = BODY.matcher(p);
            Optional<BodyType> t = x.matches() ? Codes.parse(BodyType.class, x.group(2)) : Optional.empty();
            if (t.isEmpty()) {
                v.add(Violation.of("partners", "validation.import.body", p));
            } else {
                partners.add(new BodyRef(t.get(), x.group(3).strip()));
            }
        }
        String external = text(row, EXTERNAL_ID);
        if (external == null) {
            external = text(row, "url");
        }
        if (external != null && external.length() > 500) {
            v.add(Violation.of(EXTERNAL_ID, "validation.tooLong", 500));
        }
        return new Parsed(f, lead, partners, external, v);
    }

    /**
     * A cell's text: trimmed, empty as null, and without the apostrophe the downloads put before text a
     * spreadsheet would run as a formula.
     */
    static String text(Map<String, String> row, String column) {
        String s = row.get(column);
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > 1 && t.charAt(0) == '\'' && FORMULA_STARTS.indexOf(t.charAt(1)) >= 0) {
            t = t.substring(1);
        }
        return t;
    }

    /** Whether a cell holds a formula as written by a spreadsheet (refused: the portal stores text). */
    public static boolean formula(String cell) {
        return cell != null && !cell.isEmpty() && cell.charAt(0) == '=';
    }

    private static List<String> list(Map<String, String> row, String column) {
        String s = text(row, column);
        if (s == null) {
            return new ArrayList<>();
        }
        List<String> out = new ArrayList<>();
        for (String part : s.split(" \\| ")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static BigDecimal number(Map<String, String> row, String column, List<Violation> v) {
        String s = text(row, column);
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            v.add(Violation.of(column, "validation.number"));
            return null;
        }
    }

    private static <E extends Enum<E>> Set<E> codes(Map<String, String> row, String column, Class<E> type,
                                                    List<Violation> v) {
        Set<E> out = new LinkedHashSet<>();
        for (String c : list(row, column)) {
            Optional<E> e = Codes.parse(type, c);
            if (e.isEmpty()) {
                v.add(Violation.of(column, "validation.unknownValue", c));
            } else {
                out.add(e.get());
            }
        }
        return out;
    }
}
