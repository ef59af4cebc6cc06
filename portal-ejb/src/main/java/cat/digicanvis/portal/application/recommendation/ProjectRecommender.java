package cat.digicanvis.portal.application.recommendation;

import cat.digicanvis.recommender.data.Body;
import cat.digicanvis.recommender.data.Dataset;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recommender as the portal uses it: train, save and load a model, bind it to the current data, and ask it.
 * The portal owns this interface; infrastructure adapts the recommender library to it, so that the library's
 * model classes stay out of the application layer (only its data contract, {@code recommender.data}, comes in).
 */
public interface ProjectRecommender {

    /** The model that answers before any training: profile similarity alone. */
    Model profileOnly();

    /** Trains a model on the data, with a fixed seed (the same data and seed give the same model). */
    Model train(Dataset data, long seed);

    /** A saved model; an IOException says why the bytes are not one. */
    Model load(byte[] bytes) throws IOException;

    /** A trained (or profile-only) model. */
    interface Model {

        boolean learned();

        Instant trainedAt();

        /** Data sizes, seed, settings and validation figures, by name. */
        Map<String, String> facts();

        /** The learned parts' provenance (trainer, settings, data), or empty. */
        String provenance();

        byte[] toBytes();

        /** The model put to work on the data; immutable and thread-safe. */
        Bound bind(Dataset data);
    }

    /** A model bound to the data of one moment. */
    interface Bound {

        Model model();

        /** Km0 and foreign projects for the body, and peers to call. */
        Answer answer(Body body, Set<String> exclude, int projects, int peers);

        /** Projects like this one, at most {@code k}, each with why. */
        List<Suggestion> similar(String item, int k);

        /** Computes every project's "projects like this" now (in the background), so requests read memory. */
        void prepare();
    }

    /** Why a project or a peer came up: a kind and its figures (see {@code ReasonView}). */
    record Why(String kind, String value, double mine, double theirs, int count) implements Serializable {
    }

    record Suggestion(String item, double score, List<Why> reasons) implements Serializable {
    }

    record PeerSuggestion(String body, List<Why> reasons, List<String> projects) implements Serializable {
    }

    record Answer(List<Suggestion> km0, List<Suggestion> foreign, List<PeerSuggestion> peers) implements Serializable {
    }
}
