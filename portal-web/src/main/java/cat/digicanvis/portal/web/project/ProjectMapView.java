package cat.digicanvis.portal.web.project;

import cat.digicanvis.portal.application.catalogue.CatalogueMap;
import cat.digicanvis.portal.application.catalogue.CatalogueQuery;
import cat.digicanvis.portal.application.catalogue.CatalogueService;
import cat.digicanvis.portal.application.reference.ReferenceService;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import cat.digicanvis.portal.web.support.CatalogueParams;
import cat.digicanvis.portal.web.support.Formats;
import cat.digicanvis.portal.web.support.Labels;
import cat.digicanvis.portal.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The catalogue on a map (project/map.xhtml): the same URL parameters as the list, plus which map
 * ({@code view}: Catalonia or the world, for foreign projects) and what colours it ({@code shade}: sheets per
 * comarca or per municipality). The page carries its data in an attribute for the script, and the same counts
 * as tables, which are what readers without JavaScript or without sight of the map use.
 */
@Named
@RequestScoped
public class ProjectMapView {

    public static final List<String> VIEWS = List.of("catalonia", "world");
    public static final List<String> SHADES = List.of("comarca", "municipality");
    /** Sheets listed in a place's popup; the rest are reached through the list. */
    static final int PINS_PER_PLACE = 8;

    /** A row of a count table, with the catalogue link that shows its sheets. */
    public record CountRow(String code, String name, long count, String countText, String href, int shade) {
    }

    @Inject
    CatalogueService catalogue;
    @Inject
    Formats fmt;
    @Inject
    Labels labels;
    @Inject
    ReferenceService reference;

    private CatalogueQuery query;
    private CatalogueMap map;
    private String view = VIEWS.get(0);
    private String shade = SHADES.get(0);
    private boolean invalid;

    public void load() {
        // the search ran at construction
    }

