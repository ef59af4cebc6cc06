package cat.digicanvis.portal.application.sheet;

import cat.digicanvis.portal.domain.shared.Codes;
import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changes between two versions of a sheet's form, field by field, with the words removed and added marked
 * (java-diff-utils, word by word; the texts are HTML-escaped before the marks are added, so the result is safe
 * to show as HTML).
 */
public final class SheetDiff {

    /** One changed field: its label key, its texts, and the same marked up ({@code <del>}, {@code <ins>}). */
    public record FieldChange(String field, String before, String after, String beforeHtml, String afterHtml)
            implements java.io.Serializable {
    }

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .oldTag(open -> open ? "<del>" : "</del>")
            .newTag(open -> open ? "<ins>" : "</ins>")
            .build();

    private SheetDiff() {
    }

    /** The fields that differ, in the order of the form; {@code bodyName} names a body by its id. */
    public static List<FieldChange> changes(SheetForm before, SheetForm after, Function<Long, String> bodyName) {
        Map<String, String> a = texts(before, bodyName);
        Map<String, String> b = texts(after, bodyName);
        List<FieldChange> out = new ArrayList<>();
        for (String field : a.keySet()) {
            String x = a.get(field);
            String y = b.get(field);
            if (!x.equals(y)) {
                List<DiffRow> rows = GENERATOR.generateDiffRows(lines(x), lines(y));
                out.add(new FieldChange(field, x, y,
                        rows.stream().map(DiffRow::getOldLine).collect(Collectors.joining("<br/>")),
                        rows.stream().map(DiffRow::getNewLine).collect(Collectors.joining("<br/>"))));
            }
        }
        return out;
    }

    /** The names of the fields that differ (for the audit trail of an editor's edit). */
    public static String summary(List<FieldChange> changes) {
        return changes.stream().map(c -> c.field().replace("field.", "")).collect(Collectors.joining(", "));
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
    }

    static Map<String, String> texts(SheetForm f, Function<Long, String> bodyName) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("field.title", text(f.getTitle()));
        t.put("field.summary", text(f.getSummary()));
        t.put("field.leadBody", f.getLeadBodyId() == null ? "" : bodyName.apply(f.getLeadBodyId()));
        t.put("field.partners", f.getPartnerIds().stream().map(bodyName).collect(Collectors.joining("\n")));
        t.put("field.contacts", f.getContacts().stream()
                .map(c -> String.join(" · ", text(c.getName()), text(c.getRole()), text(c.getEmail()), text(c.getPhone()),
                        c.isConsent() ? "✓" : "✗"))
                .collect(Collectors.joining("\n")));
        t.put("field.description", text(f.getDescription()));
        t.put("field.value", text(f.getValue()));
        t.put("field.savingsEurosPerYear", number(f.getSavingsEurosPerYear()));
        t.put("field.savingsEurosOneOff", number(f.getSavingsEurosOneOff()));
        t.put("field.savingsHoursPerYear", number(f.getSavingsHoursPerYear()));
        t.put("field.savingsMethod", text(f.getSavingsMethod()));
        t.put("field.barriers", text(f.getBarriers()));
        t.put("field.benefits", text(f.getBenefits()));
        t.put("field.technologyText", text(f.getTechnologyText()));
        t.put("field.technologies", String.join("\n", f.getTechnologies()));
        t.put("field.phase", f.getPhase() == null ? "" : Codes.code(f.getPhase()));
        t.put("field.startYear", f.getStartYear() == null ? "" : f.getStartYear().toString());
        t.put("field.areas", codes(f.getAreas()));
        t.put("field.typologies", codes(f.getTypologies()));
        t.put("field.materials", f.getMaterials().stream()
                .map(m -> String.join(" · ", m.getType() == null ? "" : Codes.code(m.getType()), text(m.getTitle()),
                        text(m.getLanguage()), m.getFileId() != null ? text(m.getFileName()) : text(m.getUrl())))
                .collect(Collectors.joining("\n")));
        return t;
    }

    private static String codes(Collection<? extends Enum<?>> values) {
        return values.stream().map(e -> Codes.code(e.name())).sorted().collect(Collectors.joining("\n"));
    }

    private static String text(String s) {
        return s == null ? "" : s.strip().replace("\r\n", "\n");
    }

    private static String number(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }
}
