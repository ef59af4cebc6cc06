package cat.digicanvis.portal.infrastructure.startup;

import cat.digicanvis.portal.application.body.LocalBodyService;
import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.application.sheet.ProjectSheetService;
import cat.digicanvis.portal.application.sheet.SheetForm;
import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.model.project.MaterialType;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.ProjectSheetRepository;
import cat.digicanvis.portal.domain.model.project.Typology;
import jakarta.enterprise.context.ApplicationScoped;
import cat.digicanvis.portal.domain.shared.Clock;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the demo sheets of {@code demo/demo-sheets.json} (fictitious projects, marked as demo content on
 * every page) through the same service as any author, so they obey every rule. Only bin/run's default
 * profile turns this on; it runs once per database.
 */
@ApplicationScoped
public class DemoContentLoader {

    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class.getName());

    @Inject
    ProjectSheetService sheets;
    @Inject
    LocalBodyService bodies;
    @Inject
    ProjectSheetRepository repository;

    private boolean alreadyLoaded() {
        return repository.countByOrigin(ContentOrigin.DEMO) > 0;
    }

    /** All or nothing: one transaction, so a failure leaves no half-loaded demo to skip next time. */
    @Transactional
    public void load() {
        if (alreadyLoaded()) {
            return;
        }
        JsonObject root;
        try (InputStream in = DemoContentLoader.class.getClassLoader().getResourceAsStream("demo/demo-sheets.json");
             JsonReader reader = Json.createReader(in)) {
            root = reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = 0;
        for (JsonValue v : root.getJsonArray("sheets")) {
            JsonObject s = v.asJsonObject();
            long id = sheets.saveAndPublish(Actor.SYSTEM, form(s, leadBody(s.getJsonObject("body"))),
                    ContentOrigin.DEMO).id();
            if (s.containsKey("reviewedMonthsAgo")) {
                // demo sheets last reviewed long ago, to show the stale flag
                repository.find(id).orElseThrow().reviewedOn(Clock.now().minusMonths(s.getInt("reviewedMonthsAgo")));
            }
            n++;
        }
        int loaded = n;
        LOG.info(() -> "Loaded " + loaded + " demo sheets");
    }

    private long leadBody(JsonObject b) {
        BodySummaryView body;
        if (b.containsKey("ine")) {
            body = bodies.findByCode(BodyType.MUNICIPALITY, b.getString("ine")).orElseThrow();
        } else if (b.containsKey("county")) {
            body = bodies.findByCode(BodyType.COUNTY_COUNCIL, b.getString("county")).orElseThrow();
        } else {
            body = bodies.createForeign(Actor.SYSTEM, b.getInt("foreign"), null, null, null, null, null, null);
        }
        return body.id();
    }

    private static SheetForm form(JsonObject s, long leadBodyId) {
        SheetForm f = new SheetForm();
        f.setTitle(s.getString("title"));
        f.setSummary(s.getString("summary"));
        f.setLeadBodyId(leadBodyId);
        f.setDescription(s.getString("description"));
        f.setValue(s.getString("value"));
        f.setBarriers(s.getString("barriers"));
        f.setBenefits(s.getString("benefits"));
        f.setTechnologyText(s.getString("technologyText"));
        f.setTechnologies(strings(s, "technologies"));
        f.setPhase(Phase.valueOf(s.getString("phase")));
        f.setStartYear(s.getInt("startYear"));
        strings(s, "areas").forEach(a -> f.getAreas().add(Area.valueOf(a)));
        strings(s, "typologies").forEach(t -> f.getTypologies().add(Typology.valueOf(t)));
        for (JsonValue cv : s.getJsonArray("contacts")) {
            JsonObject c = cv.asJsonObject();
            f.getContacts().add(new SheetForm.Contact(c.getString("name"), c.getString("role"),
                    c.getString("email"), c.getString("phone"), true));
        }
        for (JsonValue mv : s.getJsonArray("materials")) {
            JsonObject m = mv.asJsonObject();
            f.getMaterials().add(new SheetForm.MaterialRow(MaterialType.valueOf(m.getString("type")),
                    m.getString("title"), m.getString("language"), m.getString("url"), null, null));
        }
        JsonObject sv = s.getJsonObject("savings");
        f.setSavingsEurosPerYear(amount(sv, "eurosPerYear"));
        f.setSavingsEurosOneOff(amount(sv, "eurosOneOff"));
        f.setSavingsHoursPerYear(amount(sv, "hoursPerYear"));
        f.setSavingsMethod(sv.containsKey("method") ? sv.getString("method") : null);
        return f;
    }

    private static BigDecimal amount(JsonObject o, String key) {
        return o.containsKey(key) ? o.getJsonNumber(key).bigDecimalValue() : null;
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        o.getJsonArray(key).forEach(v -> out.add(((JsonString) v).getString()));
        return out;
    }
}
