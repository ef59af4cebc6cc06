package cat.digicanvis.portal.web.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's languages: Catalan first, then Spanish and English. A reader's choice is kept in a cookie
 * (no session needed); without one, the browser's preference decides.
 */
public final class Languages {

    public static final String COOKIE = "lang";
    public static final List<String> SUPPORTED = List.of("ca", "es", "en");
    public static final Locale DEFAULT = Locale.forLanguageTag("ca");
    public static final String BUNDLE = "cat.digicanvis.portal.web.messages";

    private Languages() {
    }

    public static Locale resolve(HttpServletRequest request) {
        String param = request.getParameter("lang");
        if (param != null && SUPPORTED.contains(param)) {
            return Locale.forLanguageTag(param);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName()) && SUPPORTED.contains(c.getValue())) {
                    return Locale.forLanguageTag(c.getValue());
                }
            }
        }
        // without the header the container answers its own default locale, not the reader's
        Enumeration<Locale> preferred = request.getHeader("Accept-Language") == null ? null : request.getLocales();
        while (preferred != null && preferred.hasMoreElements()) {
            Locale l = preferred.nextElement();
            if (SUPPORTED.contains(l.getLanguage())) {
                return Locale.forLanguageTag(l.getLanguage());
            }
        }
        return DEFAULT;
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Languages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text for a key, or the key itself when missing (a test keeps bundles complete). */
    public static String text(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
