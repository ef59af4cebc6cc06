package cat.digicanvis.portal.web.opendata;

import cat.digicanvis.portal.application.opendata.SheetRecord;
import cat.digicanvis.portal.application.opendata.SheetRows;
import cat.digicanvis.portal.application.reference.ReferenceService;
import cat.digicanvis.portal.web.i18n.Languages;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sheets' open-data formats: one CSV row or one JSON object per sheet, with every level's fields, codes and
 * (in the asked language) their labels. The CSV's columns are the import template's too.
 */
public final class SheetsExport {

    /** The CSV's columns, in order (the import's template). Lists within a cell are separated by {@link #LIST}. */
    public static final List<String> COLUMNS = SheetRows.COLUMNS;
    public static final String LIST = SheetRows.LIST;


    private final Locale locale;
    private final ReferenceService reference;
    private final String base;

    /** {@code base} is the portal's public address, for the sheets' and files' URLs. */
    public SheetsExport(Locale locale, ReferenceService reference, String base) {
        this.locale = locale;
        this.reference = reference;
        this.base = base;
    }

    public String header() {
        return Csv.line(COLUMNS);
    }

    public String csv(SheetRecord s) {
        SheetRecord.Body b = s.lead();
        List<String> f = new ArrayList<>(COLUMNS.size());
        f.add(Long.toString(s.id()));
        f.add(Csv.text(url(s)));
        f.add(Csv.text(s.title()));
        f.add(Csv.text(s.summary()));
        f.add(Long.toString(b.id()));
        f.add(Csv.text(b.name()));
        f.add(Csv.text(b.type()));
        f.add(Csv.text(b.code()));
        f.add(Csv.number(b.population()));
        f.add(Csv.text(b.comarcaCode()));
        f.add(Csv.text(b.comarcaCode() == null ? null : reference.comarcaName(b.comarcaCode())));
        f.add(Csv.text(b.provinceCode()));
        f.add(Csv.text(b.provinceCode() == null ? null : reference.provinceName(b.provinceCode())));
        f.add(Csv.text(b.countryCode()));
        f.add(Csv.text(b.countryCode() == null ? null : ReferenceService.countryName(b.countryCode(), locale)));
        f.add(Csv.text(String.join(LIST, s.partners().stream().map(SheetRows::partner).toList())));
        f.add(Csv.text(String.join(LIST, s.areas())));
        f.add(Csv.text(String.join(LIST, s.areas().stream().map(a -> text("area." + a)).toList())));
        f.add(Csv.text(String.join(LIST, s.typologies())));
        f.add(Csv.text(String.join(LIST, s.typologies().stream().map(t -> text("typology." + t)).toList())));
        f.add(Csv.text(s.phase()));
        f.add(Csv.text(s.phase() == null ? null : text("phase." + s.phase())));
        f.add(Csv.number(s.startYear()));
        f.add(Csv.text(s.description()));
        f.add(Csv.text(s.value()));
        f.add(Csv.number(s.savingsEurosYear()));
        f.add(Csv.number(s.savingsEurosOneOff()));
        f.add(Csv.number(s.savingsHoursYear()));
        f.add(Csv.text(s.savingsMethod()));
        f.add(Csv.text(s.barriers()));
        f.add(Csv.text(s.benefits()));
        f.add(Csv.text(s.technology()));
        f.add(Csv.text(String.join(LIST, s.technologies())));
        f.add(Csv.text(String.join(LIST, s.materials().stream()
                .map(m -> SheetRows.material(m.type(), m.title(), m.language(), absolute(m.url()))).toList())));
        f.add(Csv.text(s.origin()));
        f.add(Csv.text(time(s.publishedAt())));
        f.add(Csv.text(time(s.updatedAt())));
        f.add(Csv.text(time(s.reviewedAt())));
        return Csv.line(f);
    }

