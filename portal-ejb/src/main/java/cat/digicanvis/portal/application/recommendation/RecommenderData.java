package cat.digicanvis.portal.application.recommendation;

import cat.digicanvis.portal.application.catalogue.CatalogueEntry;
import cat.digicanvis.portal.application.catalogue.CatalogueService;
import cat.digicanvis.portal.domain.model.localbody.LocalBody;
import cat.digicanvis.portal.domain.model.localbody.LocalBodyRepository;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.Typology;
import cat.digicanvis.portal.domain.model.recommendation.BodyProfile;
import cat.digicanvis.portal.domain.model.recommendation.ModelRecord;
import cat.digicanvis.portal.domain.model.recommendation.RecommendationRepository;
import cat.digicanvis.recommender.data.Body;
import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.data.Features;
import cat.digicanvis.recommender.data.Interaction;
import cat.digicanvis.recommender.data.Item;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Translates the portal's bodies, profiles, published sheets and interactions into the recommender
 * library's data set. Body ids are {@code b<id>}, sheet ids {@code s<id>}.
 */
@Stateless
public class RecommenderData {

    @Inject
    LocalBodyRepository bodies;
    @Inject
    RecommendationRepository repository;
    @Inject
    CatalogueService catalogue;

    static String bodyKey(long id) {
        return "b" + id;
    }

    static String sheetKey(long id) {
        return "s" + id;
    }

    static long id(String key) {
        return Long.parseLong(key.substring(1));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Dataset dataset() {
        Map<Long, BodyProfile> profiles = repository.allProfiles().stream()
                .collect(Collectors.toMap(BodyProfile::getBodyId, p -> p));
        Map<String, Body> out = new LinkedHashMap<>();
        for (LocalBody b : bodies.all()) {
            out.put(bodyKey(b.getId()), body(b, profiles.get(b.getId())));
        }
        Map<String, Item> items = new LinkedHashMap<>();
        for (CatalogueEntry e : catalogue.all()) {
            if (out.containsKey(bodyKey(e.lead().id()))) {
                items.put(sheetKey(e.id()), item(e));
            }
        }
        List<Interaction> xs = new ArrayList<>();
        for (Object[] row : repository.allInteractions()) {
            String body = bodyKey(((Number) row[0]).longValue());
            String sheet = sheetKey(((Number) row[1]).longValue());
            if (out.containsKey(body) && items.containsKey(sheet)) {
                xs.add(new Interaction(body, sheet, ((Number) row[2]).doubleValue(), ((Number) row[3]).longValue()));
            }
        }
        return new Dataset(out, items, xs);
    }

    /** A body as the recommender sees it: official data plus the profile its members filled. */
    static Body body(LocalBody b, BodyProfile profile) {
        Map<String, Double> numeric = new HashMap<>();
        numeric.put("population", (double) b.getPopulation());
        if (b.getAreaKm2() != null) {
            numeric.put("area_km2", b.getAreaKm2().doubleValue());
        }
        numeric.put("lat", b.position().latitude());
        numeric.put("lon", b.position().longitude());
        Map<String, Set<String>> cats = new HashMap<>();
        cats.put("type", Set.of(b.getType().name()));
        cats.put("country", Set.of(b.getCountryCode()));
        cats.put("scope", Set.of(b.getType().isCatalan() ? "km0" : "foreign"));
        Optional.ofNullable(b.getProvinceCode()).ifPresent(p -> cats.put("province", Set.of(p)));
        Optional.ofNullable(b.getComarcaCode()).ifPresent(c -> cats.put("comarca", Set.of(c)));
        if (profile != null) {
            Set<String> needs = new LinkedHashSet<>();
            profile.getNeeds().forEach((area, w) -> needs.add(area.name() + ":" + w));
            if (!needs.isEmpty()) {
                cats.put("needs", needs);
            }
            if (profile.getMaturity() != null) {
                cats.put("phase", Set.of(profile.getMaturity().name()));
            }
        }
        return new Body(bodyKey(b.getId()), new Features(numeric, cats));
    }

    static Item item(CatalogueEntry e) {
        Map<String, Set<String>> cats = new HashMap<>();
        if (!e.typologies().isEmpty()) {
            cats.put("typology", e.typologies().stream().map(Typology::name).collect(Collectors.toSet()));
        }
        if (e.phase() != null) {
            cats.put("phase", Set.of(e.phase().name()));
        }
        if (!e.technologies().isEmpty()) {
            cats.put("technologies", Set.copyOf(e.technologies()));
        }
        // title and summary: what "projects like this" compares when nobody has touched a sheet yet
        String text = e.title() + "\n" + (e.summary() == null ? "" : e.summary());
        return new Item(sheetKey(e.id()), bodyKey(e.lead().id()), e.areas().stream().map(Area::name).collect(Collectors.toSet()),
                text, new Features(Map.of(), cats));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(ModelRecord model) {
        repository.store(model);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ModelRecord> latest() {
        return repository.latestModel().map(m -> {
            m.getContent();
            return m;
        });
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long interactions() {
        return repository.countInteractions();
    }
}
