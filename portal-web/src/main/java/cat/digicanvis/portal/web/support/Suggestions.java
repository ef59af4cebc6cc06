package cat.digicanvis.portal.web.support;

import java.io.Serializable;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What an autocomplete last offered, by the label shown: the suggestion picked (or typed in full, also without
 * JavaScript) is found again by its label. Labels carry what tells namesakes apart ("Bellpuig (Ajuntament,
 * 5.012 habitants)"), and the first of two equal labels is kept.
 *
 * @param <T> what is suggested (a body, a town)
 */
public final class Suggestions<T extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, T> offered = new LinkedHashMap<>();

    /** The labels to show, {@code first} ones ahead (one's own bodies), else in the order found. */
    public List<String> offer(List<T> found, Predicate<T> first, Function<T, String> label) {
        offered.clear();
        found.stream().sorted(Comparator.comparing((T t) -> !first.test(t))).forEach(t -> offered.putIfAbsent(label.apply(t), t));
        return List.copyOf(offered.keySet());
    }

    /** The suggestion shown with this label, or null. */
    public T picked(String label) {
        return label == null ? null : offered.get(label.strip());
    }

    /**
     * What was typed: a suggestion's label, or else the one thing of {@code found} whose name is exactly the text
     * (ignoring case); null when none or several are.
     */
    public T typed(String text, Function<String, List<T>> search, Function<T, String> name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        T shown = picked(text);
        if (shown != null) {
            return shown;
        }
        String typed = text.strip();
        List<T> same = search.apply(typed).stream().filter(t -> name.apply(t).equalsIgnoreCase(typed)).toList();
        return same.size() == 1 ? same.get(0) : null;
    }
}
