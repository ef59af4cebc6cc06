package cat.digicanvis.portal.application.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.MaterialType;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.shared.Violation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SheetRowsTest {

    static Map<String, String> row(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void aDownloadedRowReadsBackIntoTheSameSheet() {
        SheetRows.Parsed p = SheetRows.parse(row("url", "https://a.example/project/view.xhtml?id=7",
                "title", "'=Padró digital per a tothom", "summary", "Resum", "lead_body_type", "municipality",
                "lead_body_code", "25217", "partners", "Consell Comarcal de l'Urgell [county-council 38]",
                "areas", "participation | social-services", "area_labels", "ignored", "typologies", "services",
                "phase", "pilot", "start_year", "2024", "savings_euros_year", "4500", "savings_hours_year", "120.5",
                "technologies", "padró | cita prèvia",
                "materials", "Guia <https://example.org/g.pdf> (document, es) | Vídeo <https://example.org/v> (video, ca)"));
        assertEquals(List.of(), p.violations());
        assertEquals("=Padró digital per a tothom", p.form().getTitle(), "the download's apostrophe is taken away");
        assertEquals(new SheetRows.BodyRef(BodyType.MUNICIPALITY, "25217"), p.lead());
        assertEquals(List.of(new SheetRows.BodyRef(BodyType.COUNTY_COUNCIL, "38")), p.partners());
        assertEquals(Set.of(Area.PARTICIPATION, Area.SOCIAL_SERVICES), p.form().getAreas());
        assertEquals(Phase.PILOT, p.form().getPhase());
        assertEquals(2024, p.form().getStartYear());
        assertEquals(new BigDecimal("120.5"), p.form().getSavingsHoursPerYear());
        assertEquals(List.of("padró", "cita prèvia"), p.form().getTechnologies());
        assertEquals(2, p.form().getMaterials().size());
        assertEquals(MaterialType.DOCUMENT, p.form().getMaterials().get(0).getType());
        assertEquals("es", p.form().getMaterials().get(0).getLanguage());
        assertEquals("https://example.org/g.pdf", p.form().getMaterials().get(0).getUrl());
        assertEquals("https://a.example/project/view.xhtml?id=7", p.externalId(), "a download's url identifies it");
    }

    @Test
    void eachWrongCellIsNamed() {
        SheetRows.Parsed p = SheetRows.parse(row("title", "T", "lead_body_type", "castle", "lead_body_code", "1",
                "areas", "space", "phase", "finished", "start_year", "soon", "savings_euros_year", "4.500 €",
                "materials", "just a link", "partners", "Tàrrega", "external_id", "x".repeat(501)));
        List<String> fields = p.violations().stream().map(Violation::field).toList();
        assertEquals(List.of("phase", "start_year", "savings_euros_year", "areas", "materials", "lead_body_type",
                "partners", "external_id").stream().sorted().toList(), fields.stream().sorted().toList());
        assertNull(p.lead());
    }

    @Test
    void anExternalIdColumnWinsOverTheUrl() {
        assertEquals("mine-1", SheetRows.parse(row("external_id", "mine-1", "url", "https://x")).externalId());
        assertNull(SheetRows.parse(row("title", "x")).externalId());
    }

    @Test
    void formulasAreRecognisedAndTheDownloadsNeutralisedOnesAreNot() {
        assertTrue(SheetRows.formula("=SUM(A1:A3)"));
        assertFalse(SheetRows.formula("'=SUM(A1:A3)"));
        assertFalse(SheetRows.formula("4500"));
        assertEquals("-3 graus", SheetRows.text(row("a", "'-3 graus"), "a"));
        assertEquals("'cometes'", SheetRows.text(row("a", "'cometes'"), "a"), "an ordinary apostrophe stays");
    }

    @Test
    void aPartnerAndAMaterialAreWrittenAsTheyAreRead() {
        assertEquals("Tàrrega [municipality 25217]",
                SheetRows.partner(new SheetRecord.Body(1, "Tàrrega", "municipality", "25217", 17000, "38", "25", "ES")));
        assertEquals("Guia <https://x/g.pdf> (document, es)", SheetRows.material("document", "Guia", "es", "https://x/g.pdf"));
    }
}
