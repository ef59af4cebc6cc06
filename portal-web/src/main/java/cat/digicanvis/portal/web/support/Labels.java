package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.domain.shared.Codes;
import cat.digicanvis.portal.web.i18n.Languages;
import cat.digicanvis.portal.web.i18n.LocaleView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Labels of the portal's classifications in the reader's language. Each takes the enum constant or its
 * URL code ("citizen-care"), since pages hold both; the bundle keys use the code.
 */
@Named
@RequestScoped
public class Labels {

    @Inject
    LocaleView localeView;

    private String label(String prefix, Object value) {
        if (value == null) {
            return "";
        }
        String code = value instanceof Enum<?> e ? Codes.code((Enum) e) : value.toString();
        return Languages.text(localeView.getLocale(), prefix + code);
    }

    /** Any text of the bundle in the reader's language. */
    public String text(String key) {
        return Languages.text(localeView.getLocale(), key);
    }

    /** The URL code of a classification ("citizen-care"). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public String code(Enum<?> v) {
        return v == null ? "" : Codes.code((Enum) v);
    }

    public String area(Object v) {
        return label("area.", v);
    }

    public String typology(Object v) {
        return label("typology.", v);
    }

    public String phase(Object v) {
        return label("phase.", v);
    }

    public String origin(Object v) {
        return label("origin.", v);
    }

    public String band(Object v) {
        return label("band.", v);
    }

    public String scope(Object v) {
        return label("scope.", v);
    }

    public String bodyType(Object v) {
        return label("bodyType.", v);
    }

    public String materialType(Object v) {
        return label("materialType.", v);
    }

    public String language(Object v) {
        return label("language.", v);
    }

    public String sort(Object v) {
        return label("sort.", v);
    }

    /** A body as suggestions show it, "Bellpuig (Ajuntament, 5.012 habitants)": enough to tell namesakes apart. */
    public String body(cat.digicanvis.portal.application.catalogue.BodySummaryView b) {
        return b.name() + " (" + bodyType(b.type()) + ", " + inhabitants(b.population()) + ")";
    }

    /** A town as suggestions show it, "Tartu (Estònia, 97.759 habitants)". */
    public String town(cat.digicanvis.portal.application.reference.TownView t) {
        String country = cat.digicanvis.portal.application.reference.ReferenceService.countryName(t.countryCode(),
                localeView.getLocale());
        return t.name() + " (" + country + (t.population() > 0 ? ", " + inhabitants(t.population()) : "") + ")";
    }

    private String inhabitants(long population) {
        return Messages.format(localeView.getLocale(), text("count.inhabitants"), population);
    }

    /** A label from an enum constant's name, as the recommender gives it (e.g. SOCIAL_SERVICES). */
    public String named(String prefix, String name) {
        return named(localeView.getLocale(), prefix, name);
    }

    /** The same in a given language (the API's). */
    public static String named(java.util.Locale locale, String prefix, String name) {
        return name == null ? "" : Languages.text(locale, prefix + Codes.code(name));
    }
}
