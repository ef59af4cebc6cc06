package cat.digicanvis.portal.application.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.domain.model.project.Phase;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetDiffTest {

    static SheetForm form() {
        SheetForm f = new SheetForm();
        f.setTitle("Finestreta única digital");
        f.setSummary("Un sol punt d'entrada per als tràmits.");
        f.setLeadBodyId(1L);
        f.setDescription("Primera línia.\nSegona línia amb detalls.");
        f.setSavingsEurosPerYear(new BigDecimal("4500.00"));
        f.setPhase(Phase.PILOT);
        return f;
    }

    @Test
    void onlyChangedFieldsWithTheirWordsMarked() {
        SheetForm before = form();
        SheetForm after = form();
        after.setDescription("Primera línia.\nSegona línia amb molts detalls.");
        after.setSavingsEurosPerYear(new BigDecimal("4500"));
        after.setPhase(Phase.IMPLEMENTED);
        List<SheetDiff.FieldChange> changes = SheetDiff.changes(before, after, id -> "Tàrrega");
        assertEquals(List.of("field.description", "field.phase"), changes.stream().map(SheetDiff.FieldChange::field).toList(),
                "4500.00 and 4500 are the same saving");
        SheetDiff.FieldChange d = changes.get(0);
        assertTrue(d.afterHtml().contains("<ins>molts</ins>") || d.afterHtml().contains("<ins>molts "), d.afterHtml());
        assertEquals("Primera línia.", d.beforeHtml().split("<br/>")[0], "unchanged lines stay as they are");
        assertEquals("description, phase", SheetDiff.summary(changes));
    }

    @Test
    void textIsEscapedBeforeItIsMarked() {
        SheetForm before = form();
        SheetForm after = form();
        after.setTitle("Finestreta <script>alert(1)</script> única");
        SheetDiff.FieldChange t = SheetDiff.changes(before, after, id -> "x").get(0);
        assertFalse(t.afterHtml().contains("<script>"), t.afterHtml());
        assertTrue(t.afterHtml().contains("&lt;script&gt;"), t.afterHtml());
    }
}
