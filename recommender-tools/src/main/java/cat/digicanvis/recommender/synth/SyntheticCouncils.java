package cat.digicanvis.recommender.synth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import cat.digicanvis.recommender.data.CsvTable;
import cat.digicanvis.recommender.data.Geo;

/**
 * Synthetic bodies, projects and interactions built on the real municipalities of Catalonia (population,
 * area, comarca, province, coordinates) and real towns abroad (GeoNames). Only the interactions and the
 * projects are invented; the rules are below and every figure computed on this data must be reported as
 * synthetic: a model shaped like these rules wins by construction.
 *
 * <p>Rules (the parameters in {@link Parameters} scale them):
 * <ol>
 * <li><b>Bodies</b>: every municipality (scope km0) and {@code foreign} towns abroad drawn at random from the
 *     GeoNames list (scope foreign). Size s in [0, 1] is log-population between 500 and 1,000,000.</li>
 * <li><b>Latent needs</b> over the six areas: a size-dependent mean (small councils need formalities and
 *     first-line care, large ones participation, planning and transformation) times log-normal noise
 *     (σ 0.5). The <b>declared</b> needs column holds only the top three, weighted 3, 2, 1, as a user would
 *     fill the profile. <b>Maturity phase</b>: implemented with probability 0.2 + 0.6 s, else pilot or
 *     prototype.</li>
 * <li><b>Projects</b>: lead body drawn in proportion to population^0.6 (foreign towns half as likely); first
 *     area drawn in proportion to the lead body's latent needs, a second one at random with probability 0.4;
 *     phase the lead body's maturity (±1 with probability 0.3); typology and 1–3 technologies at random;
 *     a hidden quality q ~ N(0, 1).</li>
 * <li><b>Interactions</b>: body b's count is in proportion to population^0.35 × log-normal(0.5) (foreign
 *     towns 0.3 times as active). Each one picks, with probability {@code noise}, any project; otherwise a
 *     project i with probability ∝ exp(profile × A(b, i) + popularity × q_i), where A = 1.5 × need match
 *     (latent) + size similarity (log scale, σ 0.8) + nearness (exp(−km/75)) + 0.5 × phase fit. A body
 *     never picks a project twice or its own.</li>
 * <li><b>Grades</b>: 1 + Binomial(4, sigmoid(A + 0.5 q − 2)): view 1 … collaboration request 5. Times are
 *     spread over three years.</li>
 * <li><b>Hidden co-interest</b> (off by default; {@code --groups G --cointerest c}): every body belongs to one
 *     of G groups and every project appeals to one of them, both at random and shown nowhere (the consortium,
 *     the supplier, the network that no profile records); a body's choice weight gains exp(c) for projects of
 *     its group. Only what bodies did together reveals it. Drawn from a random stream of its own, so that the
 *     rest of the data is the same as without it.</li>
 * </ol>
 */
public final class SyntheticCouncils {

    static final String[] AREAS = {"CITIZEN_CARE", "SERVICES_FORMALITIES", "SOCIAL_SERVICES", "PARTICIPATION",
        "PLANNING_MANAGEMENT", "TRANSFORMATION"};
    static final String[] PHASES = {"PROTOTYPE", "PILOT", "IMPLEMENTED"};
    static final String[] TYPOLOGIES = {"SERVICES", "PROCESSES", "ORGANISATION"};
    static final String[] TECHNOLOGIES = {"cloud", "chatbot", "open-data", "gis", "mobile-app", "rpa", "e-signature",
        "iot-sensors", "crm", "bi-dashboard", "videocall", "whatsapp", "low-code", "ai"};
    static final long START = 1_640_995_200L; // 2022-01-01
    static final long SPAN = 3L * 365 * 24 * 3600;

