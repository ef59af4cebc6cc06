package cat.digicanvis.recommender.eval;

import cat.digicanvis.recommender.data.Body;
import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.hybrid.DigiCanvisModel;
import cat.digicanvis.recommender.hybrid.DigiCanvisTrainer;
import cat.digicanvis.recommender.hybrid.Engine;
import java.util.List;
import java.util.Set;

/** The DigiCanvis model behind the evaluation's {@link Recommender} interface. */
public final class DigiCanvisRecommender implements Recommender {

    private final DigiCanvisTrainer trainer;
    private Engine engine;
    private Dataset train;

    public DigiCanvisRecommender(DigiCanvisTrainer.Settings settings) {
        this.trainer = new DigiCanvisTrainer(settings);
    }

    @Override
    public String name() {
        return "digicanvis";
    }

    @Override
    public void fit(Dataset data) {
        train = data;
        engine = trainer.train(data).bind(data);
    }

    public DigiCanvisModel model() {
        return engine.model();
    }

    @Override
    public List<ScoredItem> recommend(String bodyId, Set<String> exclude, int k) {
        Body body = train.bodies().get(bodyId);
        if (body == null) {
            throw new IllegalArgumentException("unknown body '" + bodyId + "'");
        }
        return engine.recommend(body, exclude, k, null).stream().map(r -> new ScoredItem(r.item(), r.score())).toList();
    }
}
