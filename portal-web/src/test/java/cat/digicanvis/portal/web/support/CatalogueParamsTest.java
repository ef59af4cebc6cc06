package cat.digicanvis.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.digicanvis.portal.application.catalogue.CatalogueQuery;
import cat.digicanvis.portal.application.catalogue.CatalogueQuery.Scope;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.shared.PopulationBand;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import cat.digicanvis.portal.web.i18n.LanguageServletTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueParamsTest {

    @Test
    void parsesEveryFilter() {
        CatalogueQuery q = CatalogueParams.parse(Map.of(
                "q", new String[] {" participació "},
                "area", new String[] {"participation", "social-services"},
                "band", new String[] {"501-2000"},
                "scope", new String[] {"km0"},
                "near", new String[] {"08019"},
                "maxKm", new String[] {"25"},
                "sort", new String[] {"distance"},
                "page", new String[] {"2"},
                "size", new String[] {"500"}));
        assertEquals("participació", q.text());
        assertEquals(Set.of(Area.PARTICIPATION, Area.SOCIAL_SERVICES), q.areas());
        assertEquals(Set.of(PopulationBand.FROM_501_TO_2000), q.bands());
        assertEquals(Scope.KM0, q.scope());
        assertEquals("08019", q.nearIne());
        assertEquals(25.0, q.maxKm());
        assertEquals(1, q.page());
        assertEquals(CatalogueQuery.MAX_SIZE, q.size());
    }

    @Test
    void unknownValuesAreErrorsNotIgnored() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> CatalogueParams.parse(Map.of(
                "area", new String[] {"gardening"}, "page", new String[] {"0"}, "maxKm", new String[] {"far"},
                "near", new String[] {"Barcelona"})));
        assertEquals(List.of("area", "near", "maxKm", "page"), e.violations().stream().map(Violation::field).toList());
        assertEquals("Àmbit: el valor «gardening» no és vàlid.",
                Messages.describe(e.violations().get(0), Locale.forLanguageTag("ca")));
        assertEquals("Area: the value \"gardening\" is not valid.",
                Messages.describe(e.violations().get(0), Locale.ENGLISH));
    }

    @Test
    void queryStringRoundTrips() {
        Map<String, String[]> params = Map.of("q", new String[] {"l'ajuntament"}, "area", new String[] {"participation"},
                "scope", new String[] {"foreign"}, "country", new String[] {"fr"});
        CatalogueQuery q = CatalogueParams.parse(params);
        String qs = CatalogueParams.toQueryString(q, 2);
        assertEquals("q=l%27ajuntament&area=participation&scope=foreign&country=FR&page=3", qs);
        assertEquals(q.areas(), CatalogueParams.parse(LanguageServletTest.split(qs)).areas());
    }

    @Test
    void facetLinksAddAndRemoveOneValue() {
        CatalogueQuery q = CatalogueParams.parse(Map.of("area", new String[] {"participation"},
                "scope", new String[] {"km0"}, "page", new String[] {"3"}));
        assertEquals("area=participation&area=social-services&scope=km0",
                CatalogueParams.toggled(q, "area", "social-services"));
        assertEquals("scope=km0", CatalogueParams.toggled(q, "area", "participation"));
        assertEquals("area=participation&scope=foreign", CatalogueParams.toggled(q, "scope", "foreign"));
        assertEquals("area=participation", CatalogueParams.toggled(q, "scope", "km0"));
    }

    @Test
    void catalanApostrophesSurviveFormatting() {
        assertEquals("l'ens 3", Messages.format("l'ens {0}", 3));
    }
}