    /** The generator's knobs; {@link #defaults()} is what the README's figures use unless they say otherwise. */
    public record Parameters(int items, int interactions, int foreign, double profile, double popularity, double noise,
                             long seed, int groups, double cointerest) {

        /** Without hidden co-interest. */
        public Parameters(int items, int interactions, int foreign, double profile, double popularity, double noise, long seed) {
            this(items, interactions, foreign, profile, popularity, noise, seed, 0, 0);
        }

        public static Parameters defaults() {
            return new Parameters(2_000, 100_000, 150, 1.0, 1.0, 0.1, 1);
        }

        /** The same with hidden co-interest: {@code groups} groups, a shared interest worth {@code cointerest}. */
        public Parameters withCointerest(int g, double strength) {
            return new Parameters(items, interactions, foreign, profile, popularity, noise, seed, g, strength);
        }

        void check() {
            if (items < 10 || interactions < 10 || foreign < 0 || profile < 0 || popularity < 0 || noise < 0 || noise > 1
                    || groups < 0 || cointerest < 0 || (groups == 0) != (cointerest == 0)) {
                throw new IllegalArgumentException("bad generator parameters: " + this);
            }
        }
    }

    private record Town(String id, String name, double population, double areaKm2, double lat, double lon,
                        String country, String province, String comarca, boolean km0) {
    }

