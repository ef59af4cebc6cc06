package cat.digicanvis.recommender.hybrid;

import cat.digicanvis.recommender.data.Dataset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.tribuo.Model;
import org.tribuo.regression.sgd.fm.FMRegressionModel;

/**
 * What training produces: the Tribuo factorization machine (absent when there were too few interactions
 * to learn from), how its features are built, the tuned blend, and where it came from (training date, data
 * sizes, seed, validation figures, and Tribuo's own provenance). Saved as a zip holding the Tribuo model in
 * protobuf and a properties file; loads back identical. {@link #bind} puts it to work on current data.
 */
public final class DigiCanvisModel {

    static final String FM_ENTRY = "fm.tribuo";
    static final String META_ENTRY = "model.properties";
    static final String EASE_ENTRY = "ease.txt";
    static final String LATENT_ENTRY = "latent.bin";
    /**
     * 2 added the collaborative model, 3 the latent tastes; files of formats 1 and 2 still load (without them). The
     * latent tastes' entry ends with a count of classes since the block fits; entries without it hold factors.
     */
    static final int FORMAT = 3;

    private final FMRegressionModel tribuo;
    private final FmScorer fm;
    private final FeatureEncoder encoder;
    private final Blend blend;
    private final Collaborative collaborative;
    private final LatentTastes latent;
    private final Instant trainedAt;
    private final Map<String, String> facts;

    DigiCanvisModel(FMRegressionModel tribuo, FeatureEncoder encoder, Blend blend, Instant trainedAt,
                    Map<String, String> facts) {
        this(tribuo, encoder, blend, null, trainedAt, facts);
    }

    DigiCanvisModel(FMRegressionModel tribuo, FeatureEncoder encoder, Blend blend, Collaborative collaborative,
                    Instant trainedAt, Map<String, String> facts) {
        this(tribuo, encoder, blend, collaborative, null, trainedAt, facts);
    }

    DigiCanvisModel(FMRegressionModel tribuo, FeatureEncoder encoder, Blend blend, Collaborative collaborative,
                    LatentTastes latent, Instant trainedAt, Map<String, String> facts) {
        this.collaborative = collaborative;
        this.latent = latent;
        this.tribuo = tribuo;
        this.fm = tribuo == null ? null : new FmScorer(tribuo);
        this.encoder = encoder;
        this.blend = blend;
        this.trainedAt = trainedAt;
        this.facts = Collections.unmodifiableMap(new TreeMap<>(facts));
    }

    /** The model that answers before any training: profile similarity alone. */
    public static DigiCanvisModel profileOnly() {
        return new DigiCanvisModel(null, null, Blend.profileOnly(), Instant.EPOCH, Map.of("kind", "profile-only"));
    }

    public Engine bind(Dataset data) {
        return new Engine(this, data);
    }

    public boolean learned() {
        return tribuo != null;
    }

    public Blend blend() {
        return blend;
    }

    public Instant trainedAt() {
        return trainedAt;
    }

    /** Data sizes, seed, settings and validation figures, by name. */
    public Map<String, String> facts() {
        return facts;
    }

    /** Tribuo's provenance of the factorization machine (trainer, its settings, data), or empty. */
    public String tribuoProvenance() {
        return tribuo == null ? "" : tribuo.getProvenance().toString();
    }

    /** What bodies are interested in together, and how far to trust it; null when it was not trained. */
    public Collaborative collaborative() {
        return collaborative;
    }

    /** The bodies' and projects' latent tastes and their weight in the blend; null when not trained or not kept. */
    LatentTastes latent() {
        return latent;
    }

    FmScorer fm() {
        return fm;
    }

    FeatureEncoder encoder() {
        return encoder;
    }

    FMRegressionModel tribuo() {
        return tribuo;
    }

