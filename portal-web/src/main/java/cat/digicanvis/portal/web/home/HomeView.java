package cat.digicanvis.portal.web.home;

import cat.digicanvis.portal.application.catalogue.CatalogueService;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.shared.Codes;
import cat.digicanvis.portal.application.catalogue.Facets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The home page: what the observatory is, counts by area and phase, the latest sheets. */
@Named
@RequestScoped
public class HomeView {

    public record Count(String code, long count) {
    }

    @Inject
    CatalogueService catalogue;
    @Inject
    cat.digicanvis.portal.web.support.Cards cards;

    private List<Count> areas;
    private List<Count> phases;
    private List<cat.digicanvis.portal.web.support.CardView> latest;
    private long km0;
    private long foreign;

    @PostConstruct
    void load() {
        Map<String, Long> byArea = catalogue.countBy(Facets.AREA);
        areas = new ArrayList<>();
        for (Area a : Area.values()) {
            areas.add(new Count(Codes.code(a), byArea.getOrDefault(Codes.code(a), 0L)));
        }
        Map<String, Long> byPhase = catalogue.countBy(Facets.PHASE);
        phases = new ArrayList<>();
        for (Phase p : Phase.values()) {
            phases.add(new Count(Codes.code(p), byPhase.getOrDefault(Codes.code(p), 0L)));
        }
        Map<String, Long> byScope = catalogue.countBy(Facets.SCOPE);
        km0 = byScope.getOrDefault("km0", 0L);
        foreign = byScope.getOrDefault("foreign", 0L);
        latest = catalogue.latest(6).stream().map(e -> cards.of(e, null)).toList();
    }

    public List<Count> getAreas() {
        return areas;
    }

    public List<Count> getPhases() {
        return phases;
    }

    public List<cat.digicanvis.portal.web.support.CardView> getLatest() {
        return latest;
    }

    public long getKm0() {
        return km0;
    }

    public long getForeign() {
        return foreign;
    }

    public int getTotal() {
        return catalogue.size();
    }
}