    private SyntheticCouncils() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (!o.containsKey("municipalities") || !o.containsKey("towns") || !o.containsKey("out")) {
            System.err.println("usage: --municipalities municipis.csv --towns towns.csv.gz --out DIR [--items 2000]"
                    + " [--interactions 100000] [--foreign 150] [--profile 1] [--popularity 1] [--noise 0.1] [--seed 1] [--oracle true]"
                    + " [--groups 0 --cointerest 0]");
            System.exit(2);
        }
        Parameters d = Parameters.defaults();
        Parameters p = new Parameters(Integer.parseInt(o.getOrDefault("items", "" + d.items())),
                Integer.parseInt(o.getOrDefault("interactions", "" + d.interactions())),
                Integer.parseInt(o.getOrDefault("foreign", "" + d.foreign())),
                Double.parseDouble(o.getOrDefault("profile", "" + d.profile())),
                Double.parseDouble(o.getOrDefault("popularity", "" + d.popularity())),
                Double.parseDouble(o.getOrDefault("noise", "" + d.noise())),
                Long.parseLong(o.getOrDefault("seed", "" + d.seed())),
                Integer.parseInt(o.getOrDefault("groups", "0")), Double.parseDouble(o.getOrDefault("cointerest", "0")));
        Path out = Path.of(o.get("out"));
        write(Path.of(o.get("municipalities")), Path.of(o.get("towns")), out, p, Boolean.parseBoolean(o.getOrDefault("oracle", "false")));
        System.out.println("wrote " + out.resolve("bodies.csv") + ", items.csv, interactions.csv (" + p + ")");
    }

    /** Writes {@code bodies.csv}, {@code items.csv} and {@code interactions.csv} into {@code dir}. */
    public static void write(Path municipalities, Path towns, Path dir, Parameters p) throws IOException {
        write(municipalities, towns, dir, p, false);
    }

    /**
     * The same, and with {@code oracle} also {@code oracle.csv}: for every body that interacts and every
     * project, the expected gain of the project for the body under the generator's hidden variables (choice
     * weight × expected grade). Ranking by it is the best any model can do on this data: the ceiling. Also the
     * hidden variables themselves, to study what a model misses: with hidden co-interest also
     * {@code oracle-visible.csv}, the same ranking without the groups (the ceiling for a body nobody has seen act); {@code truth-items.csv} (each project's
     * quality), {@code truth-bodies.csv} (each body's latent needs over the six areas) and, with hidden co-interest,
     * {@code truth-groups.csv} (each body's and project's group).
     */
    public static void write(Path municipalities, Path towns, Path dir, Parameters p, boolean oracle) throws IOException {
        p.check();
        Random r = new Random(p.seed());
        List<Town> bodies = new ArrayList<>(municipalities(municipalities));
        bodies.addAll(foreign(towns, p.foreign(), r));
        int nb = bodies.size();
        double[] size = new double[nb];
        double[][] needs = new double[nb][AREAS.length];
        int[] maturity = new int[nb];
        for (int b = 0; b < nb; b++) {
            size[b] = clamp((Math.log(bodies.get(b).population()) - Math.log(500)) / (Math.log(1e6) - Math.log(500)));
            double s = size[b];
            double[] mean = {1.0 - 0.3 * s, 1.2 - 0.6 * s, 0.6 + 0.2 * s, 0.3 + 0.9 * s, 0.5 + 0.5 * s, 0.4 + 0.6 * s};
            for (int a = 0; a < AREAS.length; a++) {
                needs[b][a] = mean[a] * Math.exp(0.5 * r.nextGaussian());
            }
            double u = r.nextDouble();
            maturity[b] = u < 0.2 + 0.6 * s ? 2 : u < 0.6 + 0.3 * s ? 1 : 0;
        }
        Files.createDirectories(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve("bodies.csv"), StandardCharsets.UTF_8)) {
            w.write("id,population,area_km2,lat,lon,country,province,comarca,scope,needs,phase\n");
            for (int b = 0; b < nb; b++) {
                Town t = bodies.get(b);
                Integer[] order = order(needs[b]);
                w.write(String.format(Locale.ROOT, "%s,%.0f,%s,%.5f,%.5f,%s,%s,%s,%s,%s:3|%s:2|%s:1,%s%n", t.id(),
                        t.population(), Double.isNaN(t.areaKm2()) ? "" : String.format(Locale.ROOT, "%.2f", t.areaKm2()),
                        t.lat(), t.lon(), t.country(), t.province(), t.comarca(), t.km0() ? "km0" : "foreign",
                        AREAS[order[0]], AREAS[order[1]], AREAS[order[2]], PHASES[maturity[b]]));
            }
        }
        // projects
        double[] leadWeight = new double[nb];
        for (int b = 0; b < nb; b++) {
            leadWeight[b] = Math.pow(bodies.get(b).population(), 0.6) * (bodies.get(b).km0() ? 1 : 0.5);
        }
        double[] leadCum = cumulative(leadWeight);
        int ni = p.items();
        int[] owner = new int[ni];
        int[][] areas = new int[ni][];
        int[] phase = new int[ni];
        double[] quality = new double[ni];
        try (Writer w = Files.newBufferedWriter(dir.resolve("items.csv"), StandardCharsets.UTF_8)) {
            w.write("id,owner,areas,text,typology,phase,technologies\n");
            for (int i = 0; i < ni; i++) {
                owner[i] = pick(leadCum, r);
                int first = pick(cumulative(needs[owner[i]]), r);
                int second = r.nextDouble() < 0.4 ? r.nextInt(AREAS.length) : first;
                areas[i] = first == second ? new int[] {first} : new int[] {first, second};
                phase[i] = r.nextDouble() < 0.3 ? Math.max(0, Math.min(2, maturity[owner[i]] + (r.nextBoolean() ? 1 : -1)))
                        : maturity[owner[i]];
                quality[i] = r.nextGaussian();
                Set<String> tech = new HashSet<>();
                int nt = 1 + r.nextInt(3);
                while (tech.size() < nt) {
                    tech.add(TECHNOLOGIES[r.nextInt(TECHNOLOGIES.length)]);
                }
                StringBuilder a = new StringBuilder(AREAS[areas[i][0]]);
                if (areas[i].length > 1) {
                    a.append('|').append(AREAS[areas[i][1]]);
                }
                w.write(String.format(Locale.ROOT, "p%d,%s,%s,synthetic project %d of %s,%s,%s,%s%n", i,
                        bodies.get(owner[i]).id(), a, i, bodies.get(owner[i]).id(), TYPOLOGIES[r.nextInt(3)],
                        PHASES[phase[i]], String.join("|", tech.stream().sorted().toList())));
            }
        }
        if (oracle) {
            try (Writer t = Files.newBufferedWriter(dir.resolve("truth-items.csv"), StandardCharsets.UTF_8)) {
                t.write("item,quality\n");
                for (int i = 0; i < ni; i++) {
                    t.write("p" + i + "," + quality[i] + "\n");
                }
            }
            try (Writer t = Files.newBufferedWriter(dir.resolve("truth-bodies.csv"), StandardCharsets.UTF_8)) {
                t.write("body," + String.join(",", AREAS) + "\n");
                for (int b = 0; b < nb; b++) {
                    StringBuilder sb = new StringBuilder(bodies.get(b).id());
                    for (double v : needs[b]) {
                        sb.append(',').append(v);
                    }
                    t.write(sb + "\n");
                }
            }
        }
        // hidden co-interest, from a stream of its own so that switching it on changes nothing else
        Random hidden = new Random(p.seed() * 31 + 17);
        int[] bodyGroup = new int[nb];
        int[] itemGroup = new int[ni];
        if (p.groups() > 0) {
            for (int b = 0; b < nb; b++) {
                bodyGroup[b] = hidden.nextInt(p.groups());
            }
            for (int i = 0; i < ni; i++) {
                itemGroup[i] = hidden.nextInt(p.groups());
            }
            if (oracle) {
                try (Writer t = Files.newBufferedWriter(dir.resolve("truth-groups.csv"), StandardCharsets.UTF_8)) {
                    t.write("kind,id,group\n");
                    for (int b = 0; b < nb; b++) {
                        t.write("body," + bodies.get(b).id() + "," + bodyGroup[b] + "\n");
                    }
                    for (int i = 0; i < ni; i++) {
                        t.write("item,p" + i + "," + itemGroup[i] + "\n");
                    }
                }
            }
        }
        // interactions
        double[] activity = new double[nb];
        for (int b = 0; b < nb; b++) {
            activity[b] = Math.pow(bodies.get(b).population(), 0.35) * Math.exp(0.5 * r.nextGaussian())
                    * (bodies.get(b).km0() ? 1 : 0.3);
        }
        double total = Arrays.stream(activity).sum();
        try (Writer w = Files.newBufferedWriter(dir.resolve("interactions.csv"), StandardCharsets.UTF_8);
             Writer truth = oracle ? Files.newBufferedWriter(dir.resolve("oracle.csv"), StandardCharsets.UTF_8) : Writer.nullWriter();
             Writer seen = oracle && p.groups() > 0 ? Files.newBufferedWriter(dir.resolve("oracle-visible.csv"), StandardCharsets.UTF_8)
                     : Writer.nullWriter()) {
            truth.write("body,item,score\n");
            seen.write("body,item,score\n");
            w.write("body,item,grade,time\n");
            double[] affinity = new double[ni];
            double[] weight = new double[ni];
            for (int b = 0; b < nb; b++) {
                int count = Math.min(ni / 2, (int) Math.round(p.interactions() * activity[b] / total));
                if (count == 0) {
                    continue;
                }
                double maxNeed = Arrays.stream(needs[b]).max().orElse(1);
                Town me = bodies.get(b);
                for (int i = 0; i < ni; i++) {
                    Town o = bodies.get(owner[i]);
                    double need = 0;
                    for (int a : areas[i]) {
                        need = Math.max(need, needs[b][a] / maxNeed);
                    }
                    double ds = (Math.log(me.population()) - Math.log(o.population())) / 0.8;
                    double near = Math.exp(-Geo.km(me.lat(), me.lon(), o.lat(), o.lon()) / 75);
                    double phaseFit = 1 - Math.abs(maturity[b] - phase[i]) / 2.0;
                    affinity[i] = 1.5 * need + Math.exp(-ds * ds / 2) + near + 0.5 * phaseFit;
                    double shared = p.groups() > 0 && bodyGroup[b] == itemGroup[i] ? p.cointerest() : 0;
                    weight[i] = owner[i] == b ? 0 : Math.exp(p.profile() * affinity[i] + p.popularity() * quality[i] + shared);
                }
                if (oracle) {
                    for (int i = 0; i < ni; i++) {
                        double expectedGrade = 1 + 4 / (1 + Math.exp(-(affinity[i] + 0.5 * quality[i] - 2)));
                        truth.write(me.id() + ",p" + i + "," + weight[i] * expectedGrade + "\n");
                        if (p.groups() > 0) {
                            // what is knowable without the groups: for a body whose group nobody can see, every
                            // project gains the same on average, so the ranking is the one without them
                            boolean same = bodyGroup[b] == itemGroup[i];
                            seen.write(me.id() + ",p" + i + "," + (same ? weight[i] / Math.exp(p.cointerest()) : weight[i])
                                    * expectedGrade + "\n");
                        }
                    }
                }
                double[] cum = cumulative(weight);
                Set<Integer> taken = new HashSet<>();
                for (int n = 0; n < count; n++) {
                    int i = -1;
                    for (int tries = 0; tries < 20 && (i < 0 || taken.contains(i) || owner[i] == b); tries++) {
                        i = r.nextDouble() < p.noise() ? r.nextInt(ni) : pick(cum, r);
                    }
                    if (taken.contains(i) || owner[i] == b) {
                        continue;
                    }
                    taken.add(i);
                    double prob = 1 / (1 + Math.exp(-(affinity[i] + 0.5 * quality[i] - 2)));
                    int grade = 1;
                    for (int k = 0; k < 4; k++) {
                        grade += r.nextDouble() < prob ? 1 : 0;
                    }
                    w.write(me.id() + ",p" + i + "," + grade + "," + (START + (long) (r.nextDouble() * SPAN)) + "\n");
                }
            }
        }
    }

    private static Integer[] order(double[] v) {
        Integer[] idx = {0, 1, 2, 3, 4, 5};
        Arrays.sort(idx, (a, b) -> Double.compare(v[b], v[a]));
        return idx;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double[] cumulative(double[] w) {
        double[] c = new double[w.length];
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i];
            c[i] = s;
        }
        return c;
    }

    private static int pick(double[] cum, Random r) {
        double u = r.nextDouble() * cum[cum.length - 1];
        int i = Arrays.binarySearch(cum, u);
        i = i < 0 ? -i - 1 : i;
        return Math.min(i, cum.length - 1);
    }


    /** The municipalities file: codi_ine, comarca_codi, provincia_codi, poblacio, superficie_km2, latitud, longitud. */
    private static List<Town> municipalities(Path file) throws IOException {
        CsvTable t = CsvTable.read(file);
        for (String c : List.of("codi_ine", "comarca_codi", "provincia_codi", "poblacio", "superficie_km2", "latitud", "longitud")) {
            if (!t.has(c)) {
                throw new IllegalArgumentException(file + ": not the municipalities file (no column " + c + ")");
            }
        }
        List<Town> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            out.add(new Town("m" + t.get(r, "codi_ine"), null, Math.max(1, Double.parseDouble(t.get(r, "poblacio"))),
                    Double.parseDouble(t.get(r, "superficie_km2")), Double.parseDouble(t.get(r, "latitud")),
                    Double.parseDouble(t.get(r, "longitud")), "ES", "p" + t.get(r, "provincia_codi"),
                    "c" + t.get(r, "comarca_codi"), true));
        }
        return out;
    }

    /** Towns abroad (not Spain, population at least 1,000), {@code n} of them at random. */
    private static List<Town> foreign(Path file, int n, Random r) throws IOException {
        List<Town> all = new ArrayList<>();
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(file))
                : Files.newInputStream(file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = Arrays.asList(reader.readLine().split(",", -1));
            int id = header.indexOf("geonameid");
            int country = header.indexOf("country_code");
            int admin = header.indexOf("admin1_code");
            int population = header.indexOf("population");
            int lat = header.indexOf("latitude");
            int lon = header.indexOf("longitude");
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] c = line.split(",", -1);
                if (c.length != header.size() || c[country].equals("ES") || c[population].isEmpty()) {
                    continue;
                }
                double pop = Double.parseDouble(c[population]);
                if (pop >= 1_000) {
                    all.add(new Town("g" + c[id], null, pop, Double.NaN, Double.parseDouble(c[lat]), Double.parseDouble(c[lon]),
                            c[country], c[country] + "-" + c[admin], "", false));
                }
            }
        }
        List<Town> out = new ArrayList<>();
        Set<Integer> chosen = new HashSet<>();
        while (out.size() < Math.min(n, all.size())) {
            int i = r.nextInt(all.size());
            if (chosen.add(i)) {
                out.add(all.get(i));
            }
        }
        return out;
    }
}
