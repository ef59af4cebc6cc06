package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.web.i18n.Languages;

import cat.digicanvis.portal.application.reference.ReferenceService;
import cat.digicanvis.portal.web.i18n.LocaleView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, dates and country names in the reader's language: 1.234,5 and dd/mm/aaaa in Catalan and
 * Spanish, 1,234.5 and dd/mm/yyyy in English.
 */
@Named("fmt")
@RequestScoped
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    LocaleView localeView;
    @Inject
    ReferenceService reference;

    private Locale locale() {
        return localeView.getLocale();
    }

    private NumberFormat whole;
    private NumberFormat decimal;

    public String number(Number n) {
        if (n == null) {
            return "";
        }
        // one format per request: building a NumberFormat costs more than using it
        boolean fraction = n instanceof BigDecimal bd && bd.scale() > 0;
        if (whole == null) {
            whole = NumberFormat.getNumberInstance(locale());
            whole.setMaximumFractionDigits(0);
            decimal = NumberFormat.getNumberInstance(locale());
            decimal.setMaximumFractionDigits(2);
        }
        return grouped((fraction ? decimal : whole).format(n), n);
    }

    /** A number as the reader writes it (1.234,5 in Catalan and Spanish, 1,234.5 in English), e.g. in messages. */
    public static String number(Number n, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return grouped(f.format(n), n, locale);
    }

    private String grouped(String formatted, Number n) {
        return grouped(formatted, n, locale());
    }

    /** Spanish and Catalan style group 4-digit numbers too (1.234), which the JDK's es format leaves out. */
    private static String grouped(String formatted, Number n, Locale locale) {
        if (!locale.getLanguage().equals("en") && Math.abs(n.doubleValue()) >= 1000
                && Math.abs(n.doubleValue()) < 10000 && !formatted.contains(".")) {
            int cut = formatted.startsWith("-") ? 2 : 1;
            return formatted.substring(0, cut) + "." + formatted.substring(cut);
        }
        return formatted;
    }

    public String km(Double km) {
        if (km == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMaximumFractionDigits(km < 10 ? 1 : 0);
        return grouped(f.format(km), km) + " km";
    }

    /** Times are stored in UTC and shown as the portal's readers live them, in Catalonia's time. */
    public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Europe/Madrid");

    /** A stored (UTC) time in Catalonia's time. */
    static LocalDateTime local(LocalDateTime utc) {
        return utc.atOffset(java.time.ZoneOffset.UTC).atZoneSameInstant(ZONE).toLocalDateTime();
    }

    public String date(LocalDateTime t) {
        return t == null ? "" : DATE.format(local(t));
    }

    public String day(java.time.LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** Date and time in Catalonia's time (summer time included), e.g. for the audit log. */
    public String dateTime(LocalDateTime t) {
        if (t == null) {
            return "";
        }
        LocalDateTime l = local(t);
        return DATE.format(l) + " " + String.format("%02d:%02d", l.getHour(), l.getMinute());
    }

    public String country(String code) {
        return ReferenceService.countryName(code, locale());
    }

    public String comarca(String code) {
        return reference.comarcaName(code);
    }

    public String province(String code) {
        return reference.provinceName(code);
    }

    /** A bundle text with its {0}, {1}… filled in: numbers in the reader's format, counts with their plural forms. */
    public String message(String key, Object... args) {
        return Messages.format(locale(), Languages.text(locale(), key), args);
    }
}
