package cat.digicanvis.portal.web.opendata;

import cat.digicanvis.portal.application.catalogue.CatalogueQuery;
import cat.digicanvis.portal.application.opendata.OpenDataService;
import cat.digicanvis.portal.application.reference.ReferenceService;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.infrastructure.config.PortalSettings;
import cat.digicanvis.portal.web.i18n.Languages;
import cat.digicanvis.portal.web.support.CatalogueParams;
import cat.digicanvis.portal.web.support.Conditional;
import cat.digicanvis.portal.web.support.Messages;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Set;

/**
 * The open-data downloads: {@code /open-data/sheets.csv} and {@code /open-data/sheets.json} (every published sheet
 * the catalogue's filters select, streamed), and the DCAT-AP description of the portal's data,
 * {@code /open-data/catalog.ttl} and {@code /open-data/catalog.jsonld}. Labels come in {@code lang} (ca, es, en),
 * else in the reader's language. Conditional GETs answer 304 while the catalogue has not changed.
 */
@WebServlet("/open-data/*")
public class OpenDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OpenDataService openData;
    @Inject
    transient ReferenceService reference;
    @Inject
    transient PortalSettings settings;
    @Inject
    transient DcatCatalog dcat;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String file = req.getPathInfo() == null ? "" : req.getPathInfo();
        Locale locale = Languages.resolve(req);
        String lang = req.getParameter("lang");
        if (lang != null) {
            if (!Languages.SUPPORTED.contains(lang)) {
                Messages.refuse(resp, 400, Messages.format(Languages.text(locale, "validation.unknownValue"), lang));
                return;
            }
            locale = Locale.forLanguageTag(lang);
        }
        switch (file) {
            case "/sheets.csv", "/sheets.json" -> sheets(req, resp, locale, file.endsWith(".csv"));
            case "/catalog.ttl", "/catalog.jsonld" -> catalog(req, resp, file.endsWith(".ttl"));
            case "/template.csv" -> template(resp, false);
            case "/template.xlsx" -> template(resp, true);
            default -> Messages.refuse(resp, 404, Languages.text(locale, "openData.unknownFile"));
        }
    }

    private void sheets(HttpServletRequest req, HttpServletResponse resp, Locale locale, boolean csv) throws IOException {
        CatalogueQuery query;
        try {
            query = CatalogueParams.parseStrict(req.getParameterMap(), Set.of("lang"));
        } catch (RuleViolationException e) {
            Messages.refuse(resp, 400, locale, e.violations());
            return;
        }
        String representation = (csv ? "csv " : "json ") + locale.getLanguage() + " " + CatalogueParams.toQueryString(query, null);
        if (Conditional.notModified(req, resp, Conditional.etag(openData.version(), representation), openData.changedAt())) {
            return;
        }
        SheetsExport export = new SheetsExport(locale, reference, settings.baseUrl());
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Content-Language", locale.getLanguage());
        resp.setHeader("Content-Disposition", "attachment; filename=\"digicanvis-sheets." + (csv ? "csv" : "json") + "\"");
        try {
            if (csv) {
                resp.setContentType("text/csv;charset=UTF-8;header=present");
                Writer w = resp.getWriter();
                w.write(export.header());
                openData.sheets(query, s -> write(w, export.csv(s)));
            } else {
                resp.setContentType("application/json;charset=UTF-8");
                try (JsonGenerator g = Json.createGenerator(resp.getWriter())) {
                    g.writeStartObject();
                    g.write("licence", DcatCatalog.LICENCE);
                    g.write("source", settings.baseUrl());
                    g.writeStartArray("sheets");
                    openData.sheets(query, s -> export.json(g, s));
                    g.writeEnd().writeEnd();
                }
            }
        } catch (RuleViolationException e) {
            Messages.refuse(resp, 400, locale, e.violations());
        }
    }

    private void catalog(HttpServletRequest req, HttpServletResponse resp, boolean turtle) throws IOException {
        String etag = Conditional.etag(openData.version(), turtle ? "ttl" : "jsonld");
        if (Conditional.notModified(req, resp, etag, openData.changedAt())) {
            return;
        }
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(turtle ? "text/turtle;charset=UTF-8" : "application/ld+json;charset=UTF-8");
        resp.getWriter().write(turtle ? dcat.turtle() : dcat.jsonLd());
    }

    /** The import's template: the download's columns and external_id, with one example row. */
    private static void template(HttpServletResponse resp, boolean xlsx) throws IOException {
        java.util.List<String> columns = new java.util.ArrayList<>(java.util.List.of(
                cat.digicanvis.portal.application.opendata.SheetRows.EXTERNAL_ID));
        columns.addAll(SheetsExport.COLUMNS);
        java.util.Map<String, String> example = ImportTemplate.example();
        resp.setHeader("Content-Disposition", "attachment; filename=\"digicanvis-import-template." + (xlsx ? "xlsx" : "csv") + "\"");
        if (xlsx) {
            resp.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            ImportTemplate.xlsx(columns, example, resp.getOutputStream());
        } else {
            resp.setContentType("text/csv;charset=UTF-8;header=present");
            resp.setCharacterEncoding("UTF-8");
            Writer w = resp.getWriter();
            w.write(Csv.line(columns));
            w.write(Csv.line(columns.stream().map(c -> Csv.text(example.getOrDefault(c, ""))).toList()));
        }
    }

    private static void write(Writer w, String s) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
