package cat.digicanvis.recommender.baseline;

import cat.digicanvis.recommender.ScoredItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/** The k best-scored items, ties broken by item id so that results are reproducible. */
final class TopK {

    private static final Comparator<ScoredItem> ORDER = Comparator.comparingDouble(ScoredItem::score).reversed()
            .thenComparing(ScoredItem::item);

    private TopK() {
    }

    static List<ScoredItem> of(Map<String, Double> scores, Set<String> exclude, int k) {
        PriorityQueue<ScoredItem> heap = new PriorityQueue<>(ORDER.reversed());
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            if (exclude.contains(e.getKey())) {
                continue;
            }
            heap.add(new ScoredItem(e.getKey(), e.getValue()));
            if (heap.size() > k) {
                heap.poll();
            }
        }
        List<ScoredItem> out = new ArrayList<>(heap);
        out.sort(ORDER);
        return out;
    }
}
