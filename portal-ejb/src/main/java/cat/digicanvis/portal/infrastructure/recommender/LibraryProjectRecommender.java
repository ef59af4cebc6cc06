package cat.digicanvis.portal.infrastructure.recommender;

import cat.digicanvis.portal.application.recommendation.ProjectRecommender;
import cat.digicanvis.recommender.data.Body;
import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.hybrid.DigiCanvisModel;
import cat.digicanvis.recommender.hybrid.DigiCanvisTrainer;
import cat.digicanvis.recommender.hybrid.Engine;
import cat.digicanvis.recommender.hybrid.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The recommender library (its hybrid model: choice model, factorization machine, EASE) behind the portal's port. */
@ApplicationScoped
public class LibraryProjectRecommender implements ProjectRecommender {

    /** Catalogues up to this size get every "projects like this" list prepared when the engine is rebound. */
    static final int PREPARED_UP_TO = 20_000;

    @Override
    public Model profileOnly() {
        return new LibraryModel(DigiCanvisModel.profileOnly());
    }

    @Override
    public Model train(Dataset data, long seed) {
        return new LibraryModel(new DigiCanvisTrainer(DigiCanvisTrainer.Settings.defaults(seed)).train(data));
    }

    @Override
    public Model load(byte[] bytes) throws IOException {
        return new LibraryModel(DigiCanvisModel.fromBytes(bytes));
    }

    private record LibraryModel(DigiCanvisModel model) implements Model {

        @Override
        public boolean learned() {
            return model.learned();
        }

        @Override
        public Instant trainedAt() {
            return model.trainedAt();
        }

        @Override
        public Map<String, String> facts() {
            return model.facts();
        }

        @Override
        public String provenance() {
            return model.tribuoProvenance();
        }

        @Override
        public byte[] toBytes() {
            return model.toBytes();
        }

        @Override
        public Bound bind(Dataset data) {
            return new LibraryBound(this, model.bind(data));
        }
    }

    private record LibraryBound(LibraryModel model, Engine engine) implements Bound {

        @Override
        public Answer answer(Body body, Set<String> exclude, int projects, int peers) {
            Engine.Answer a = engine.answer(body, exclude, projects, peers);
            return new Answer(
                    a.km0().stream().map(r -> new Suggestion(r.item(), r.score(), why(r.reasons()))).toList(),
                    a.foreign().stream().map(r -> new Suggestion(r.item(), r.score(), why(r.reasons()))).toList(),
                    a.peers().stream().map(p -> new PeerSuggestion(p.body(), why(p.reasons()), p.projects())).toList());
        }

        @Override
        public void prepare() {
            // about 0.6 s per 1,000 projects, on every rebind: beyond this many, lists are computed on first request
            // (about 10 ms p95 at 100,000 projects) and kept
            if (engine.projects() <= PREPARED_UP_TO) {
                engine.prepareSimilar();
            }
        }

        @Override
        public List<Suggestion> similar(String item, int k) {
            return engine.similar(item, k).stream().map(s -> new Suggestion(s.item(), s.score(), why(s.reasons()))).toList();
        }
    }

    static List<Why> why(List<Reason> reasons) {
        return reasons.stream().map(r -> new Why(r.kind().name(), r.value(), r.mine(), r.theirs(), r.count())).toList();
    }
}
