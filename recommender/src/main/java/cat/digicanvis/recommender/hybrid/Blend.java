package cat.digicanvis.recommender.hybrid;

import java.util.Locale;
import java.util.Properties;

/**
 * How the parts of the score are weighed. The profile part is a weighted sum of eight signals in [0, 1]
 * (need ↔ areas, similar size, nearness, same phase, what the closest bodies did, what a wider crowd of similar bodies
 * did, popularity, and the areas of the body's own past interactions); the learned
 * part is the factorization machine's prediction, centred and scaled. {@code alphaWarm} and
 * {@code alphaCold} give the learned part's share for bodies the machine saw interact and for others.
 * All of these are tuned on a validation split. {@code choice}, when a model was trained, holds how strongly
 * need, size, nearness and phase drew bodies to projects (a conditional logit fitted on the training
 * choices): the popularity signal is then each project's appeal net of that exposure (see
 * {@link Engine#appeal}); without it, popularity is the plain count of interested bodies.
 */
public record Blend(double need, double size, double near, double phase, double peers, double popular, double history,
                    double crowd,
                    double alphaWarm, double alphaCold, double fmMean, double fmScale, double profileScale,
                    Choice choice) {

    /** Weights of the choice model: P(body picks project) ∝ exp(need·n + size·s + near·d + phase·f + appeal). */
    public record Choice(double need, double size, double near, double phase) {

        double[] weights() {
            return new double[] {need, size, near, phase};
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "need %.2f, size %.2f, near %.2f, phase %.2f", need, size, near, phase);
        }
    }

    static final String[] NAMES = {"need", "size", "near", "phase", "peers", "popular", "history", "crowd"};

    /** Profile similarity alone, with hand-set weights: what answers until a model is trained. */
    public static Blend profileOnly() {
        return new Blend(1.0, 0.5, 0.5, 0.25, 1.0, 0.25, 1.0, 0.5, 0, 0, 0, 1, 1, null);
    }

    double[] weights() {
        return new double[] {need, size, near, phase, peers, popular, history, crowd};
    }

    Blend withWeights(double[] w) {
        return new Blend(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], alphaWarm, alphaCold, fmMean, fmScale, profileScale, choice);
    }

    Blend withAlphas(double warm, double cold) {
        return new Blend(need, size, near, phase, peers, popular, history, crowd, warm, cold, fmMean, fmScale, profileScale, choice);
    }

    Blend withScales(double mean, double fm, double profile) {
        return new Blend(need, size, near, phase, peers, popular, history, crowd, alphaWarm, alphaCold, mean, fm, profile, choice);
    }

    Blend withChoice(Choice c) {
        return new Blend(need, size, near, phase, peers, popular, history, crowd, alphaWarm, alphaCold, fmMean, fmScale,
                profileScale, c);
    }

    void store(Properties p) {
        double[] w = weights();
        for (int i = 0; i < w.length; i++) {
            p.setProperty("blend." + NAMES[i], Double.toString(w[i]));
        }
        p.setProperty("blend.alphaWarm", Double.toString(alphaWarm));
        p.setProperty("blend.alphaCold", Double.toString(alphaCold));
        p.setProperty("blend.fmMean", Double.toString(fmMean));
        p.setProperty("blend.fmScale", Double.toString(fmScale));
        p.setProperty("blend.profileScale", Double.toString(profileScale));
        if (choice != null) {
            double[] c = choice.weights();
            for (int i = 0; i < c.length; i++) {
                p.setProperty("blend.choice." + NAMES[i], Double.toString(c[i]));
            }
        }
    }

    static Blend restore(Properties p) {
        double[] w = new double[NAMES.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = number(p, "blend." + NAMES[i]);
        }
        // models saved before the choice model have none: their popularity stays the plain count
        Choice choice = p.getProperty("blend.choice.need") == null ? null : new Choice(number(p, "blend.choice.need"),
                number(p, "blend.choice.size"), number(p, "blend.choice.near"), number(p, "blend.choice.phase"));
        return new Blend(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], number(p, "blend.alphaWarm"), number(p, "blend.alphaCold"),
                number(p, "blend.fmMean"), number(p, "blend.fmScale"), number(p, "blend.profileScale"), choice);
    }

    private static double number(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("the saved model lacks '" + key + "'");
        }
        return Double.parseDouble(v);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "need %.2f, size %.2f, near %.2f, phase %.2f, peers %.2f, popular %.2f, history %.2f, crowd %.2f;"
                + " learned share warm %.2f, cold %.2f", need, size, near, phase, peers, popular, history, crowd, alphaWarm, alphaCold)
                + (choice == null ? "" : "; choice " + choice);
    }
}
