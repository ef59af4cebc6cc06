package cat.digicanvis.recommender.hybrid;

import java.util.Map;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.VariableInfo;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.la.Tensor;
import org.tribuo.regression.sgd.fm.FMRegressionModel;

/**
 * The trained factorization machine's parameters, read out of the Tribuo model to score thousands of
 * items per request without building a Tribuo example each. A body's and an item's features never
 * overlap, so the prediction splits into a body part, an item part and the dot product of their factor
 * sums; the item parts are computed once per catalogue. Gives the same numbers as
 * {@link FMRegressionModel#predict} (checked in the tests).
 */
final class FmScorer {

    private final ImmutableFeatureMap features;
    private final double bias;
    private final double[] linear;
    /** factor[feature][f] */
    private final double[][] factors;
    final int dimensions;

    FmScorer(FMRegressionModel model) {
        features = model.getFeatureIDMap();
        bias = model.getBiasesCopy().get(0);
        DenseMatrix w = model.getLinearWeightsCopy();
        int n = features.size();
        linear = new double[n];
        for (int i = 0; i < n; i++) {
            linear[i] = w.getDimension1Size() == 1 ? w.get(0, i) : w.get(i, 0);
        }
        Tensor[] all = model.getFactorsCopy();
        DenseMatrix v = (DenseMatrix) all[0];
        boolean featuresFirst = v.getDimension1Size() == n && v.getDimension2Size() != n;
        dimensions = featuresFirst ? v.getDimension2Size() : v.getDimension1Size();
        factors = new double[n][dimensions];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < dimensions; f++) {
                factors[i][f] = featuresFirst ? v.get(i, f) : v.get(f, i);
            }
        }
    }

    boolean knows(String feature) {
        return features.get(feature) != null;
    }

    /**
     * One side's part: fills {@code sum} with its factor sums and returns its linear and within-side
     * pairwise terms. Features the model never saw are ignored, as Tribuo does.
     */
    double side(Map<String, Double> x, double[] sum) {
        java.util.Arrays.fill(sum, 0);
        double lin = 0;
        double squares = 0;
        for (Map.Entry<String, Double> e : x.entrySet()) {
            VariableInfo info = features.get(e.getKey());
            if (info == null) {
                continue;
            }
            int id = ((org.tribuo.VariableIDInfo) info).getID();
            double value = e.getValue();
            lin += linear[id] * value;
            for (int f = 0; f < dimensions; f++) {
                double vx = factors[id][f] * value;
                sum[f] += vx;
                squares += vx * vx;
            }
        }
        double pair = 0;
        for (int f = 0; f < dimensions; f++) {
            pair += sum[f] * sum[f];
        }
        return lin + 0.5 * (pair - squares);
    }

    double bias() {
        return bias;
    }
}
