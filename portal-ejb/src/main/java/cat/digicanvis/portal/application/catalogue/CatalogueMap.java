package cat.digicanvis.portal.application.catalogue;

import cat.digicanvis.portal.domain.model.localbody.BodyType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A catalogue request's sheets as the map shows them: one place per leading body (its sheets listed there),
 * and the sheets counted per comarca and per municipality (Km0) and per country (foreign), which colour the map.
 * Counts are of sheets, so they add up to the catalogue's total for the same request.
 */
public record CatalogueMap(long total, long km0, long foreign, List<Place> places, Map<String, Long> byComarca,
                           Map<String, Long> byMunicipality, Map<String, Long> byCountry) implements Serializable {

    /** A body's place: its position, and the sheets it leads among the results. */
    public record Place(long bodyId, String name, boolean km0, String municipality, double latitude,
                        double longitude, List<Pin> sheets) implements Serializable {
    }

    public record Pin(long id, String title) implements Serializable {
    }

    public static CatalogueMap of(Collection<CatalogueEntry> entries) {
        Map<Long, List<CatalogueEntry>> byBody = new LinkedHashMap<>();
        Map<String, Long> comarques = new TreeMap<>();
        Map<String, Long> municipalities = new TreeMap<>();
        Map<String, Long> countries = new TreeMap<>();
        long km0 = 0;
        for (CatalogueEntry e : entries) {
            BodySummaryView b = e.lead();
            byBody.computeIfAbsent(b.id(), k -> new ArrayList<>()).add(e);
            if (b.km0()) {
                km0++;
                if (b.comarcaCode() != null) {
                    comarques.merge(b.comarcaCode(), 1L, Long::sum);
                }
                if (b.type() == BodyType.MUNICIPALITY && b.officialCode() != null) {
                    municipalities.merge(b.officialCode(), 1L, Long::sum);
                }
            } else if (b.countryCode() != null) {
                countries.merge(b.countryCode(), 1L, Long::sum);
            }
        }
        List<Place> places = new ArrayList<>();
        byBody.values().forEach(list -> {
            BodySummaryView b = list.get(0).lead();
            places.add(new Place(b.id(), b.name(), b.km0(),
                    b.type() == BodyType.MUNICIPALITY ? b.officialCode() : null, b.latitude(), b.longitude(),
                    list.stream().map(e -> new Pin(e.id(), e.title())).toList()));
        });
        return new CatalogueMap(entries.size(), km0, entries.size() - km0, List.copyOf(places), comarques,
                municipalities, countries);
    }
}
