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

    public static Long parseId(String raw) {
        if (raw == null || !raw.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(raw);
    }
}
