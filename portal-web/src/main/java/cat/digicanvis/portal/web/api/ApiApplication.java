package cat.digicanvis.portal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The read API, the base for open data: {@code /api/projects}. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
