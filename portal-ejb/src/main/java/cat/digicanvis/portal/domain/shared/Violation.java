package cat.digicanvis.portal.domain.shared;

import java.io.Serializable;
import java.util.List;

/**
 * One broken rule: the field it concerns (or null for the whole object), a message key of the
 * portal's bundles and its arguments, so that each page shows it in the reader's language.
 */
public record Violation(String field, String messageKey, List<Object> args) implements Serializable {

    public Violation {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static Violation of(String field, String messageKey, Object... args) {
        return new Violation(field, messageKey, List.of(args));
    }
}
