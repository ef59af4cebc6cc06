package cat.digicanvis.portal.web.support;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Ends a page request with an HTTP status, e.g. 404 for an unknown id (the error page is translated). */
public final class Pages {

    private Pages() {
    }

    public static void notFound() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ExternalContext ext = ctx.getExternalContext();
        try {
            ext.responseSendError(404, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.responseComplete();
    }

    /** Ends the request with 403: the server refused, whatever the page showed. */
    public static void forbidden() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            ctx.getExternalContext().responseSendError(403, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.responseComplete();
    }

    /** Redirects to a path of the portal (after a POST, so reloading does not repeat it). */
    public static void redirect(String path) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ExternalContext ext = ctx.getExternalContext();
        try {
            ext.redirect(ext.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.responseComplete();
    }

    /** Keeps a message across a redirect. */
    public static void flash(String text) {
        KeptMessages.keep(FacesContext.getCurrentInstance(),
                new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_INFO, text, text));
    }

    /** The address of the client, for throttles and limits ({@link ClientAddress}). */
    public static String clientAddress() {
        return ClientAddress.of(request(), jakarta.enterprise.inject.spi.CDI.current()
                .select(cat.digicanvis.portal.infrastructure.config.PortalSettings.class).get().proxies());
    }

    public static jakarta.servlet.http.HttpServletRequest request() {
        return (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
    }

    /**
     * A local path to go back to (after a language switch or signing in), never another site ("//host",
     * "/\\host", "http:..."), nor a backslash or control character anywhere: otherwise the home page.
     */
    public static String safeBack(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(ch -> ch < 0x20)) {
            return "/";
        }
        return back;
    }

    public static Long parseId(String raw) {
        if (raw == null || !raw.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(raw);
    }
}