    public void save(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(FORMAT));
        p.setProperty("trainedAt", trainedAt.toString());
        facts.forEach((k, v) -> p.setProperty("fact." + k, v));
        blend.store(p);
        if (encoder != null) {
            encoder.store(p);
        }
        zip.putNextEntry(new ZipEntry(META_ENTRY));
        ByteArrayOutputStream meta = new ByteArrayOutputStream();
        p.store(new java.io.OutputStreamWriter(meta, StandardCharsets.UTF_8), "DigiCanvis recommender model");
        zip.write(meta.toByteArray());
        zip.closeEntry();
        if (tribuo != null) {
            zip.putNextEntry(new ZipEntry(FM_ENTRY));
            ByteArrayOutputStream fmBytes = new ByteArrayOutputStream();
            tribuo.serializeToStream(fmBytes);
            zip.write(fmBytes.toByteArray());
            zip.closeEntry();
        }
        if (collaborative != null) {
            zip.putNextEntry(new ZipEntry(EASE_ENTRY));
            zip.write(easeText(collaborative).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        if (latent != null) {
            zip.putNextEntry(new ZipEntry(LATENT_ENTRY));
            zip.write(latent.toBytes());
            zip.closeEntry();
        }
        zip.finish();
    }

    /** λ, the shares, the projects (one per line) and each body's columns: K⁻¹ is rebuilt from them on load. */
    private static String easeText(Collaborative c) {
        StringBuilder sb = new StringBuilder();
        sb.append(Double.toString(c.ease().lambda())).append('\n');
        double[] share = c.share();
        for (int i = 0; i < share.length; i++) {
            sb.append(i == 0 ? "" : " ").append(Double.toString(share[i]));
        }
        String[] ids = c.ease().itemIds();
        int[][] rows = c.ease().rows();
        sb.append('\n').append(ids.length).append(' ').append(rows.length).append('\n');
        for (String id : ids) {
            sb.append(id).append('\n');
        }
        for (int[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                sb.append(i == 0 ? "" : " ").append(r[i]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static Collaborative easeFrom(byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        double lambda = Double.parseDouble(lines[0]);
        double[] share = java.util.Arrays.stream(lines[1].split(" ")).mapToDouble(Double::parseDouble).toArray();
        String[] counts = lines[2].split(" ");
        int ni = Integer.parseInt(counts[0]);
        int nb = Integer.parseInt(counts[1]);
        String[] ids = new String[ni];
        System.arraycopy(lines, 3, ids, 0, ni);
        int[][] rows = new int[nb][];
        for (int r = 0; r < nb; r++) {
            String line = lines[3 + ni + r];
            rows[r] = line.isEmpty() ? new int[0] : java.util.Arrays.stream(line.split(" ")).mapToInt(Integer::parseInt).toArray();
        }
        return new Collaborative(Ease.restore(lambda, ids, rows), share);
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            save(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    public void save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            save(out);
        }
    }

    public static DigiCanvisModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        }
    }

    public static DigiCanvisModel fromBytes(byte[] bytes) throws IOException {
        return load(new ByteArrayInputStream(bytes));
    }

    /** Reads a saved model; a file that is not one gives an IOException that says so. */
    public static DigiCanvisModel load(InputStream in) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        byte[] meta = entries.get(META_ENTRY);
        if (meta == null) {
            throw new IOException("not a DigiCanvis recommender model (no " + META_ENTRY + ")");
        }
        Properties p = new Properties();
        p.load(new java.io.InputStreamReader(new ByteArrayInputStream(meta), StandardCharsets.UTF_8));
        if (!java.util.Set.of("1", "2", Integer.toString(FORMAT)).contains(p.getProperty("format"))) {
            throw new IOException("unknown model format " + p.getProperty("format"));
        }
        FMRegressionModel tribuo = null;
        if (entries.containsKey(FM_ENTRY)) {
            Model<?> m = Model.deserializeFromStream(new ByteArrayInputStream(entries.get(FM_ENTRY)));
            if (!(m instanceof FMRegressionModel fmModel)) {
                throw new IOException("the saved Tribuo model is a " + m.getClass().getSimpleName());
            }
            tribuo = fmModel;
        }
        Map<String, String> facts = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith("fact.")) {
                facts.put(name.substring(5), p.getProperty(name));
            }
        }
        try {
            Collaborative collaborative = entries.containsKey(EASE_ENTRY) ? easeFrom(entries.get(EASE_ENTRY)) : null;
            LatentTastes latent = entries.containsKey(LATENT_ENTRY) ? LatentTastes.fromBytes(entries.get(LATENT_ENTRY)) : null;
            return new DigiCanvisModel(tribuo, tribuo == null ? null : FeatureEncoder.restore(p), Blend.restore(p),
                    collaborative, latent, Instant.parse(p.getProperty("trainedAt")), facts);
        } catch (RuntimeException e) {
            throw new IOException("damaged model: " + e.getMessage(), e);
        }
    }
}
