package cat.digicanvis.portal.web.api;

import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import cat.digicanvis.portal.application.catalogue.CatalogueEntry;
import cat.digicanvis.portal.application.catalogue.CatalogueItemView;
import cat.digicanvis.portal.application.catalogue.CataloguePage;
import cat.digicanvis.portal.application.catalogue.CatalogueService;
import cat.digicanvis.portal.application.catalogue.FacetCount;
import cat.digicanvis.portal.application.recommendation.ReasonView;
import cat.digicanvis.portal.application.recommendation.RecommendationService;
import cat.digicanvis.portal.application.sheet.ProjectSheetService;
import cat.digicanvis.portal.application.sheet.SheetView;
import cat.digicanvis.portal.domain.shared.Codes;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.web.i18n.Languages;
import cat.digicanvis.portal.web.support.CatalogueParams;
import cat.digicanvis.portal.web.support.ReasonTexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/projects} takes the catalogue's filters as query parameters and answers
 * {@code {"total": N, "items": [...], "facets": {...}}}; {@code GET /api/projects/{id}} answers one sheet and
 * {@code GET /api/projects/{id}/similar} the projects like it.
 */
@Tag(name = "projects")
@Path("projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    /** What the API tells of a lead body. */
    public record BodyJson(long id, String name, String type, String code, int population, double lat, double lon,
                           String comarca, String province, String country, boolean km0) {
        static BodyJson of(BodySummaryView b) {
            return new BodyJson(b.id(), b.name(), Codes.code(b.type()), b.officialCode(), b.population(), b.latitude(),
                    b.longitude(), b.comarcaCode(), b.provinceCode(), b.countryCode(), b.km0());
        }
    }

    /** One catalogue item. */
    public record ItemJson(long id, String title, String summary, List<String> areas, List<String> typology,
                           String phase, Integer startYear, String origin, BodyJson leadBody, Double distanceKm,
                           Float score, String url) {
    }

    /** A page of results. */
    public record PageJson(long total, int page, int size, List<ItemJson> items, Map<String, Map<String, Long>> facets) {
    }

    /** A whole sheet; contact people without emails or phones. */
    public record SheetJson(long id, String title, String summary, String origin, BodyJson leadBody,
                            List<BodyJson> partners, List<SheetView.ContactView> contacts, String descriptionHtml,
                            String valueHtml, Map<String, Object> savings, String barriersHtml, String benefitsHtml,
                            String technologyHtml, List<String> technologies, String phase, Integer startYear,
                            List<String> areas, List<String> typology, List<Map<String, Object>> materials,
                            String updatedAt, String reviewedAt) {
    }

    /** A reason for a similar project: its kind, its figure (an area's code, a technology) and the words for it. */
    public record ReasonJson(String kind, String value, Integer count, String text) {
    }

    /** A project like the one asked about. */
    public record SimilarJson(long id, String title, String summary, BodyJson leadBody, double score,
                              List<ReasonJson> reasons, String url) {
    }

    public record SimilarListJson(List<SimilarJson> items) {
    }

    @Inject
    CatalogueService catalogue;
    @Inject
    ProjectSheetService sheets;
    @Inject
    RecommendationService recommendations;

    @Operation(summary = "Search published sheets",
            description = "The catalogue's filters as query parameters (several values of one filter are alternatives);"
                    + " answers the page of items, the total and, per filter, the counts each value would give.")
    @Parameters({
        @Parameter(name = "q", in = ParameterIn.QUERY, description = "Free text (accents ignored), up to 200 characters", example = "padró"),
        @Parameter(name = "area", in = ParameterIn.QUERY, description = "Area code; repeat for several", example = "social-services"),
        @Parameter(name = "typology", in = ParameterIn.QUERY, description = "Typology code: services, processes, organisation", example = "services"),
        @Parameter(name = "phase", in = ParameterIn.QUERY, description = "Phase code: prototype, pilot, implemented", example = "implemented"),
        @Parameter(name = "scope", in = ParameterIn.QUERY, description = "km0 (Catalan bodies), foreign or all", example = "km0"),
        @Parameter(name = "band", in = ParameterIn.QUERY, description = "Population band of the leading body", example = "0-500"),
        @Parameter(name = "province", in = ParameterIn.QUERY, description = "Province code (INE)", example = "25"),
        @Parameter(name = "comarca", in = ParameterIn.QUERY, description = "Comarca code (Idescat)", example = "38"),
        @Parameter(name = "country", in = ParameterIn.QUERY, description = "ISO 3166 country code of foreign bodies", example = "BE"),
        @Parameter(name = "near", in = ParameterIn.QUERY, description = "INE code of a Catalan municipality to measure distances from", example = "25217"),
        @Parameter(name = "maxKm", in = ParameterIn.QUERY, description = "With near: the radius in km", example = "50"),
        @Parameter(name = "sort", in = ParameterIn.QUERY, description = "default, relevance, distance, newest, title, population", example = "distance"),
        @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page, from 1", example = "1"),
        @Parameter(name = "size", in = ParameterIn.QUERY, description = "Items per page, 1 to 100 (default 20)", example = "20")})
    @APIResponse(responseCode = "200", description = "A page of sheets with facet counts", content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "page", value = "{\"total\": 2, \"page\": 1,"
                    + " \"items\": [{\"id\": 7, \"title\": \"Pressupostos participatius\", \"areas\": [\"participation\"]}],"
                    + " \"facets\": {\"area\": {\"participation\": 2}}}")))
    @APIResponse(responseCode = "400", description = "A filter with an unknown value; the message says which")
    @GET
    public PageJson list(@Context UriInfo uri) {
        Map<String, String[]> params = new HashMap<>();
        uri.getQueryParameters().forEach((k, v) -> params.put(k, v.toArray(String[]::new)));
        CataloguePage page = catalogue.search(CatalogueParams.parse(params));
        List<ItemJson> items = page.items().stream().map(ProjectResource::item).toList();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        page.facets().forEach((name, counts) -> {
            Map<String, Long> m = new LinkedHashMap<>();
            for (FacetCount c : counts) {
                m.put(c.value(), c.count());
            }
            facets.put(name, m);
        });
        return new PageJson(page.total(), page.page() + 1, page.size(), items, facets);
    }

    private static ItemJson item(CatalogueItemView i) {
        CatalogueEntry e = i.entry();
        return new ItemJson(e.id(), e.title(), e.summary(), e.areas().stream().map(Codes::code).sorted().toList(),
                e.typologies().stream().map(Codes::code).sorted().toList(),
                e.phase() == null ? null : Codes.code(e.phase()), e.startYear(), Codes.code(e.origin()),
                BodyJson.of(e.lead()), i.distanceKm() == null ? null : Math.round(i.distanceKm() * 10) / 10.0,
                i.score(), "/project/view.xhtml?id=" + e.id());
    }

    @Operation(summary = "One published sheet", description = "All six levels; contact details only for verified members.")
    @APIResponse(responseCode = "200", description = "The sheet", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "sheet", value = "{\"id\": 7, \"title\": \"Pressupostos participatius\","
                    + " \"phase\": \"implemented\", \"leadBody\": {\"name\": \"Tàrrega\", \"population\": 17000}}")))
    @APIResponse(responseCode = "404", description = "No published sheet has that id")
    @GET
    @Path("{id}")
    public SheetJson one(@PathParam("id") String rawId) {
        if (rawId == null || !rawId.matches("[0-9]{1,18}")) {
            throw new NotFoundException("sheet", rawId);
        }
        SheetView s = sheets.view(Long.parseLong(rawId));
        Map<String, Object> savings = new LinkedHashMap<>();
        putIf(savings, "eurosPerYear", s.savingsEurosPerYear());
        putIf(savings, "eurosOneOff", s.savingsEurosOneOff());
        putIf(savings, "staffHoursPerYear", s.savingsHoursPerYear());
        if (!s.savingsMethodHtml().isEmpty()) {
            savings.put("methodHtml", s.savingsMethodHtml());
        }
        List<Map<String, Object>> materials = s.materials().stream().map(m -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("type", Codes.code(m.type()));
            out.put("title", m.title());
            out.put("language", m.language());
            out.put("url", m.url() != null ? m.url() : "/files/" + m.fileId());
            return out;
        }).toList();
        return new SheetJson(s.id(), s.title(), s.summary(), Codes.code(s.origin()), BodyJson.of(s.lead()),
                s.partners().stream().map(BodyJson::of).toList(), s.contacts(), s.descriptionHtml(), s.valueHtml(),
                savings, s.barriersHtml(), s.benefitsHtml(), s.technologyHtml(), s.technologies(),
                s.phase() == null ? null : Codes.code(s.phase()), s.startYear(),
                s.areas().stream().map(Codes::code).sorted().toList(),
                s.typologies().stream().map(Codes::code).sorted().toList(), materials,
                s.updatedAt() == null ? null : s.updatedAt().toString(),
                s.reviewedAt() == null ? null : s.reviewedAt().toString());
    }

    /**
     * {@code GET /api/projects/{id}/similar}: at most 10 published projects like this one, most alike first, each
     * with its reasons in the caller's language ({@code lang}, cookie or Accept-Language). 404 for a sheet that is
     * not published.
     */
    @Operation(summary = "Projects like this one", description = "Published sheets similar to one, each with why.")
    @APIResponse(responseCode = "200", description = "The similar sheets, best first", content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "similar", value = "{\"items\": [{\"id\": 12,"
                    + " \"title\": \"Padró digital\", \"reasons\": [\"same area\"]}]}")))
    @APIResponse(responseCode = "404", description = "No published sheet has that id")
    @GET
    @Path("{id}/similar")
    public SimilarListJson similar(@PathParam("id") String rawId, @Context HttpServletRequest request) {
        if (rawId == null || !rawId.matches("[0-9]{1,18}") || catalogue.entry(Long.parseLong(rawId)).isEmpty()) {
            throw new NotFoundException("sheet", rawId);
        }
        Locale locale = Languages.resolve(request);
        List<SimilarJson> items = recommendations.similar(Long.parseLong(rawId)).stream().map(s -> new SimilarJson(s.sheetId(),
                s.title(), s.summary(), BodyJson.of(s.lead()), s.score(), s.reasons().stream().map(r -> reason(r, locale)).toList(),
                "/project/view.xhtml?id=" + s.sheetId())).toList();
        return new SimilarListJson(items);
    }

    private static ReasonJson reason(ReasonView r, Locale locale) {
        String value = switch (r.kind()) {
            case "SAME_AREA" -> r.value() == null ? null : Codes.code(r.value());
            case "SAME_TECHNOLOGY" -> r.value();
            default -> null;
        };
        return new ReasonJson(r.kind(), value, r.count() > 0 ? r.count() : null, ReasonTexts.text(r, locale, true));
    }

    private static void putIf(Map<String, Object> m, String k, BigDecimal v) {
        if (v != null) {
            m.put(k, v);
        }
    }
}
