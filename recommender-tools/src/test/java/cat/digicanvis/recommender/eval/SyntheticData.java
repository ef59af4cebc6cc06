package cat.digicanvis.recommender.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Small generated data sets for tests: bodies of every size; items led by bodies; each body interacts
 * mostly with items whose owner is of its own size band (so that profile-aware models have something to
 * learn), a little with anything.
 */
final class SyntheticData {

    private SyntheticData() {
    }

    static void write(Path dir, int bodies, int items, int perBody, long seed) throws IOException {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder("id,population,lat,lon,comarca\n");
        double[] population = new double[bodies];
        for (int i = 0; i < bodies; i++) {
            population[i] = Math.round(Math.exp(4 + r.nextDouble() * 9));
            b.append(String.format(Locale.ROOT, "b%d,%.0f,%.4f,%.4f,c%d%n", i, population[i], 40.5 + r.nextDouble() * 2,
                    0.2 + r.nextDouble() * 3, r.nextInt(5)));
        }
        StringBuilder it = new StringBuilder("id,owner,areas,text\n");
        int[] owner = new int[items];
        for (int i = 0; i < items; i++) {
            owner[i] = r.nextInt(bodies);
            it.append("p").append(i).append(",b").append(owner[i]).append(",area").append(r.nextInt(6))
                    .append(",project ").append(i).append('\n');
        }
        StringBuilder x = new StringBuilder("body,item,grade,time\n");
        for (int i = 0; i < bodies; i++) {
            for (int n = 0; n < perBody; n++) {
                int item = r.nextInt(items);
                if (r.nextDouble() < 0.8) {
                    for (int tries = 0; tries < 200; tries++) {
                        int candidate = r.nextInt(items);
                        if (band(population[owner[candidate]]) == band(population[i])) {
                            item = candidate;
                            break;
                        }
                    }
                }
                x.append('b').append(i).append(",p").append(item).append(',').append(1 + r.nextInt(5)).append(',')
                        .append(1_600_000_000L + r.nextInt(100_000_000)).append('\n');
            }
        }
        Files.writeString(dir.resolve("B.csv"), b);
        Files.writeString(dir.resolve("I.csv"), it);
        Files.writeString(dir.resolve("X.csv"), x);
    }

    static int band(double population) {
        return population <= 2000 ? 0 : population <= 10000 ? 1 : 2;
    }
}
