package cat.digicanvis.portal.web.opendata;

import cat.digicanvis.portal.application.catalogue.CatalogueService;
import cat.digicanvis.portal.infrastructure.config.PortalSettings;
import cat.digicanvis.portal.web.i18n.Languages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/**
 * The DCAT-AP 2 description of the portal's open data: a catalogue with the dataset of project sheets and its
 * distributions (CSV, JSON, the Atom feed) and the read API as a data service, with publisher, licence, EU data
 * themes and update frequency. Built as an RDF graph with RDF4J; written as Turtle by RDF4J and as JSON-LD
 * (expanded form) with JSON-P.
 */
@ApplicationScoped
public class DcatCatalog {

    /** The licence of the sheets' content, as published by the observatory. */
    public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    private static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    @Inject
    CatalogueService catalogue;
    @Inject
    PortalSettings settings;

    /** The graph, made afresh (the modification date follows the catalogue). */
    public Model model() {
        String base = settings.baseUrl();
        Model m = new LinkedHashModel();
        m.setNamespace("dcat", DCAT.NAMESPACE);
        m.setNamespace("dct", DCTERMS.NAMESPACE);
        m.setNamespace("foaf", FOAF.NAMESPACE);
        m.setNamespace("xsd", XSD.NAMESPACE);
        IRI catalog = VF.createIRI(base + "/open-data/catalog");
        IRI dataset = VF.createIRI(base + "/open-data/sheets");
        IRI publisher = VF.createIRI(base + "/#observatory");
        IRI licence = VF.createIRI(LICENCE);
        Literal modified = VF.createLiteral(catalogue.changedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(), XSD.DATE);

        m.add(publisher, RDF.TYPE, FOAF.AGENT);
        texts(m, publisher, FOAF.NAME, "site.name");
        m.add(publisher, DCTERMS.TYPE, VF.createIRI("http://purl.org/adms/publishertype/NationalAuthority"));

        m.add(catalog, RDF.TYPE, DCAT.CATALOG);
        texts(m, catalog, DCTERMS.TITLE, "site.name");
        texts(m, catalog, DCTERMS.DESCRIPTION, "openData.catalogDescription");
        m.add(catalog, DCTERMS.PUBLISHER, publisher);
        m.add(catalog, FOAF.HOMEPAGE, VF.createIRI(base + "/open-data.xhtml"));
        m.add(catalog, DCTERMS.LICENSE, licence);
        m.add(catalog, DCTERMS.MODIFIED, modified);
        for (String lang : new String[] {"CAT", "SPA", "ENG"}) {
            m.add(catalog, DCTERMS.LANGUAGE, VF.createIRI(EU + "language/" + lang));
        }
        m.add(catalog, DCAT.HAS_DATASET, dataset);

        m.add(dataset, RDF.TYPE, DCAT.DATASET);
        texts(m, dataset, DCTERMS.TITLE, "openData.datasetTitle");
        texts(m, dataset, DCTERMS.DESCRIPTION, "openData.datasetDescription");
        m.add(dataset, DCTERMS.PUBLISHER, publisher);
        m.add(dataset, DCAT.THEME, VF.createIRI(EU + "data-theme/GOVE"));
        m.add(dataset, DCAT.THEME, VF.createIRI(EU + "data-theme/TECH"));
        m.add(dataset, DCTERMS.ACCRUAL_PERIODICITY, VF.createIRI(EU + "frequency/CONT"));
        m.add(dataset, DCTERMS.SPATIAL, VF.createIRI("http://sws.geonames.org/3336901/"));
        m.add(dataset, DCTERMS.MODIFIED, modified);
        m.add(dataset, DCAT.LANDING_PAGE, VF.createIRI(base + "/project/list.xhtml"));
        for (String k : new String[] {"transformació digital", "ens locals", "bones pràctiques", "Catalunya"}) {
            m.add(dataset, DCAT.KEYWORD, VF.createLiteral(k, "ca"));
        }
        IRI api = VF.createIRI(base + "/api/projects");
        distribution(m, dataset, base + "/open-data/sheets.csv", "CSV", "text/csv", licence, "openData.csvTitle");
        distribution(m, dataset, base + "/open-data/sheets.json", "JSON", "application/json", licence, "openData.jsonTitle");
        distribution(m, dataset, base + "/feeds/sheets.atom", "ATOM", "application/atom+xml", licence, "openData.feedTitle");
        IRI apiDistribution = distribution(m, dataset, base + "/api/projects", "JSON", "application/json", licence,
                "openData.apiTitle");
        m.add(apiDistribution, DCAT.ACCESS_SERVICE, api);

        m.add(api, RDF.TYPE, DCAT.DATA_SERVICE);
        texts(m, api, DCTERMS.TITLE, "openData.apiTitle");
        m.add(api, DCAT.ENDPOINT_URL, VF.createIRI(base + "/api/"));
        m.add(api, DCAT.ENDPOINT_DESCRIPTION, VF.createIRI(base + "/openapi"));
        m.add(api, DCAT.SERVES_DATASET, dataset);
        m.add(api, DCTERMS.LICENSE, licence);
        m.add(catalog, DCAT.HAS_SERVICE, api);
        return m;
    }

