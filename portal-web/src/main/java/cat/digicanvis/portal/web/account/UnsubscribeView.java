package cat.digicanvis.portal.web.account;

import cat.digicanvis.portal.application.forum.ForumService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;

/**
 * mail/unsubscribe.xhtml: whose forum mail the link stops (the address masked), a button that stops it
 * (a plain form, so it works without JavaScript and without signing in), and the outcome.
 */
@Named
@RequestScoped
public class UnsubscribeView {

    @Inject
    ForumService forum;

    private Optional<String> address;

    private Map<String, String> params() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }

    public String getToken() {
        String t = params().get("t");
        return t == null || t.length() > 100 ? "" : t;
    }

    public boolean isDone() {
        return "1".equals(params().get("done"));
    }

    /** The masked address the link is for; empty when the link is not genuine. */
    public String getAddress() {
        if (address == null) {
            address = forum.unsubscribeAddress(getToken());
        }
        return address.orElse("");
    }

    public boolean isValid() {
        return !getAddress().isEmpty();
    }
}
