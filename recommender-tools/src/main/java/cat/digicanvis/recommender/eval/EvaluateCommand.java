package cat.digicanvis.recommender.eval;

import cat.digicanvis.recommender.baseline.BandPopularity;
import cat.digicanvis.recommender.baseline.EaseOnly;
import cat.digicanvis.recommender.baseline.Popularity;
import cat.digicanvis.recommender.baseline.ProfileKnn;
import cat.digicanvis.recommender.data.DataFormatException;
import cat.digicanvis.recommender.data.Dataset;
import cat.digicanvis.recommender.hybrid.DigiCanvisTrainer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bin/recommender-eval --bodies B.csv --items I.csv --interactions X.csv [--k 10] [--seed 1]
 * [--split random|temporal] [--cold-bodies 0.2] [--relevant 2] [--json out.json]}: evaluates every model on
 * the same split and prints a table; with {@code --json} also writes the figures.
 */
public final class EvaluateCommand {

    private EvaluateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status (0 fine, 2 bad arguments or data). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> opts;
        try {
            opts = options(args);
            Dataset data = Dataset.load(Path.of(opts.get("bodies")), Path.of(opts.get("items")),
                    Path.of(opts.get("interactions")));
            int k = Integer.parseInt(opts.getOrDefault("k", "10"));
            long seed = Long.parseLong(opts.getOrDefault("seed", "1"));
            Split.Kind kind = Split.Kind.valueOf(opts.getOrDefault("split", "random").toUpperCase(Locale.ROOT));
            double cold = Double.parseDouble(opts.getOrDefault("cold-bodies", "0.2"));
            double relevant = Double.parseDouble(opts.getOrDefault("relevant", "2"));
            Split split = Split.of(data, kind, cold, seed);
            Evaluation evaluation = new Evaluation(data, split, k, relevant);
            List<Evaluation.ModelResult> results = new ArrayList<>();
            List<Recommender> models = new ArrayList<>(models(seed, relevant));
            if (opts.containsKey("oracle")) {
                models.add(new Oracle(cat.digicanvis.recommender.data.CsvTable.read(Path.of(opts.get("oracle"))), data));
            }
            if (opts.containsKey("oracle-visible")) {
                models.add(new Oracle("oracle-visible", cat.digicanvis.recommender.data.CsvTable.read(Path.of(opts.get("oracle-visible"))), data));
            }
            if (opts.containsKey("models")) {
                List<String> wanted = List.of(opts.get("models").split(","));
                for (String w : wanted) {
                    if (models.stream().noneMatch(m -> m.name().equals(w))) {
                        throw new IllegalArgumentException("unknown model: " + w);
                    }
                }
                models.removeIf(m -> !wanted.contains(m.name()));
            }
            for (Recommender model : models) {
                results.add(evaluation.evaluate(model));
            }
            print(out, results, k);
            for (Recommender model : models) {
                if (model instanceof DigiCanvisRecommender d) {
                    out.println("digicanvis: " + d.model().facts());
                }
            }
            if (opts.containsKey("json")) {
                Files.writeString(Path.of(opts.get("json")), json(results, data, split, k, seed, kind, cold, relevant),
                        StandardCharsets.UTF_8);
            }
            return 0;
        } catch (DataFormatException | IllegalArgumentException e) {
            err.println("recommender-eval: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("recommender-eval: cannot read or write a file: " + e.getMessage());
            return 2;
        }
    }

    static List<Recommender> models(long seed, double relevant) {
        return List.of(new Popularity(), new BandPopularity(), new ProfileKnn(30), new MahoutUserCf(),
                new EaseOnly(Double.parseDouble(System.getProperty("ease.lambda", "100"))),
                new DigiCanvisRecommender(DigiCanvisTrainer.Settings.defaults(seed).withRelevant(relevant)));
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        List<String> known = List.of("bodies", "items", "interactions", "k", "seed", "split", "cold-bodies",
                "relevant", "json", "oracle", "oracle-visible", "models");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || !known.contains(a.substring(2)) || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: --bodies B.csv --items I.csv --interactions X.csv [--k 10]"
                        + " [--seed 1] [--split random|temporal] [--cold-bodies 0.2] [--relevant 2] [--json out.json] [--oracle oracle.csv] [--oracle-visible oracle-visible.csv]"
                        + " [--models popularity,digicanvis,...]"
                        + " (bad argument: " + a + ")");
            }
            opts.put(a.substring(2), args[++i]);
        }
        for (String required : List.of("bodies", "items", "interactions")) {
            if (!opts.containsKey(required)) {
                throw new IllegalArgumentException("missing --" + required);
            }
        }
        return opts;
    }

    static void print(PrintStream out, List<Evaluation.ModelResult> results, int k) {
        out.printf(Locale.ROOT, "%-18s %10s %10s %9s %10s %10s %9s%n", "model", "warm ndcg", "warm rec", "warm cov",
                "cold ndcg", "cold rec", "cold cov");
        for (Evaluation.ModelResult r : results) {
            out.printf(Locale.ROOT, "%-18s %10.4f %10.4f %9.4f %10.4f %10.4f %9.4f%n", r.model(), r.warm().ndcg(),
                    r.warm().recall(), r.warm().coverage(), r.cold().ndcg(), r.cold().recall(), r.cold().coverage());
        }
        out.printf(Locale.ROOT, "(@%d; %d warm and %d cold test bodies)%n", k,
                results.isEmpty() ? 0 : results.get(0).warm().bodies(), results.isEmpty() ? 0 : results.get(0).cold().bodies());
    }

    static String json(List<Evaluation.ModelResult> results, Dataset data, Split split, int k, long seed,
                       Split.Kind kind, double cold, double relevant) {
        StringBuilder sb = new StringBuilder("{\n  \"models\": {");
        for (int i = 0; i < results.size(); i++) {
            Evaluation.ModelResult r = results.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    \"").append(r.model()).append("\": {\"warm\": ")
                    .append(scores(r.warm(), k)).append(", \"cold\": ").append(scores(r.cold(), k)).append('}');
        }
        sb.append("\n  },\n  \"data\": {")
                .append("\"bodies\": ").append(data.bodies().size())
                .append(", \"items\": ").append(data.items().size())
                .append(", \"interactions\": ").append(data.interactions().size())
                .append(", \"train\": ").append(split.train().size())
                .append(", \"warmTest\": ").append(split.warmTest().size())
                .append(", \"coldTest\": ").append(split.coldTest().size())
                .append(", \"coldBodies\": ").append(split.coldBodies().size())
                .append(", \"split\": \"").append(kind.name().toLowerCase(Locale.ROOT)).append('"')
                .append(", \"coldFraction\": ").append(cold)
                .append(", \"relevant\": ").append(relevant)
                .append("},\n  \"k\": ").append(k)
                .append(",\n  \"seed\": ").append(seed).append("\n}\n");
        return sb.toString();
    }

    private static String scores(Evaluation.Scores s, int k) {
        return String.format(Locale.ROOT, "{\"ndcg@%d\": %.6f, \"recall@%d\": %.6f, \"coverage\": %.6f, \"bodies\": %d}",
                k, s.ndcg(), k, s.recall(), s.coverage(), s.bodies());
    }
}