    private static IRI distribution(Model m, IRI dataset, String url, String format, String mediaType, IRI licence,
                                    String titleKey) {
        IRI d = VF.createIRI(url + "#distribution");
        m.add(dataset, DCAT.HAS_DISTRIBUTION, d);
        m.add(d, RDF.TYPE, DCAT.DISTRIBUTION);
        texts(m, d, DCTERMS.TITLE, titleKey);
        m.add(d, DCAT.ACCESS_URL, VF.createIRI(url));
        if (!url.contains("/api/")) {
            m.add(d, DCAT.DOWNLOAD_URL, VF.createIRI(url));
        }
        m.add(d, DCTERMS.FORMAT, VF.createIRI(EU + "file-type/" + format));
        m.add(d, DCAT.MEDIA_TYPE, VF.createIRI("http://www.iana.org/assignments/media-types/" + mediaType));
        m.add(d, DCTERMS.LICENSE, licence);
        return d;
    }

    /** A property in the portal's three languages, from the bundles. */
    private static void texts(Model m, Resource subject, IRI property, String key) {
        for (String lang : Languages.SUPPORTED) {
            m.add(subject, property, VF.createLiteral(Languages.text(Locale.forLanguageTag(lang), key), lang));
        }
    }

    public String turtle() {
        StringWriter out = new StringWriter();
        Rio.write(model(), out, RDFFormat.TURTLE);
        return out.toString();
    }

    /** JSON-LD in expanded form (one node object per subject, full IRIs): no context to fetch or trust. */
    public String jsonLd() {
        Map<Resource, Map<IRI, JsonArrayBuilder>> values = new LinkedHashMap<>();
        for (Statement s : model()) {
            values.computeIfAbsent(s.getSubject(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(s.getPredicate(), k -> Json.createArrayBuilder()).add(value(s.getObject()));
        }
        JsonArrayBuilder graph = Json.createArrayBuilder();
        values.forEach((subject, properties) -> {
            JsonObjectBuilder node = Json.createObjectBuilder().add("@id", id(subject));
            properties.forEach((p, v) -> {
                if (p.equals(RDF.TYPE)) {
                    JsonArrayBuilder types = Json.createArrayBuilder();
                    v.build().forEach(t -> types.add(t.asJsonObject().getString("@id")));
                    node.add("@type", types);
                } else {
                    node.add(p.stringValue(), v);
                }
            });
            graph.add(node);
        });
        return graph.build().toString();
    }

    private static JsonObjectBuilder value(Value v) {
        if (v.isIRI() || v.isBNode()) {
            return Json.createObjectBuilder().add("@id", id((Resource) v));
        }
        Literal l = (Literal) v;
        JsonObjectBuilder b = Json.createObjectBuilder().add("@value", l.getLabel());
        if (l.getLanguage().isPresent()) {
            b.add("@language", l.getLanguage().get());
        } else if (!l.getDatatype().equals(XSD.STRING)) {
            b.add("@type", l.getDatatype().stringValue());
        }
        return b;
    }

    private static String id(Resource r) {
        return r instanceof BNode b ? "_:" + b.getID() : r.stringValue();
    }
}