    public void json(JsonGenerator g, SheetRecord s) {
        SheetRecord.Body b = s.lead();
        g.writeStartObject();
        g.write("id", s.id());
        g.write("url", url(s));
        g.write("title", s.title());
        nullable(g, "summary", s.summary());
        g.writeKey("leadBody");
        body(g, b, true);
        g.writeStartArray("partners");
        s.partners().forEach(p -> body(g, p, false));
        g.writeEnd();
        labelled(g, "areas", s.areas(), "area.");
        labelled(g, "typologies", s.typologies(), "typology.");
        if (s.phase() == null) {
            g.writeNull("phase");
        } else {
            g.writeStartObject("phase").write("code", s.phase()).write("label", text("phase." + s.phase())).writeEnd();
        }
        number(g, "startYear", s.startYear() == null ? null : BigDecimal.valueOf(s.startYear()));
        nullable(g, "description", s.description());
        nullable(g, "value", s.value());
        g.writeStartObject("savings");
        number(g, "eurosPerYear", s.savingsEurosYear());
        number(g, "eurosOneOff", s.savingsEurosOneOff());
        number(g, "staffHoursPerYear", s.savingsHoursYear());
        nullable(g, "method", s.savingsMethod());
        g.writeEnd();
        g.writeStartObject("analysis");
        nullable(g, "barriers", s.barriers());
        nullable(g, "benefits", s.benefits());
        nullable(g, "technology", s.technology());
        g.writeStartArray("technologies");
        s.technologies().forEach(g::write);
        g.writeEnd();
        g.writeEnd();
        g.writeStartArray("materials");
        s.materials().forEach(m -> {
            g.writeStartObject().write("type", m.type());
            nullable(g, "title", m.title());
            nullable(g, "language", m.language());
            g.write("url", absolute(m.url())).writeEnd();
        });
        g.writeEnd();
        g.write("origin", s.origin());
        nullable(g, "publishedAt", time(s.publishedAt()));
        nullable(g, "updatedAt", time(s.updatedAt()));
        nullable(g, "reviewedAt", time(s.reviewedAt()));
        g.writeEnd();
    }

    private void body(JsonGenerator g, SheetRecord.Body b, boolean full) {
        g.writeStartObject().write("id", b.id()).write("name", b.name()).write("type", b.type());
        nullable(g, "code", b.code());
        if (full) {
            if (b.population() == null) {
                g.writeNull("population");
            } else {
                g.write("population", b.population());
            }
            place(g, "comarca", b.comarcaCode(), b.comarcaCode() == null ? null : reference.comarcaName(b.comarcaCode()));
            place(g, "province", b.provinceCode(), b.provinceCode() == null ? null : reference.provinceName(b.provinceCode()));
            place(g, "country", b.countryCode(), b.countryCode() == null ? null
                    : ReferenceService.countryName(b.countryCode(), locale));
        }
        g.writeEnd();
    }

    private static void place(JsonGenerator g, String key, String code, String name) {
        if (code == null) {
            g.writeNull(key);
        } else {
            g.writeStartObject(key).write("code", code).write("name", name).writeEnd();
        }
    }

    private void labelled(JsonGenerator g, String key, List<String> codes, String prefix) {
        g.writeStartArray(key);
        codes.forEach(c -> g.writeStartObject().write("code", c).write("label", text(prefix + c)).writeEnd());
        g.writeEnd();
    }

    private static void nullable(JsonGenerator g, String key, String value) {
        if (value == null) {
            g.writeNull(key);
        } else {
            g.write(key, value);
        }
    }

    private static void number(JsonGenerator g, String key, BigDecimal value) {
        if (value == null) {
            g.writeNull(key);
        } else {
            g.write(key, value.stripTrailingZeros());
        }
    }

    private String url(SheetRecord s) {
        return base + "/project/view.xhtml?id=" + s.id();
    }

    private String absolute(String url) {
        return url != null && url.startsWith("/") ? base + url : url;
    }

    /** A time in UTC, RFC 3339 (stored times are the server's, which runs in UTC). */
    static String time(LocalDateTime t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC).withNano(0).toString();
    }

    private String text(String key) {
        return Languages.text(locale, key);
    }
}
