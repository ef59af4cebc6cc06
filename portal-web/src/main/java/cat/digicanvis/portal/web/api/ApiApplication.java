package cat.digicanvis.portal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The read API, the base for open data: {@code /api/projects}. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "DigiCanvis Observatory API", version = "1",
        description = "Published project sheets of local bodies (read, with the catalogue's filters), the forum, and the"
                + " session. Answers are JSON; GETs carry an ETag and answer 304 to If-None-Match. Writing needs a"
                + " session and its CSRF token (X-CSRF-Token).",
        license = @License(name = "Content: CC BY 4.0", url = "https://creativecommons.org/licenses/by/4.0/")),
        tags = {@Tag(name = "projects", description = "Published project sheets"),
            @Tag(name = "forum", description = "Categories, topics and posts"),
            @Tag(name = "session", description = "Signing in and out"),
            @Tag(name = "open data", description = "Downloads, feed and DCAT-AP (outside /api)")})
public class ApiApplication extends Application {
}
