package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.domain.shared.Violation;
import com.ibm.icu.util.ULocale;
import cat.digicanvis.portal.web.i18n.Languages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns domain violations into messages in the reader's language. */
public final class Messages {

    private static final Pattern COUNTED = Pattern.compile("\\{\\s*(\\d+)\\s*,\\s*plural\\s*,");
    private static final Pattern INDEXED = Pattern.compile("^(\\w+)\\[(\\d+)\\](?:\\.(\\w+))?$");

    private Messages() {
    }

    /** "Title: this field is required", with the field's label and the rule's text. */
    public static String describe(Violation v, Locale locale) {
        return labelled(v, rule(v, locale), locale);
    }

    /** The rule's text alone ("must have between 20 and 4,000 characters"), as it stands next to its field. */
    static String rule(Violation v, Locale locale) {
        return format(locale, Languages.text(locale, v.messageKey()), v.args().toArray());
    }

    private static String labelled(Violation v, String rule, Locale locale) {
        String label = label(v.field(), locale);
        return label == null ? rule : label + ": " + rule;
    }

    static String label(String field, Locale locale) {
        if (field == null) {
            return null;
        }
        Matcher m = INDEXED.matcher(field);
        if (m.matches()) {
            String base = Languages.text(locale, "field." + m.group(1) + ".item");
            String item = format(base, Integer.parseInt(m.group(2)) + 1);
            return m.group(3) == null ? item : item + " — " + Languages.text(locale, "field." + m.group(3));
        }
        return Languages.text(locale, "field." + field);
    }

    public static void error(FacesContext ctx, String text) {
        ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    public static void info(FacesContext ctx, String text) {
        ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** Ends a non-page request (a download, a feed) with a status and its refusals as translated plain text. */
    public static void refuse(jakarta.servlet.http.HttpServletResponse resp, int status, Locale locale,
                              List<Violation> violations) throws java.io.IOException {
        refuse(resp, status, String.join("\n", violations.stream().map(v -> describe(v, locale)).toList()));
    }

    public static void refuse(jakarta.servlet.http.HttpServletResponse resp, int status, String message)
            throws java.io.IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().write(message);
    }

    /**
     * All of a form's refusals at once: each in the summary at the top, and next to its field where the form
     * has one of that name (marked invalid, which {@link InvalidFields} shows to assistive technology).
     */
    public static void violations(FacesContext ctx, List<Violation> violations) {
        Locale locale = ctx.getViewRoot().getLocale();
        for (Violation v : violations) {
            String rule = rule(v, locale);
            error(ctx, labelled(v, rule, locale));
            UIInput field = v.field() == null ? null : InvalidFields.find(ctx, v.field());
            if (field != null) {
                InvalidFields.refuse(ctx, field, rule);
            }
        }
        ctx.validationFailed();
    }

    public static String text(FacesContext ctx, String key, Object... args) {
        String pattern = Languages.text(ctx.getViewRoot().getLocale(), key);
        return args.length == 0 ? pattern : format(ctx.getViewRoot().getLocale(), pattern, args);
    }

    /**
     * A text with its {0}, {1}… filled in for a reader: numbers in the reader's format ("4.000 caràcters", not
     * MessageFormat's root-locale "4,000"), and counts chosen by CLDR's plural rules where the text says
     * {@code {0, plural, one {# fitxa} other {# fitxes}}} (ICU's message syntax).
     */
    public static String format(Locale locale, String pattern, Object... args) {
        // the arguments a plural chooses by stay numbers; the others are written as the reader writes numbers
        java.util.Set<Integer> counted = new java.util.HashSet<>();
        Matcher m = COUNTED.matcher(pattern);
        while (m.find()) {
            counted.add(Integer.parseInt(m.group(1)));
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            if (!counted.contains(i)) {
                shown[i] = args[i] instanceof Number n ? Formats.number(n, locale) : args[i];
            } else if (args[i] instanceof CharSequence text) {
                // a count written already ("1.234"): read it back rather than fail the page
                String digits = text.toString().replaceAll("[^0-9-]", "");
                shown[i] = digits.isEmpty() ? 0L : Long.parseLong(digits);
            } else {
                shown[i] = args[i];
            }
        }
        if (counted.isEmpty()) {
            return format(pattern, shown);
        }
        return new com.ibm.icu.text.MessageFormat(pattern.replace("'", "''"), ULocale.forLocale(locale)).format(shown);
    }

    /** MessageFormat without its quoting rules, which would eat the apostrophes of Catalan ("l'ens"). */
    public static String format(String pattern, Object... args) {
        return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(args);
    }
}
