package cat.digicanvis.recommender.eval;

import cat.digicanvis.recommender.data.CsvTable;
import cat.digicanvis.recommender.data.DataFormatException;
import cat.digicanvis.recommender.data.Dataset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ceiling on synthetic data: ranks by the generator's hidden expected gain ({@code oracle.csv} from
 * {@code bin/recommender-synth --oracle true}). Learns nothing; no real data set has such a file.
 */
public final class Oracle implements Recommender {

    private final Map<String, Map<String, Double>> scores = new HashMap<>();
    private final String name;

    public Oracle(CsvTable table, Dataset data) {
        this("oracle", table, data);
    }

    /** With a name of its own, for a second oracle in one report (the visible one, say). */
    public Oracle(String name, CsvTable table, Dataset data) {
        this.name = name;
        for (String column : List.of("body", "item", "score")) {
            if (!table.has(column)) {
                throw new DataFormatException(table.name(), 1, "missing column '" + column + "'");
            }
        }
        for (int r = 0; r < table.size(); r++) {
            String body = table.get(r, "body");
            String item = table.get(r, "item");
            if (!data.bodies().containsKey(body) || !data.items().containsKey(item)) {
                throw new DataFormatException(table.name(), table.line(r), "unknown body or item");
            }
            try {
                scores.computeIfAbsent(body, b -> new HashMap<>()).put(item, Double.parseDouble(table.get(r, "score")));
            } catch (NumberFormatException e) {
                throw new DataFormatException(table.name(), table.line(r), "score is not a number");
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void fit(Dataset train) {
        // knows the truth already
    }

    @Override
    public List<ScoredItem> recommend(String bodyId, Set<String> exclude, int k) {
        List<ScoredItem> out = new ArrayList<>();
        scores.getOrDefault(bodyId, Map.of()).forEach((item, s) -> {
            if (!exclude.contains(item)) {
                out.add(new ScoredItem(item, s));
            }
        });
        out.sort(Comparator.comparingDouble(ScoredItem::score).reversed().thenComparing(ScoredItem::item));
        return out.subList(0, Math.min(k, out.size()));
    }
}
