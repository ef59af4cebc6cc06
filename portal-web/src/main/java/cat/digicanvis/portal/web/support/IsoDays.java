package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Days as the browser's date field and the API send them (yyyy-mm-dd): blank is no day, anything else that does
 * not parse is the field's own translated message, never a stack trace.
 */
public final class IsoDays {

    private IsoDays() {
    }

    /** The day, or null for blank; a day that does not parse is added to {@code problems} (and null returned). */
    public static LocalDate parse(String raw, String field, List<Violation> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            problems.add(Violation.of(field, "validation.date"));
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
