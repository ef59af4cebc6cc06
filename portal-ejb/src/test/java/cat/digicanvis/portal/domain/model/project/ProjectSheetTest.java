package cat.digicanvis.portal.domain.model.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.model.localbody.LocalBody;
import cat.digicanvis.portal.domain.shared.GeoPoint;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectSheetTest {

    static final LocalBody BODY = LocalBody.catalan(BodyType.MUNICIPALITY, "Tàrrega", "25217", "38", "25", 17_000,
            new BigDecimal("48.6"), new GeoPoint(41.647, 1.14));

    static SheetContent complete() {
        return new SheetContent("Cita prèvia en línia", "Una agenda única.", "Descripció **llarga**.", "Valor",
                new Savings(new BigDecimal("1000"), null, new BigDecimal("120"), "Hores comptades"), "Barreres",
                "Beneficis", "Eines", List.of("cita prèvia", "SMS"), Phase.PILOT, 2021, Set.of(Area.CITIZEN_CARE),
                Set.of(Typology.SERVICES), List.of(new ContactPerson("Anna Puig", "Secretària", "anna@example.org",
                        "+34 600 000 000", true)),
                List.of(new Material(MaterialType.ARTICLE, "Article", "ca", "https://example.org/a", null)));
    }

    static SheetContent with(SheetContent c, String title, Set<Area> areas, List<Material> materials,
                             Savings savings, List<ContactPerson> contacts) {
        return new SheetContent(title, c.summary(), c.description(), c.value(), savings, c.barriers(), c.benefits(),
                c.technologyText(), c.technologies(), c.phase(), c.startYear(), areas, c.typologies(), contacts,
                materials);
    }

    static List<String> fields(RuleViolationException e) {
        return e.violations().stream().map(Violation::field).toList();
    }

    @Test
    void aCompleteDraftCanBePublished() {
        ProjectSheet sheet = new ProjectSheet(complete(), BODY, Set.of(), ContentOrigin.USER);
        assertFalse(sheet.isPublished());
        sheet.publish();
        assertTrue(sheet.isPublished());
        assertEquals(sheet.getPublishedAt(), sheet.getReviewedAt());
    }

    @Test
    void anIncompleteDraftIsStoredButNotPublished() {
        SheetContent bare = new SheetContent("Només títol", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        ProjectSheet sheet = new ProjectSheet(bare, BODY, Set.of(), ContentOrigin.USER);
        RuleViolationException e = assertThrows(RuleViolationException.class, sheet::publish);
        assertEquals(List.of("summary", "description", "areas", "typologies", "phase"), fields(e));
        assertFalse(sheet.isPublished());
    }

    @Test
    void limitsHoldForDrafts() {
        SheetContent c = complete();
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> new ProjectSheet(
                with(c, "ab", c.areas(), c.materials(), c.savings(), c.contacts()), BODY, Set.of(), ContentOrigin.USER));
        assertEquals(List.of("title"), fields(e));
        assertThrows(RuleViolationException.class, () -> new ProjectSheet(
                with(c, "x".repeat(201), c.areas(), c.materials(), c.savings(), c.contacts()), BODY, Set.of(),
                ContentOrigin.USER));
    }

    @Test
    void negativeSavingsAreRefused() {
        SheetContent c = complete();
        Savings negative = new Savings(new BigDecimal("-1"), null, new BigDecimal("-5"), null);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> new ProjectSheet(
                with(c, c.title(), c.areas(), c.materials(), negative, c.contacts()), BODY, Set.of(), ContentOrigin.USER));
        assertEquals(List.of("savingsEurosPerYear", "savingsHoursPerYear"), fields(e));
    }

    @Test
    void invalidUrlsEmailsAndPhonesAreRefused() {
        SheetContent c = complete();
        List<Material> badMaterials = List.of(
                new Material(MaterialType.VIDEO, "Vídeo", "ca", "javascript:alert(1)", null),
                new Material(MaterialType.ARTICLE, "Sense res", "ca", null, null),
                new Material(MaterialType.ARTICLE, "Tots dos", "xx1", "https://example.org", 3L));
        List<ContactPerson> badContacts = List.of(new ContactPerson("Anna", "Tècnica", "not-an-email", "abc", false));
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> new ProjectSheet(
                with(c, c.title(), c.areas(), badMaterials, c.savings(), badContacts), BODY, Set.of(), ContentOrigin.USER));
        assertEquals(List.of("contacts[0].email", "contacts[0].phone", "contacts[0].consent", "materials[0].url", "materials[1].url",
                "materials[2].language", "materials[2].url"), fields(e));
    }

    @Test
    void aPublishedSheetMustStayPublishable() {
        ProjectSheet sheet = new ProjectSheet(complete(), BODY, Set.of(), ContentOrigin.USER);
        sheet.publish();
        SheetContent c = complete();
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> sheet.revise(with(c, c.title(), Set.of(), c.materials(), c.savings(), c.contacts()), BODY, Set.of()));
        assertEquals(List.of("areas"), fields(e));
        assertEquals(Set.of(Area.CITIZEN_CARE), sheet.getAreas());
    }

    @Test
    void theLeadBodyIsNotAPartner() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> new ProjectSheet(complete(), BODY, Set.of(BODY), ContentOrigin.USER));
        assertEquals(List.of("partners"), fields(e));
    }

    @Test
    void webUrls() {
        assertTrue(SheetContent.isWebUrl("https://www.aoc.cat/path?x=1"));
        assertFalse(SheetContent.isWebUrl("ftp://example.org"));
        assertFalse(SheetContent.isWebUrl("https://localhost"));
        assertFalse(SheetContent.isWebUrl("not a url"));
        assertFalse(SheetContent.isWebUrl("https://example.org/" + "a".repeat(2000)));
    }

    @Test
    void bodiesNeedAPositivePopulation() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> LocalBody.foreign("Gent", "BE",
                null, 0, null, new GeoPoint(51.05, 3.72), 2797656));
        assertEquals(List.of("population"), fields(e));
        assertThrows(RuleViolationException.class, () -> LocalBody.foreign("Gent", "Belgium", null, 10, null,
                new GeoPoint(51.05, 3.72), 2797656));
    }
}
