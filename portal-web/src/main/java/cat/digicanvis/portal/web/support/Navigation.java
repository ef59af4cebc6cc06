package cat.digicanvis.portal.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What the page frame needs: the way back after a language switch, and which menu entries exist. */
@Named("nav")
@RequestScoped
public class Navigation {

    /** The current path and query, URL-encoded, for {@code /lang?back=}. */
    public String getBack() {
        HttpServletRequest req = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        // on an error page, the way back is the page that failed, not the error page
        Object failed = req.getAttribute("jakarta.servlet.error.request_uri");
        Object forwarded = failed != null ? failed : req.getAttribute("jakarta.servlet.forward.request_uri");
        String uri = forwarded != null ? forwarded.toString() : req.getRequestURI();
        String path = uri.substring(Math.min(uri.length(), req.getContextPath().length()));
        String query = forwarded != null ? (String) req.getAttribute("jakarta.servlet.forward.query_string")
                : req.getQueryString();
        if (query != null) {
            query = query.replaceAll("(^|&)lang=[a-z]*", "");
        }
        String back = query == null || query.isEmpty() ? path : path + "?" + query;
        return URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
}
