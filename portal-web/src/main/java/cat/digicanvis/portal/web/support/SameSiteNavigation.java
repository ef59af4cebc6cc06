package cat.digicanvis.portal.web.support;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Whether a page was opened by the person within the portal (a link, a form, a typed address or a bookmark),
 * rather than by another site sending their browser here (a link, a redirect or a frame on that site). What the
 * portal learns from a visit (a "view" for the recommender) counts only the former, so no site can skew it.
 */
public final class SameSiteNavigation {

    private static final Set<String> OWN = Set.of("same-origin", "none");

    private SameSiteNavigation() {
    }

    public static boolean ownNavigation(HttpServletRequest req, cat.digicanvis.portal.infrastructure.config.PortalSettings settings) {
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null) {
            String dest = req.getHeader("Sec-Fetch-Dest");
            return OWN.contains(site) && (dest == null || dest.equals("document"));
        }
        // browsers without Fetch Metadata: the page that linked here must be one of ours
        String referer = req.getHeader("Referer");
        if (referer == null) {
            return false;
        }
        return SameOriginPostFilter.ours(SameOriginPostFilter.origin(referer), req, settings);
    }
}
