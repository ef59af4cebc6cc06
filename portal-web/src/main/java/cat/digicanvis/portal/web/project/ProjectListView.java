package cat.digicanvis.portal.web.project;

import cat.digicanvis.portal.application.catalogue.CatalogueQuery;
import cat.digicanvis.portal.application.catalogue.CatalogueService;
import cat.digicanvis.portal.application.catalogue.CataloguePage;
import cat.digicanvis.portal.application.catalogue.FacetCount;
import cat.digicanvis.portal.application.reference.PlaceView;
import cat.digicanvis.portal.application.reference.ReferenceService;
import cat.digicanvis.portal.domain.shared.Codes;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import cat.digicanvis.portal.web.support.CardView;
import cat.digicanvis.portal.web.support.Cards;
import cat.digicanvis.portal.web.support.CatalogueParams;
import cat.digicanvis.portal.web.support.Formats;
import cat.digicanvis.portal.web.support.Labels;
import cat.digicanvis.portal.web.support.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The catalogue page (project/list.xhtml). Everything it shows follows from the URL's query string, so
 * any view of the catalogue can be bookmarked and shared; the filter form is a plain GET form.
 */
@Named
@RequestScoped
public class ProjectListView {

    /** A facet value as a link that adds or removes it, with its label and count already formatted. */
    public record FacetLink(String value, String label, String count, boolean selected, String href) {
    }

    @Inject
    CatalogueService catalogue;
    @Inject
    ReferenceService reference;
    @Inject
    Cards cards;
    @Inject
    Labels labels;
    @Inject
    Formats fmt;

    private CatalogueQuery query;
    private CataloguePage result;
    private boolean invalid;
    private String nearTyped;
    /** The parameter the "near" autocomplete's text field is sent as. */
    static final String NEAR_TYPED = "near_input";

    /** The page's view action: the search itself runs once, at construction. */
    public void load() {
        // nothing more: constructing the bean ran the search
    }

    @PostConstruct
    void search() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        Map<String, String[]> params = ctx.getExternalContext().getRequestParameterValuesMap();
        try {
            query = CatalogueParams.parse(withNearNamed(params));
            result = catalogue.search(query);
        } catch (RuleViolationException e) {
            invalid = true;
            query = CatalogueQuery.all(CatalogueQuery.DEFAULT_SIZE);
            result = catalogue.search(query);
            ((HttpServletResponse) ctx.getExternalContext().getResponse()).setStatus(400);
            Messages.violations(ctx, e.violations());
        }
    }

    /**
     * The form's "near" field sends the name typed or picked ({@code near_input}): it becomes the municipality's
     * code, as links carry it; a name that names no municipality is refused with what was typed.
     */
    private Map<String, String[]> withNearNamed(Map<String, String[]> params) {
        String[] typed = params.get(NEAR_TYPED);
        if (typed == null || typed.length == 0) {
            return params;
        }
        Map<String, String[]> own = new java.util.HashMap<>(params);
        own.remove(NEAR_TYPED);
        own.remove("near");
        String text = typed[0] == null ? "" : typed[0].strip();
        if (text.isEmpty()) {
            return own;
        }
        nearTyped = text;
        String code = reference.municipalityNamed(text).map(PlaceView::code).orElseThrow(() -> new RuleViolationException(
                List.of(Violation.of("near", "validation.nearUnknown", text.length() > 100 ? text.substring(0, 100) : text))));
        own.put("near", new String[] {code});
        return own;
    }

    /** What the "near" field shows: the municipality searched near, or else what was typed and refused. */
    public String getNearLabel() {
        String label = query.nearIne() == null ? null : reference.municipalityLabel(query.nearIne());
        return label != null ? label : nearTyped;
    }

    public CatalogueQuery getQuery() {
        return query;
    }

    public CataloguePage getResult() {
        return result;
    }

    public boolean isInvalid() {
        return invalid;
    }

    private final Map<String, List<FacetLink>> facetLinks = new java.util.HashMap<>();

    /** A facet's values as toggle links (computed once per request: pages ask several times). */
    public List<FacetLink> facet(String name) {
        return facetLinks.computeIfAbsent(name, this::links);
    }

    private List<FacetLink> links(String name) {
        List<FacetLink> out = new ArrayList<>();
        for (FacetCount c : result.facets().getOrDefault(name, List.of())) {
            out.add(new FacetLink(c.value(), label(name, c.value()), fmt.number(c.count()), c.selected(),
                    toggle(name, c.value())));
        }
        return out;
    }

    private String label(String facet, String value) {
        return switch (facet) {
            case "area" -> labels.area(value);
            case "typology" -> labels.typology(value);
            case "phase" -> labels.phase(value);
            case "band" -> labels.band(value);
            case "scope" -> labels.scope(value);
            case "province" -> fmt.province(value);
            case "comarca" -> fmt.comarca(value);
            default -> fmt.country(value);
        };
    }

    private List<CardView> cardViews;

    /** The results as cards in the reader's language. */
    public List<CardView> getCards() {
        if (cardViews == null) {
            cardViews = result.items().stream().map(i -> cards.of(i.entry(), i.distanceKm())).toList();
        }
        return cardViews;
    }

    /** The link that selects or unselects one facet value, keeping everything else but the page. */
    private String toggle(String facet, String value) {
        return "?" + CatalogueParams.toggled(query, facet, value);
    }

    /** The same request for the map, which shows every result (no page, no size). */
    public String getMapQuery() {
        return CatalogueParams.toQueryString(new CatalogueQuery(query.text(), query.areas(), query.typologies(),
                query.phases(), query.scope(), query.bands(), query.provinces(), query.comarques(), query.countries(),
                query.nearIne(), query.maxKm(), query.sort(), 0, CatalogueQuery.DEFAULT_SIZE), null);
    }

    public String pageLink(int page) {
        return "?" + CatalogueParams.toQueryString(query, page);
    }

    public String code(Enum<?> e) {
        return e == null ? "" : Codes.code((Enum) e);
    }

    public String getSortCode() {
        return Codes.code(query.sort());
    }

    /** The search words as typed (empty without), for the forum-matches region. */
    public String getQueryText() {
        return query == null || query.text() == null ? "" : query.text();
    }

    /** The search words, for a link's address. */
    public String getQueryParam() {
        String text = query == null || query.text() == null ? "" : query.text();
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
