package cat.digicanvis.recommender.eval;

import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.data.Interaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.mahout.cf.taste.common.NoSuchUserException;
import org.apache.mahout.cf.taste.common.TasteException;
import org.apache.mahout.cf.taste.impl.common.FastByIDMap;
import org.apache.mahout.cf.taste.impl.model.GenericDataModel;
import org.apache.mahout.cf.taste.impl.model.GenericUserPreferenceArray;
import org.apache.mahout.cf.taste.impl.neighborhood.NearestNUserNeighborhood;
import org.apache.mahout.cf.taste.impl.recommender.GenericUserBasedRecommender;
import org.apache.mahout.cf.taste.impl.similarity.LogLikelihoodSimilarity;
import org.apache.mahout.cf.taste.model.DataModel;
import org.apache.mahout.cf.taste.model.PreferenceArray;
import org.apache.mahout.cf.taste.recommender.IDRescorer;
import org.apache.mahout.cf.taste.recommender.RecommendedItem;

/**
 * The classic peer: Apache Mahout Taste's user-based collaborative filtering (50 nearest users by
 * log-likelihood similarity, which suits sparse implicit data better than Pearson), on each body's best
 * grade per item. It knows nothing of profiles, so it has nothing to say about a body with no interaction:
 * those get an empty list. Evaluation only; the portal never uses Mahout.
 */
public final class MahoutUserCf implements Recommender {

    static final int NEIGHBOURS = 50;

    private final Map<String, Long> bodyIds = new HashMap<>();
    private final Map<String, Long> itemIds = new HashMap<>();
    private final Map<Long, String> itemNames = new HashMap<>();
    private org.apache.mahout.cf.taste.recommender.Recommender mahout;

    @Override
    public String name() {
        return "mahout-user-cf";
    }

    @Override
    public void fit(Dataset train) {
        bodyIds.clear();
        itemIds.clear();
        itemNames.clear();
        new TreeMap<>(train.bodies()).keySet().forEach(b -> bodyIds.put(b, (long) bodyIds.size()));
        new TreeMap<>(train.items()).keySet().forEach(i -> {
            itemIds.put(i, (long) itemIds.size());
            itemNames.put(itemIds.get(i), i);
        });
        Map<Long, Map<Long, Double>> best = new TreeMap<>();
        for (Interaction x : train.interactions()) {
            if (x.grade() > 0) {
                best.computeIfAbsent(bodyIds.get(x.body()), b -> new TreeMap<>())
                        .merge(itemIds.get(x.item()), x.grade(), Math::max);
            }
        }
        FastByIDMap<PreferenceArray> prefs = new FastByIDMap<>();
        best.forEach((body, grades) -> {
            PreferenceArray array = new GenericUserPreferenceArray(grades.size());
            int n = 0;
            for (Map.Entry<Long, Double> g : grades.entrySet()) {
                array.setUserID(n, body);
                array.setItemID(n, g.getKey());
                array.setValue(n, g.getValue().floatValue());
                n++;
            }
            prefs.put(body, array);
        });
        try {
            DataModel model = new GenericDataModel(prefs);
            LogLikelihoodSimilarity similarity = new LogLikelihoodSimilarity(model);
            mahout = new GenericUserBasedRecommender(model, new NearestNUserNeighborhood(NEIGHBOURS, similarity, model),
                    similarity);
        } catch (TasteException e) {
            throw new IllegalStateException("Mahout could not build its model: " + e.getMessage(), e);
        }
    }

    @Override
    public List<ScoredItem> recommend(String bodyId, Set<String> exclude, int k) {
        Long user = bodyIds.get(bodyId);
        if (user == null) {
            return List.of();
        }
        IDRescorer skip = new IDRescorer() {
            @Override
            public double rescore(long id, double originalScore) {
                return originalScore;
            }

            @Override
            public boolean isFiltered(long id) {
                return exclude.contains(itemNames.get(id));
            }
        };
        try {
            List<ScoredItem> out = new ArrayList<>();
            for (RecommendedItem r : mahout.recommend(user, k, skip)) {
                out.add(new ScoredItem(itemNames.get(r.getItemID()), r.getValue()));
            }
            return out;
        } catch (NoSuchUserException e) {
            return List.of();
        } catch (TasteException e) {
            throw new IllegalStateException("Mahout failed: " + e.getMessage(), e);
        }
    }
}
