package cat.digicanvis.recommender.data;

import java.util.Map;
import java.util.Set;

/**
 * The features of a body or an item: numeric columns by name, and categorical columns as sets of values
 * (a cell may hold several values separated by '|').
 */
public record Features(Map<String, Double> numeric, Map<String, Set<String>> categorical) {

    public Features {
        numeric = Map.copyOf(numeric);
        categorical = Map.copyOf(categorical);
    }

    public Double number(String name) {
        return numeric.get(name);
    }

    public Set<String> values(String name) {
        return categorical.getOrDefault(name, Set.of());
    }
}
