package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Days as the date picker and people write them (dd/mm/yyyy, as in Catalan and Spanish) or as the API sends them
 * (yyyy-mm-dd): blank is no day, anything else that does not parse is the field's own translated message, never a
 * stack trace.
 */
public final class IsoDays {

    /** The picker's pattern; one-digit days and months too ("3/2/2027"), years in full. */
    public static final String PATTERN = "dd/MM/yyyy";
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private IsoDays() {
    }

    /** A day as the picker shows it: a day that parses in the picker's pattern; any other text as it is. */
    public static String shown(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        LocalDate day = read(text);
        return day == null ? text : day.format(SHOWN);
    }

    /** The day, or null for blank; a day that does not parse is added to {@code problems} (and null returned). */
    public static LocalDate parse(String raw, String field, List<Violation> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        LocalDate day = read(raw);
        if (day == null) {
            problems.add(Violation.of(field, "validation.date"));
        }
        return day;
    }

    /** A day in either form, or null when the text is none. */
    private static LocalDate read(String raw) {
        String text = raw.strip();
        try {
            return text.indexOf('/') > 0 ? LocalDate.parse(text, WRITTEN) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The day, or null for blank; a day that does not parse is refused at once. */
    public static LocalDate parse(String raw, String field) {
        List<Violation> problems = new java.util.ArrayList<>();
        LocalDate day = parse(raw, field, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return day;
    }
}
