package cat.digicanvis.portal.web.api;

import cat.digicanvis.portal.application.account.AccountService;
import cat.digicanvis.portal.application.opendata.SheetImportService;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import cat.digicanvis.portal.web.account.Sessions;
import cat.digicanvis.portal.web.i18n.Languages;
import cat.digicanvis.portal.web.opendata.ImportView;
import cat.digicanvis.portal.web.opendata.SpreadsheetFile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
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
 * Importing sheets by URL, as the import page does: {@code POST /api/imports} with the spreadsheet as the body
 * (CSV or XLSX) checks it ({@code ?dryRun=true}) or starts the import; {@code GET /api/imports/{id}} tells its
 * progress. Needs a session and its CSRF token, like every write.
 */
@Path("imports")
@Tag(name = "open data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    public record CheckJson(int rows, int valid, List<ImportView.ProblemRow> problems) {
    }

    public record JobJson(long id, String file, boolean running, int total, int done, int created, int updated,
                          int failed, List<ImportView.ProblemRow> failures) {
    }

    @Inject
    SheetImportService imports;
    @Inject
    AccountService accounts;
    @Context
    HttpServletRequest request;

    @Operation(summary = "Check or import a spreadsheet of sheets (signed in, with the CSRF token)",
            description = "The body is the file: CSV (UTF-8) or XLSX, in the template's columns. With dryRun=true nothing"
                    + " is stored and the answer lists each refused row's problems; otherwise the import starts in the"
                    + " background (202, Location names the job).")
    @Parameters({
        @Parameter(name = "dryRun", in = ParameterIn.QUERY, description = "true to check only", example = "true"),
        @Parameter(name = "publish", in = ParameterIn.QUERY, description = "true to publish at once (editors)", example = "false"),
        @Parameter(name = "name", in = ParameterIn.QUERY, description = "The file's name, for the job list", example = "inventari.csv")})
    @APIResponse(responseCode = "200", description = "The dry run's report", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "check", value = "{\"rows\": 3, \"valid\": 2, \"problems\": [{\"row\": 3,"
                    + " \"column\": \"areas\", \"message\": \"areas: el valor «astronomy» no és vàlid.\"}]}")))
    @APIResponse(responseCode = "202", description = "The import started; Location is its progress")
    @APIResponse(responseCode = "400", description = "A file that is not a spreadsheet, too big, not UTF-8, or without the template's columns")
    @APIResponse(responseCode = "403", description = "Not a verified member of a body")
    @POST
    @Consumes({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_OCTET_STREAM})
    public Response importFile(InputStream body, @QueryParam("dryRun") String dryRun, @QueryParam("publish") String publish,
                               @QueryParam("name") String name) throws IOException {
        Actor actor = Sessions.actor(request, accounts);
        boolean check = flag("dryRun", dryRun);
        boolean pub = flag("publish", publish);
        String file = name == null || name.isBlank() ? "api" : name.strip();
        List<Map<String, String>> rows = SpreadsheetFile.read(file, body);
        if (check) {
            SheetImportService.Check c = imports.check(actor, rows, pub);
            return Response.ok(new CheckJson(c.rows(), c.valid(), problems(c.problems()))).build();
        }
        long id = imports.start(actor, file, rows, pub);
        imports.run(id);
        return Response.accepted(job(id)).location(URI.create("imports/" + id)).build();
    }

    @Operation(summary = "An import's progress (its owner or an administrator)")
    @APIResponse(responseCode = "200", description = "How far it is", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(name = "job", value = "{\"id\": 4, \"running\": false, \"total\": 3, \"done\": 3,"
                    + " \"created\": 2, \"updated\": 0, \"failed\": 1, \"failures\": []}")))
    @APIResponse(responseCode = "404", description = "No import of the caller has that id")
    @GET
    @Path("{id}")
    public JobJson job(@PathParam("id") String id) {
        return job(ForumResource.id("id", id));
    }

    private JobJson job(long id) {
        SheetImportService.JobView j = imports.job(Sessions.actor(request, accounts), id);
        return new JobJson(j.id(), j.fileName(), j.running(), j.total(), j.done(), j.created(), j.updated(), j.failed(),
                problems(j.failures()));
    }

    private List<ImportView.ProblemRow> problems(List<SheetImportService.Problem> problems) {
        return ImportView.rows(problems, Languages.resolve(request));
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new RuleViolationException(Violation.of(name, "validation.unknownValue", value));
    }
}
