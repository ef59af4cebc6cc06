package cat.digicanvis.portal.web.support;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers as people write them in their language: "4.500 €", "4 500", "120,5" in Catalan and Spanish, "4,500"
 * and "120.5" in English. The locale's decimal mark is the decimal mark; its grouping mark (and spaces) group
 * thousands in threes. The other mark alone, not followed by exactly three digits, is taken as a decimal mark
 * too ("120.5" in Catalan is 120,5), since nobody groups that way. Currency and unit signs around the number are
 * dropped. Anything else is not a number.
 */
public final class LocaleNumbers {

    private static final Pattern UNITS = Pattern.compile("(?i)(€|eur|euros?|hores|horas|hours?|h|km²|km2|km|%)$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F']");

    private LocaleNumbers() {
    }

    /** The number, or null for a blank text; IllegalArgumentException when the text is not a number. */
    public static BigDecimal parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        t = UNITS.matcher(t).replaceAll("").strip();
        if (t.startsWith("€")) {
            t = t.substring(1).strip();
        }
        t = SPACES.matcher(t).replaceAll("");
        boolean commaDecimal = decimalMark(locale) == ',';
        char decimal = commaDecimal ? ',' : '.';
        char group = commaDecimal ? '.' : ',';
        String sign = "";
        if (t.startsWith("-") || t.startsWith("+")) {
            sign = t.startsWith("-") ? "-" : "";
            t = t.substring(1);
        }
        if (t.isEmpty() || !t.matches("[0-9.,]+") || t.startsWith(".") && t.length() == 1) {
            throw new IllegalArgumentException("not a number: " + text);
        }
        int decimals = count(t, decimal);
        int groups = count(t, group);
        if (decimals == 0 && groups == 1 && !t.matches("\\d{1,3}[" + Pattern.quote(String.valueOf(group)) + "]\\d{3}")) {
            // "120.5" in Catalan, "120,5" in English: one mark that cannot be grouping is the decimal mark
            t = t.replace(group, decimal);
            groups = 0;
            decimals = 1;
        }
        if (decimals > 1) {
            throw new IllegalArgumentException("not a number: " + text);
        }
        String whole = decimals == 1 ? t.substring(0, t.indexOf(decimal)) : t;
        String fraction = decimals == 1 ? t.substring(t.indexOf(decimal) + 1) : "";
        if (groups > 0 && !whole.matches("\\d{1,3}(" + Pattern.quote(String.valueOf(group)) + "\\d{3})+")) {
            throw new IllegalArgumentException("not a number: " + text);
        }
        whole = whole.replace(String.valueOf(group), "");
        if (whole.isEmpty() && fraction.isEmpty() || !fraction.matches("\\d*")) {
            throw new IllegalArgumentException("not a number: " + text);
        }
        return new BigDecimal(sign + (whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction));
    }

    /**
     * The number written back into a field with the locale's decimal mark and no grouping (a year or a code stays
     * "2026"; {@link #parse} takes grouping either way).
     */
    public static String format(Number n, Locale locale) {
        if (n == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("0.##########", DecimalFormatSymbols.getInstance(locale));
        return f.format(n instanceof BigDecimal b ? b : new BigDecimal(n.toString()));
    }

    static char decimalMark(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ',' : '.';
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
