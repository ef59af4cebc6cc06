package cat.digicanvis.recommender.baseline;


import cat.digicanvis.recommender.eval.Recommender;
import cat.digicanvis.recommender.eval.ScoredItem;
import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.data.Interaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "What did bodies like mine do": the k bodies with the most similar profile (and some training
 * interactions) vote for their items, weighted by similarity and grade. Needs no interaction of the body
 * itself, so it answers cold bodies too.
 */
public final class ProfileKnn implements Recommender {

    private final int neighbours;
    private Profiles profiles;
    private Map<String, Map<String, Double>> gradesByBody = Map.of();
    private Map<String, Double> tieBreak = Map.of();

    public ProfileKnn(int neighbours) {
        if (neighbours < 1) {
            throw new IllegalArgumentException("neighbours must be at least 1");
        }
        this.neighbours = neighbours;
    }

    @Override
    public String name() {
        return "profile-knn";
    }

    @Override
    public void fit(Dataset train) {
        profiles = new Profiles(train);
        gradesByBody = new HashMap<>();
        for (Interaction x : train.interactions()) {
            gradesByBody.computeIfAbsent(x.body(), b -> new HashMap<>()).merge(x.item(), x.grade(), Math::max);
        }
        tieBreak = Popularity.tieBreak(Popularity.sums(train.interactions()));
    }

    @Override
    public List<ScoredItem> recommend(String bodyId, Set<String> exclude, int k) {
        List<Map.Entry<String, Double>> similar = new ArrayList<>();
        for (String other : gradesByBody.keySet()) {
            if (!other.equals(bodyId)) {
                similar.add(Map.entry(other, profiles.similarity(bodyId, other)));
            }
        }
        similar.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Double> scores = new HashMap<>();
        for (Map.Entry<String, Double> n : similar.subList(0, Math.min(neighbours, similar.size()))) {
            gradesByBody.get(n.getKey()).forEach((item, grade) -> scores.merge(item, n.getValue() * grade, Double::sum));
        }
        // popularity breaks ties and fills the list when the neighbours have done little
        tieBreak.forEach((item, p) -> scores.merge(item, p, Double::sum));
        return ScoredItem.top(scores, exclude, k);
    }
}
