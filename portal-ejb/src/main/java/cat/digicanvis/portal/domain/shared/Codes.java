package cat.digicanvis.portal.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Lookup of enum constants by their lower-case code, as used in URLs, the API and forms. */
public final class Codes {

    private Codes() {
    }

    public static <E extends Enum<E>> String code(E value) {
        return code(value.name());
    }

    /** The code of a constant's name, for names that arrive as text (the recommender's areas and phases). */
    public static String code(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst();
    }
}
