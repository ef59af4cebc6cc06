package cat.digicanvis.portal.web.project;

import cat.digicanvis.portal.application.reference.PlaceView;
import cat.digicanvis.portal.application.reference.ReferenceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The 947 {@code <option>}s of the "near a municipality" select, escaped once and kept: rendering them
 * with a component tree on every catalogue request would cost more than the search itself.
 */
@ApplicationScoped
public class MunicipalityOptions {

    @Inject
    ReferenceService reference;

    private volatile String html;

    public String html(String selectedIne) {
        String all = html;
        if (all == null) {
            StringBuilder sb = new StringBuilder(64 * 1000);
            for (PlaceView m : reference.municipalities()) {
                sb.append("<option value=\"").append(m.code()).append("\">").append(cat.digicanvis.portal.web.support.Html.escape(m.name()))
                        .append("</option>");
            }
            all = sb.toString();
            html = all;
        }
        if (selectedIne == null || !selectedIne.matches("[0-9]{5}")) {
            return all;
        }
        return all.replace("<option value=\"" + selectedIne + "\">",
                "<option value=\"" + selectedIne + "\" selected=\"selected\">");
    }
}
