package cat.digicanvis.recommender.hybrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.recommender.data.Body;
import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.data.Features;
import cat.digicanvis.recommender.data.Geo;
import cat.digicanvis.recommender.data.Interaction;
import cat.digicanvis.recommender.data.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The choice model recovers what drew bodies to projects: choices simulated from known weights and known
 * appeals, with the engine's own signals, give back the weights and the appeals' order.
 */
class ChoiceModelTest {

    static final String[] AREAS = {"A", "B", "C", "D"};
    static final String[] PHASES = {"prototype", "pilot", "implemented"};
    static final double[] BETA = {1.5, 1.0, 1.0, 0.5};

    @Test
    void weightsAndAppealsAreRecoveredFromChoices() {
        Random r = new Random(11);
        int nb = 400;
        int ni = 300;
        Map<String, Body> bodies = new HashMap<>();
        double[] logPop = new double[nb];
        double[] lat = new double[nb];
        double[] lon = new double[nb];
        int[] phase = new int[nb];
        double[][] need = new double[nb][AREAS.length];
        for (int b = 0; b < nb; b++) {
            logPop[b] = Math.log(500) + r.nextDouble() * Math.log(400);
            lat[b] = 40.6 + r.nextDouble() * 2;
            lon[b] = 0.3 + r.nextDouble() * 2.8;
            phase[b] = r.nextInt(3);
            int first = r.nextInt(AREAS.length);
            int second = (first + 1 + r.nextInt(AREAS.length - 1)) % AREAS.length;
            need[b][first] = 1;
            need[b][second] = 0.5;
            bodies.put("b" + b, new Body("b" + b, new Features(Map.of("population", Math.exp(logPop[b]), "lat", lat[b],
                    "lon", lon[b]), Map.of("needs", Set.of(AREAS[first] + ":2", AREAS[second] + ":1"),
                    "phase", Set.of(PHASES[phase[b]])))));
        }
        Map<String, Item> items = new HashMap<>();
        int[] owner = new int[ni];
        int[] area = new int[ni];
        int[] itemPhase = new int[ni];
        double[] appeal = new double[ni];
        for (int i = 0; i < ni; i++) {
            owner[i] = r.nextInt(nb);
            area[i] = r.nextInt(AREAS.length);
            itemPhase[i] = r.nextInt(3);
            appeal[i] = r.nextGaussian();
            items.put(String.format("i%03d", i), new Item(String.format("i%03d", i), "b" + owner[i], Set.of(AREAS[area[i]]),
                    "", new Features(Map.of(), Map.of("phase", Set.of(PHASES[itemPhase[i]])))));
        }
        List<Interaction> choices = new ArrayList<>();
        double[] weight = new double[ni];
        for (int b = 0; b < nb; b++) {
            for (int i = 0; i < ni; i++) {
                double d = (logPop[b] - logPop[owner[i]]) / Engine.SIZE_LOG_SD;
                double signals = BETA[0] * need[b][area[i]] + BETA[1] * Math.exp(-d * d / 2)
                        + BETA[2] * Math.exp(-Geo.km(lat[b], lon[b], lat[owner[i]], lon[owner[i]]) / Engine.NEAR_KM)
                        + BETA[3] * (1 - Math.abs(phase[b] - itemPhase[i]) / 2.0);
                weight[i] = owner[i] == b ? 0 : Math.exp(signals + appeal[i]);
            }
            Set<Integer> taken = new HashSet<>();
            double total = java.util.Arrays.stream(weight).sum();
            while (taken.size() < 25) {
                double u = r.nextDouble() * total;
                int i = 0;
                while (i < ni - 1 && (u -= weight[i]) > 0) {
                    i++;
                }
                if (taken.add(i)) {
                    choices.add(new Interaction("b" + b, String.format("i%03d", i), 2, 0));
                }
            }
        }
        Engine engine = DigiCanvisModel.profileOnly().bind(new Dataset(bodies, items, choices));

        Blend.Choice fitted = new ChoiceModel(engine).fitChoice(nb, new Random(1));
        assertEquals(BETA[0], fitted.need(), 0.3, fitted.toString());
        assertEquals(BETA[1], fitted.size(), 0.3, fitted.toString());
        assertEquals(BETA[2], fitted.near(), 0.3, fitted.toString());
        assertEquals(BETA[3], fitted.phase(), 0.3, fitted.toString());

        double[] q = new ChoiceModel(engine).appeal(fitted.weights(), ChoiceModel.APPEAL_ITERATIONS);
        List<String> ids = engine.itemIds();
        double[] truth = new double[ni];
        for (int k = 0; k < ni; k++) {
            truth[k] = appeal[Integer.parseInt(ids.get(k).substring(1))];
        }
        double corr = correlation(q, truth);
        assertTrue(corr > 0.85, "appeals follow the hidden ones: " + corr);
    }

    @Test
    void smallSystemsAreSolved() {
        double[] x = ChoiceModel.solve(new double[][] {{4, 1}, {1, 3}}, new double[] {1, 2});
        assertEquals(1.0 / 11, x[0], 1e-12);
        assertEquals(7.0 / 11, x[1], 1e-12);
    }

    static double correlation(double[] a, double[] b) {
        double ma = java.util.Arrays.stream(a).average().orElse(0);
        double mb = java.util.Arrays.stream(b).average().orElse(0);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }
}
