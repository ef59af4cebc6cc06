package cat.digicanvis.portal.web.api;

import cat.digicanvis.portal.application.reference.MunicipalityNames;
import cat.digicanvis.portal.application.reference.ReferenceService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/municipalities?query=tarr} suggests Catalan municipalities for the letters typed, in the form
 * PrimeFaces' autocomplete reads from an endpoint: the catalogue's "near" field asks it as one types.
 */
@Tag(name = "reference")
@Path("municipalities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityResource {

    /** At most this many suggestions; {@code moreAvailable} says when more would match. */
    static final int MAX = 10;

    /** A suggestion: the label to show and type ("Tàrrega (Urgell)") and the municipality's INE code. */
    public record SuggestionJson(String label, String value) {
    }

    public record SuggestionsJson(List<SuggestionJson> suggestions, boolean moreAvailable) {
    }

    @Inject
    ReferenceService reference;

    @Operation(summary = "Suggest municipalities",
            description = "Catalan municipalities whose name, or a word of it, begins with the text (accents and capitals"
                    + " ignored), the most populated first; the label names the comarca, the value is the INE code that the"
                    + " catalogue's near parameter takes. Fewer than two letters suggest nothing.")
    @Parameter(name = "query", in = ParameterIn.QUERY, description = "The letters typed, up to 100 characters", example = "tarr")
    @APIResponse(responseCode = "200", description = "Up to 10 suggestions", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "suggestions",
                    value = "{\"suggestions\": [{\"label\": \"Tàrrega (Urgell)\", \"value\": \"25217\"}], \"moreAvailable\": false}")))
    @GET
    public Response suggest(@QueryParam("query") String query) {
        List<MunicipalityNames.Suggestion> found = reference.suggestMunicipalities(query, MAX + 1);
        List<SuggestionJson> items = found.stream().limit(MAX).map(s -> new SuggestionJson(s.label(), s.code())).toList();
        // the same letters always give the same answer: browsers and proxies may keep it a day
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(new SuggestionsJson(items, found.size() > MAX)).cacheControl(cache).build();
    }
}
