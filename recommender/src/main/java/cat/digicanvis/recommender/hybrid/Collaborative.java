package cat.digicanvis.recommender.hybrid;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The collaborative part of a trained model and how far the blend trusts it: {@code share[b]} is its weight
 * (0–1, against the profile part) for a body whose history falls in band b of {@link #BANDS}. Tuned on the
 * validation split: a body with one interaction says little about its tastes, one with thirty says a lot.
 * Bodies with no interaction get none of it (their path is the profile's).
 */
public record Collaborative(Ease ease, double[] share) {

    /** Lower bounds of the history bands, in positive interactions: 1–2, 3–5, 6–10, 11–25, 26 and more. */
    static final int[] BANDS = {1, 3, 6, 11, 26};

    public Collaborative {
        if (share.length != BANDS.length) {
            throw new IllegalArgumentException("one share per history band");
        }
        share = share.clone();
    }

    static int band(int history) {
        int b = -1;
        for (int i = 0; i < BANDS.length && history >= BANDS[i]; i++) {
            b = i;
        }
        return b;
    }

    /** The collaborative share for a body with {@code history} positive interactions. */
    double share(int history) {
        int b = band(history);
        return b < 0 ? 0 : share[b];
    }

    @Override
    public double[] share() {
        return share.clone();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "EASE lambda %.0f; share by history %s", ease.lambda(),
                Arrays.stream(share).mapToObj(s -> String.format(Locale.ROOT, "%.2f", s)).collect(Collectors.joining(" / ")));
    }
}
