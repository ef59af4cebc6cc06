package cat.digicanvis.portal.application.recommendation;

import cat.digicanvis.portal.application.sheet.SheetChanged;
import cat.digicanvis.portal.domain.model.recommendation.ModelRecord;
import cat.digicanvis.recommender.data.Dataset;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the model in use and the engine bound to the current data. Requests read the engine without
 * locking; new interactions, sheets or profiles only mark it stale, and a timer rebinds it within a minute
 * (so a request never waits for that). Training runs nightly and when an administrator asks, in the
 * background; until a model exists, profile similarity alone answers.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecommenderRuntime {

    private static final Logger LOG = Logger.getLogger(RecommenderRuntime.class.getName());
    static final long SEED = 1;
    /** The lease that lets one node of a cluster train; longer than a training takes, shorter than a day. */
    static final String TRAINING_JOB = "recommender-training";
    static final java.time.Duration TRAINING_LEASE = java.time.Duration.ofHours(1);

    @Inject
    RecommenderData data;
    @Inject
    ProjectRecommender recommender;
    @Inject
    jakarta.enterprise.event.Event<RecommenderModelChanged> modelChanged;
    @Inject
    cat.digicanvis.portal.application.jobs.ClusterJobs jobs;
    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    private volatile ProjectRecommender.Model model;
    private volatile ModelRecord record;
    private volatile ProjectRecommender.Bound engine;
    private final AtomicBoolean stale = new AtomicBoolean(true);
    private final AtomicBoolean training = new AtomicBoolean(false);
    private volatile String lastError;

    @PostConstruct
    void start() {
        model = recommender.profileOnly();
        try {
            data.latest().ifPresent(this::use);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not load the saved recommender model; profile similarity answers", e);
        }
    }

    private void use(ModelRecord r) {
        try {
            model = recommender.load(r.getContent());
            record = r;
            stale.set(true);
        } catch (IOException e) {
            lastError = e.getMessage();
            LOG.log(Level.WARNING, "saved recommender model " + r.getId() + " is unreadable", e);
        }
    }

    /** The engine on current data; bound on first use, then refreshed by the timer. */
    public ProjectRecommender.Bound engine() {
        ProjectRecommender.Bound e = engine;
        if (e == null) {
            synchronized (this) {
                if (engine == null) {
                    rebind();
                }
                e = engine;
            }
        }
        return e;
    }

    private void rebind() {
        stale.set(false);
        Dataset d = data.dataset();
        engine = model.bind(d);
    }

    public void onSheetChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SheetChanged change) {
        stale.set(true);
    }

    /** Something the engine counts (an interaction, a profile) changed and was committed. */
    public void onDataChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecommenderDataChanged change) {
        stale.set(true);
    }

    @Schedule(second = "15", minute = "*", hour = "*", persistent = false)
    public void refresh() {
        if (stale.get() && engine != null) {
            stale.set(false);
            // bound and prepared off the lock: requests keep the engine in use until the new one is ready
            ProjectRecommender.Model m = model;
            ProjectRecommender.Bound fresh = m.bind(data.dataset());
            fresh.prepare();
            synchronized (this) {
                if (model == m) {
                    engine = fresh;
                }
            }
        }
    }

    @Schedule(minute = "30", hour = "3", timezone = "Europe/Madrid", persistent = false)
    public void nightly() {
        // once per cluster: the others load the saved model when the trainer says so
        if (jobs.mine(TRAINING_JOB, TRAINING_LEASE)) {
            train("schedule");
        }
    }

    /**
     * Another node trained and saved a model: loads the latest saved one and binds it to the current data before
     * requests see it. Does nothing when it is the one in use.
     */
    @Asynchronous
    public void adoptLatest() {
        try {
            java.util.Optional<ModelRecord> latest = data.latest();
            if (latest.isEmpty() || record != null && latest.get().getId().equals(record.getId())) {
                return;
            }
            ModelRecord r = latest.get();
            install(recommender.load(r.getContent()), r, data.dataset(), false);
            LOG.info(() -> "recommender model " + r.getId() + " trained on another node is in use");
        } catch (IOException | RuntimeException e) {
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.WARNING, "could not load the model another node trained", e);
        }
    }

    /**
     * The first training on demo content, by the first node that starts: a node starting meanwhile waits for its
     * model instead of training its own.
     */
    public void trainFirstModel(String by) {
        if (!hasModel() && jobs.mine(TRAINING_JOB, TRAINING_LEASE)) {
            context.getBusinessObject(RecommenderRuntime.class).retrain(by);
        }
    }

    /** Trains in the background; does nothing while a training is already running. */
    @Asynchronous
    public void retrain(String by) {
        train(by);
    }

    void train(String by) {
        if (!training.compareAndSet(false, true)) {
            return;
        }
        try {
            Dataset d = data.dataset();
            ProjectRecommender.Model trained = recommender.train(d, SEED);
            ModelRecord r = new ModelRecord(LocalDateTime.ofInstant(trained.trainedAt(), ZoneOffset.UTC), by,
                    trained.toBytes(), facts(trained), trained.provenance());
            data.store(r);
            install(trained, r, d, true);
            LOG.info(() -> "recommender trained (" + by + "): " + trained.facts());
        } catch (RuntimeException e) {
            lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(Level.WARNING, "recommender training failed", e);
        } finally {
            training.set(false);
        }
    }

    /** Puts a model in use, bound and prepared on {@code d} before requests see it, and says so. */
    private void install(ProjectRecommender.Model m, ModelRecord r, Dataset d, boolean trainedHere) {
        ProjectRecommender.Bound fresh = m.bind(d);
        fresh.prepare();
        synchronized (this) {
            model = m;
            record = r;
            engine = fresh;
            stale.set(false);
        }
        lastError = null;
        modelChanged.fire(new RecommenderModelChanged(r.getTriggerBy(), r.getId(), trainedHere));
    }

    static String facts(ProjectRecommender.Model m) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(m.facts()).forEach((k, v) -> sb.append(k).append('=').append(v.replace('\n', ' ')).append('\n'));
        return sb.toString();
    }

    public ModelStatusView status() {
        ModelRecord r = record;
        Map<String, String> facts = new TreeMap<>(model.facts());
        return new ModelStatusView(model.learned(), r == null ? null : r.getTrainedAt(), r == null ? null : r.getTriggerBy(),
                facts, model.provenance(), training.get(), lastError, data.interactions());
    }

    /** Whether a trained model was saved or trained since the start. */
    public boolean hasModel() {
        return record != null;
    }

    public boolean isTraining() {
        return training.get();
    }
}
