package cat.digicanvis.portal.web.opendata;

import cat.digicanvis.portal.application.catalogue.CatalogueEntry;
import cat.digicanvis.portal.application.catalogue.CatalogueItemView;
import cat.digicanvis.portal.application.catalogue.CatalogueQuery;
import cat.digicanvis.portal.application.opendata.OpenDataService;
import cat.digicanvis.portal.domain.shared.Codes;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.infrastructure.config.PortalSettings;
import cat.digicanvis.portal.web.i18n.Languages;
import cat.digicanvis.portal.web.support.AtomWriter;
import cat.digicanvis.portal.web.support.CatalogueParams;
import cat.digicanvis.portal.web.support.Conditional;
import cat.digicanvis.portal.web.support.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamException;

/**
 * {@code /feeds/sheets.atom}: the sheets newly published or updated (reviewed), newest first, with the
 * catalogue's filters ({@code ?area=…&scope=…}), so that a council can follow, say, social-services projects of
 * councils of its size.
 */
@WebServlet("/feeds/sheets.atom")
public class SheetsFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int ENTRIES = 50;

    @Inject
    transient OpenDataService openData;
    @Inject
    transient PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Locale locale = Languages.resolve(req);
        CatalogueQuery query;
        List<CatalogueItemView> items;
        try {
            query = CatalogueParams.parseStrict(req.getParameterMap(), Set.of());
            items = openData.newest(query, ENTRIES);
        } catch (RuleViolationException e) {
            Messages.refuse(resp, 400, locale, e.violations());
            return;
        }
        String filters = CatalogueParams.toQueryString(query, null);
        if (Conditional.notModified(req, resp, Conditional.etag(openData.version(), "atom " + locale.getLanguage() + " " + filters),
                openData.changedAt())) {
            return;
        }
        LocalDateTime updated = items.stream().map(i -> i.entry().updatedAt()).max(LocalDateTime::compareTo)
                .orElse(LocalDateTime.of(2026, 1, 1, 0, 0));
        StringWriter out = new StringWriter();
        try {
            AtomWriter w = new AtomWriter(out, settings.baseUrl(), Languages.text(locale, "openData.feedTitle") + " — "
                    + Languages.text(locale, "site.name"), "/feeds/sheets.atom" + (filters.isEmpty() ? "" : "?" + filters),
                    "/project/list.xhtml" + (filters.isEmpty() ? "" : "?" + filters), updated, locale.getLanguage());
            for (CatalogueItemView i : items) {
                CatalogueEntry e = i.entry();
                w.entry(new AtomWriter.Entry(e.title(), "/project/view.xhtml?id=" + e.id(),
                        e.publishedAt() == null ? e.updatedAt() : e.publishedAt(), e.updatedAt(), e.lead().name(),
                        e.areas().stream().map(a -> Languages.text(locale, "area." + Codes.code(a))).toList(),
                        e.summary(), null));
            }
            w.end();
        } catch (XMLStreamException ex) {
            throw new IOException(ex);
        }
        resp.setContentType("application/atom+xml;charset=UTF-8");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(out.toString());
    }
}
