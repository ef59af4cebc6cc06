package cat.digicanvis.recommender.baseline;


import cat.digicanvis.recommender.eval.Recommender;
import cat.digicanvis.recommender.eval.ScoredItem;
import cat.digicanvis.recommender.data.Body;
import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.data.Interaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Popularity among bodies of the same population band (Idescat's bands: up to 500, 2,000, 5,000, 10,000,
 * 50,000, more). Without a population column, popularity among the 50 bodies with the nearest numeric
 * profile. Overall popularity breaks ties.
 */
public final class BandPopularity implements Recommender {

    static final long[] BANDS = {500, 2_000, 5_000, 10_000, 50_000};
    static final int NEAREST = 50;

    private Dataset train;
    private Profiles profiles;
    private boolean byPopulation;
    private final Map<Integer, Map<String, Double>> byBand = new HashMap<>();
    private Map<String, Double> tieBreak = Map.of();

    @Override
    public String name() {
        return "band-popularity";
    }

    static int band(double population) {
        for (int i = 0; i < BANDS.length; i++) {
            if (population <= BANDS[i]) {
                return i;
            }
        }
        return BANDS.length;
    }

    @Override
    public void fit(Dataset data) {
        train = data;
        byBand.clear();
        byPopulation = data.bodies().values().stream().anyMatch(b -> b.features().number("population") != null);
        tieBreak = Popularity.tieBreak(Popularity.sums(data.interactions()));
        if (byPopulation) {
            for (Interaction x : data.interactions()) {
                Double p = data.bodies().get(x.body()).features().number("population");
                if (p != null) {
                    byBand.computeIfAbsent(band(p), b -> new HashMap<>()).merge(x.item(), x.grade(), Double::sum);
                }
            }
        } else {
            profiles = new Profiles(data);
        }
    }

    @Override
    public List<ScoredItem> recommend(String bodyId, Set<String> exclude, int k) {
        Map<String, Double> scores = new HashMap<>();
        Body body = train.bodies().get(bodyId);
        if (byPopulation && body != null && body.features().number("population") != null) {
            scores.putAll(byBand.getOrDefault(band(body.features().number("population")), Map.of()));
        } else if (!byPopulation && body != null) {
            List<Map.Entry<String, Double>> near = new ArrayList<>();
            for (Body other : train.bodies().values()) {
                if (!other.id().equals(bodyId)) {
                    near.add(Map.entry(other.id(), profiles.similarity(bodyId, other.id())));
                }
            }
            near.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            Set<String> nearest = new java.util.HashSet<>();
            near.subList(0, Math.min(NEAREST, near.size())).forEach(e -> nearest.add(e.getKey()));
            for (Interaction x : train.interactions()) {
                if (nearest.contains(x.body())) {
                    scores.merge(x.item(), x.grade(), Double::sum);
                }
            }
        }
        tieBreak.forEach((item, p) -> scores.merge(item, p, Double::sum));
        train.items().keySet().forEach(i -> scores.putIfAbsent(i, 0.0));
        return ScoredItem.top(scores, exclude, k);
    }
}