    @PostConstruct
    void search() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        Map<String, String[]> params = ctx.getExternalContext().getRequestParameterValuesMap();
        List<Violation> violations = new ArrayList<>();
        view = option(params, "view", VIEWS, violations);
        shade = option(params, "shade", SHADES, violations);
        try {
            if (!violations.isEmpty()) {
                throw new RuleViolationException(violations);
            }
            query = CatalogueParams.parse(params);
            map = catalogue.map(query);
        } catch (RuleViolationException e) {
            invalid = true;
            query = CatalogueQuery.all(CatalogueQuery.DEFAULT_SIZE);
            map = catalogue.map(query);
            ((HttpServletResponse) ctx.getExternalContext().getResponse()).setStatus(400);
            Messages.violations(ctx, e.violations());
        }
    }

    /** A parameter that takes one of a few words; absent means the first. */
    public static String option(Map<String, String[]> params, String name, List<String> allowed, List<Violation> v) {
        String[] values = params.get(name);
        if (values == null || values.length == 0 || values[0].isBlank()) {
            return allowed.get(0);
        }
        if (values.length > 1 || !allowed.contains(values[0].strip())) {
            v.add(Violation.of(name, "validation.unknownValue", values[0]));
            return allowed.get(0);
        }
        return values[0].strip();
    }

    public CatalogueMap getMap() {
        return map;
    }

    public String getView() {
        return view;
    }

    public String getShade() {
        return shade;
    }

    public boolean isWorld() {
        return "world".equals(view);
    }

    public boolean isInvalid() {
        return invalid;
    }

    /** The catalogue's own parameters (without view and shade), for links to the list and between maps. */
    public String getQueryString() {
        return CatalogueParams.toQueryString(query, null);
    }

    /** This map with another view or shade, keeping the filters. */
    public String link(String otherView, String otherShade) {
        String q = getQueryString();
        StringBuilder b = new StringBuilder("?").append(q);
        if (!"catalonia".equals(otherView)) {
            b.append(q.isEmpty() ? "" : "&").append("view=").append(otherView);
        }
        if (!"comarca".equals(otherShade)) {
            b.append(b.length() > 1 ? "&" : "").append("shade=").append(otherShade);
        }
        return b.toString();
    }

    /** The catalogue list with the same filters and one more parameter set (or none). */
    public String listLink(String name, String value) {
        var params = CatalogueParams.toParams(query, null);
        if (name != null) {
            params.put(name, List.of(value));
        }
        return "/project/list.xhtml?" + CatalogueParams.encode(params);
    }

    /** The list's address without a reference municipality, to which the script adds the one clicked. */
    private String nearBase() {
        var params = CatalogueParams.toParams(query, null);
        params.remove("near");
        params.remove("maxKm");
        params.put("sort", List.of("distance"));
        return "/project/list.xhtml?" + CatalogueParams.encode(params);
    }

    private List<CountRow> comarques;

    /** Sheets per comarca, most first, with every comarca that has some. */
    public List<CountRow> getComarques() {
        if (comarques == null) {
            comarques = rows(map.byComarca(), c -> fmt.comarca(c), "comarca");
        }
        return comarques;
    }

    private List<CountRow> countries;

    public List<CountRow> getCountries() {
        if (countries == null) {
            countries = rows(map.byCountry(), c -> fmt.country(c), "country");
        }
        return countries;
    }

    private List<CountRow> rows(Map<String, Long> counts, java.util.function.Function<String, String> name,
                                String facet) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<CountRow> out = new ArrayList<>();
        counts.forEach((code, n) -> out.add(new CountRow(code, name.apply(code), n, fmt.number(n),
                listLink(facet, code), shadeOf(n, max))));
        out.sort(Comparator.comparingLong((CountRow r) -> -r.count()).thenComparing(CountRow::name));
        return out;
    }

    /** The colour step of a count: 0 for none, then five equal steps up to the largest count (the darkest). */
    static int shadeOf(long n, long max) {
        if (n <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.min(5, (n * 5 + max - 1) / max);
    }

    /** The legend's steps as "from–to" texts, step 1 to 5 (empty steps left out). */
    public List<String[]> getLegend() {
        Map<String, Long> counts = "municipality".equals(shade) ? map.byMunicipality() : map.byComarca();
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"0", fmt.number(0)});
        long from = 1;
        for (int step = 1; step <= 5 && from <= max; step++) {
            long to = from;
            while (to + 1 <= max && shadeOf(to + 1, max) == step) {
                to++;
            }
            if (shadeOf(from, max) == step) {
                out.add(new String[] {Integer.toString(step), from == to ? fmt.number(from) : fmt.number(from) + "–" + fmt.number(to)});
                from = to + 1;
            }
        }
        return out;
    }

    /** What the script draws: places with their sheets, counts per area unit, and the texts it shows. */
    public String getData() {
        String ctx = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        JsonArrayBuilder places = Json.createArrayBuilder();
        for (CatalogueMap.Place p : map.places()) {
            if (p.km0() == isWorld()) {
                continue;
            }
            JsonArrayBuilder pins = Json.createArrayBuilder();
            p.sheets().stream().limit(PINS_PER_PLACE).forEach(s -> pins.add(Json.createObjectBuilder()
                    .add("id", s.id()).add("title", s.title())));
            places.add(Json.createObjectBuilder().add("name", p.name()).add("lat", p.latitude()).add("lng", p.longitude())
                    .add("count", p.sheets().size()).add("sheets", pins)
                    .add("body", p.bodyId()));
        }
        // the world map only places the foreign bodies; their countries are counted in the table
        Map<String, Long> counts = isWorld() ? Map.of()
                : "municipality".equals(shade) ? map.byMunicipality() : map.byComarca();
        JsonObjectBuilder c = Json.createObjectBuilder();
        counts.forEach(c::add);
        JsonObjectBuilder names = Json.createObjectBuilder();
        if (!isWorld() && "comarca".equals(shade)) {
            reference.comarques().forEach(k -> names.add(k.code(), k.name()));
        }
        JsonObjectBuilder text = Json.createObjectBuilder()
                .add("zoomIn", labels.text("map.zoomIn"))
                .add("zoomOut", labels.text("map.zoomOut"))
                .add("attribution", labels.text(isWorld() ? "map.attribution.world" : "map.attribution.catalonia"))
                .add("sheets", labels.text("map.sheets"))
                .add("oneSheet", labels.text("map.oneSheet"))
                .add("more", labels.text("map.more"))
                .add("near", labels.text("map.nearLink"))
                .add("inComarca", labels.text("map.comarcaLink"))
                .add("place", labels.text("map.place"))
                .add("close", labels.text("map.close"));
        return Json.createObjectBuilder()
                .add("view", view)
                .add("shade", isWorld() ? "country" : shade)
                .add("context", ctx)
                .add("list", ctx + listLink(null, null))
                .add("nearBase", ctx + nearBase())
                .add("places", places)
                .add("counts", c)
                .add("max", counts.values().stream().mapToLong(Long::longValue).max().orElse(0))
                .add("names", names)
                .add("text", text)
                .build().toString();
    }

    public String getBoundaries() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/resources/map/"
                + (isWorld() ? "world.json" : "catalonia.json");
    }
}
