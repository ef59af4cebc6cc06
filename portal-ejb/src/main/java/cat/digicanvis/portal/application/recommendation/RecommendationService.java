package cat.digicanvis.portal.application.recommendation;

import cat.digicanvis.portal.application.VersionChecked;
import cat.digicanvis.portal.application.audit.AuditLog;
import cat.digicanvis.portal.application.body.LocalBodyService;
import cat.digicanvis.portal.application.catalogue.CatalogueEntry;
import cat.digicanvis.portal.application.catalogue.CatalogueService;
import cat.digicanvis.portal.application.reference.ReferenceService;
import cat.digicanvis.portal.application.sheet.SheetLinkView;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.localbody.LocalBody;
import cat.digicanvis.portal.domain.model.localbody.LocalBodyRepository;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.SheetStatus;
import cat.digicanvis.portal.domain.model.recommendation.BodyProfile;
import cat.digicanvis.portal.domain.model.recommendation.Interaction;
import cat.digicanvis.portal.domain.model.recommendation.InteractionKind;
import cat.digicanvis.portal.domain.model.recommendation.RecommendationRepository;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.Clock;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.recommender.data.Body;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The recommender in the portal: a body's profile, its recommendations and peers, and what members do
 * with sheets (views, bookmarks, "worked for us", "not relevant"). Everything is on behalf of a body the
 * person belongs to; administrators may look at any body.
 */
@Stateless
@VersionChecked
public class RecommendationService {

    public static final int PER_TAB = 10;
    public static final int PEERS = 6;
    public static final int SIMILAR = 10;

    @Inject
    RecommendationRepository repository;
    @Inject
    LocalBodyRepository bodies;
    @Inject
    RecommenderRuntime runtime;
    @Inject
    RecommendationsCache cache;
    @Inject
    CatalogueService catalogue;
    @Inject
    ReferenceService reference;
    @Inject
    AuditLog audit;
    @Inject
    Event<RecommenderDataChanged> changed;

    /** The body a person acts for by default: the first they belong to, if any. */
    public static Optional<Long> primaryBody(Actor actor) {
        return actor.memberOf().stream().min(Long::compare);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ProfileView profile(Actor actor, long bodyId) {
        actor.require(actor.maySeeFor(bodyId), "profile.view");
        LocalBody b = bodies.find(bodyId).orElseThrow(() -> new NotFoundException("body", bodyId));
        Optional<BodyProfile> p = repository.profile(bodyId);
        Map<Area, Integer> needs = new EnumMap<>(Area.class);
        for (Area a : Area.values()) {
            needs.put(a, p.map(x -> x.getNeeds().getOrDefault(a, 0)).orElse(0));
        }
        return new ProfileView(LocalBodyService.summary(b), b.getAreaKm2(),
                b.getComarcaCode() == null ? null : reference.comarcaName(b.getComarcaCode()), needs,
                p.map(BodyProfile::getMaturity).orElse(null), p.map(BodyProfile::getVersion).orElse(-1));
    }

    /**
     * Saves needs and maturity. {@code version} is what the form showed (-1 for a new profile); if someone
     * saved in between, nothing changes and ConcurrentEditException says so.
     */
    public ProfileView saveProfile(Actor actor, long bodyId, int version, Map<Area, Integer> needs, Phase maturity) {
        actor.require(actor.mayActFor(bodyId), "profile.edit");
        bodies.find(bodyId).orElseThrow(() -> new NotFoundException("body", bodyId));
        Optional<BodyProfile> existing = repository.profile(bodyId);
        BodyProfile p;
        if (existing.isPresent()) {
            p = existing.get();
            if (p.getVersion() != version) {
                throw new ConcurrentEditException("profile", bodyId);
            }
        } else {
            if (version != -1) {
                throw new ConcurrentEditException("profile", bodyId);
            }
            p = new BodyProfile(bodyId);
        }
        p.update(needs, maturity, actor.accountId(), Clock.now());
        if (existing.isEmpty()) {
            repository.store(p);
        }
        audit.record(actor, "profile.saved", "body", bodyId, needs.toString());
        changed.fire(new RecommenderDataChanged(bodyId));
        return profile(actor, bodyId);
    }

    /**
     * What every body's kept recommendations depend on besides the body's own data (which announces its changes):
     * the bound engine and the catalogue's version. A page kept with this stamp is stale once it changes.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String stamp() {
        return Integer.toHexString(System.identityHashCode(runtime.engine())) + "-" + catalogue.version();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public RecommendationsView recommendations(Actor actor, long bodyId) {
        actor.require(actor.maySeeFor(bodyId), "recommendations.view");
        ProjectRecommender.Bound engine = runtime.engine();
        long catalogueVersion = catalogue.version();
        RecommendationsView kept = cache.get(bodyId, engine, catalogueVersion);
        if (kept != null) {
            return kept;
        }
        RecommendationsView view = compute(engine, bodyId);
        cache.put(bodyId, engine, catalogueVersion, view);
        return view;
    }

    private RecommendationsView compute(ProjectRecommender.Bound engine, long bodyId) {
        LocalBody lb = bodies.find(bodyId).orElseThrow(() -> new NotFoundException("body", bodyId));
        Optional<BodyProfile> profile = repository.profile(bodyId);
        // the profile as saved now, not as the engine last saw it
        Body body = RecommenderData.body(lb, profile.orElse(null));
        Set<String> exclude = new HashSet<>();
        repository.notRelevant(bodyId).forEach(id -> exclude.add(RecommenderData.sheetKey(id)));
        ProjectRecommender.Answer answer = engine.answer(body, exclude, PER_TAB, PEERS);
        List<RecommendedSheetView> km0 = sheets(answer.km0());
        List<RecommendedSheetView> foreign = sheets(answer.foreign());
        List<PeerView> peers = new ArrayList<>();
        for (ProjectRecommender.PeerSuggestion peer : answer.peers()) {
            bodies.find(RecommenderData.id(peer.body())).ifPresent(pb -> {
                List<SheetLinkView> projects = new ArrayList<>();
                for (String s : peer.projects()) {
                    catalogue.entry(RecommenderData.id(s))
                            .ifPresent(e -> projects.add(new SheetLinkView(e.id(), e.title(), SheetStatus.PUBLISHED)));
                }
                peers.add(new PeerView(LocalBodyService.summary(pb), reasons(peer.reasons()), projects));
            });
        }
        boolean filled = profile.map(p -> !p.getNeeds().isEmpty()).orElse(false);
        return new RecommendationsView(bodyId, lb.getName(), km0, foreign, peers, engine.model().learned(), filled);
    }

    private List<RecommendedSheetView> sheets(List<ProjectRecommender.Suggestion> recs) {
        List<RecommendedSheetView> out = new ArrayList<>();
        for (ProjectRecommender.Suggestion r : recs) {
            Optional<CatalogueEntry> e = catalogue.entry(RecommenderData.id(r.item()));
            e.ifPresent(x -> out.add(new RecommendedSheetView(x.id(), x.title(), x.summary(), x.lead(), reasons(r.reasons()))));
        }
        return out;
    }

    /**
     * Published sheets like this one (at most {@link #SIMILAR}), with why, for anyone: empty for a sheet that is
     * not published. What bodies did together is anonymous here (only counts, never which bodies).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SimilarSheetView> similar(long sheetId) {
        if (catalogue.entry(sheetId).isEmpty()) {
            return List.of();
        }
        List<SimilarSheetView> out = new ArrayList<>();
        for (ProjectRecommender.Suggestion s : runtime.engine().similar(RecommenderData.sheetKey(sheetId), SIMILAR)) {
            catalogue.entry(RecommenderData.id(s.item())).ifPresent(e -> out.add(new SimilarSheetView(e.id(), e.title(),
                    e.summary(), e.lead(), Math.round(s.score() * 1000) / 1000.0, reasons(s.reasons()))));
        }
        return out;
    }

    /** The reasons in the page's terms; a reason that names a project gets its title (and is dropped if it is gone). */
    List<ReasonView> reasons(List<ProjectRecommender.Why> reasons) {
        List<ReasonView> out = new ArrayList<>();
        for (ProjectRecommender.Why r : reasons) {
            String value = r.value();
            if ("ALSO_INTERESTED".equals(r.kind())) {
                Optional<CatalogueEntry> named = value == null ? Optional.empty() : catalogue.entry(RecommenderData.id(value));
                if (named.isEmpty()) {
                    continue;
                }
                value = named.get().title();
            }
            out.add(new ReasonView(r.kind(), value, Double.isNaN(r.mine()) ? 0 : Math.round(r.mine()),
                    Double.isNaN(r.theirs()) ? 0 : Math.round(r.theirs()), r.count()));
        }
        return out;
    }

    // ---- interactions

    /** Records that a member looked at a published sheet (once a day per person and body). */
    public void recordView(Actor actor, long sheetId) {
        Optional<Long> body = primaryBody(actor);
        if (body.isEmpty() || catalogue.entry(sheetId).isEmpty()) {
            return;
        }
        if (repository.recordOnce(new Interaction(body.get(), actor.accountId(), sheetId, InteractionKind.VIEW,
                Clock.now()))) {
            changed.fire(new RecommenderDataChanged(body.get()));
        }
    }

    /** Sets or withdraws a bookmark, a "worked for us" or a "not relevant" for the person's body. */
    public void mark(Actor actor, long bodyId, long sheetId, InteractionKind kind, boolean on) {
        actor.require(actor.mayActFor(bodyId), "interaction.mark");
        if (!kind.toggled()) {
            throw new AccessDeniedException("interaction.kind");
        }
        if (catalogue.entry(sheetId).isEmpty()) {
            throw new NotFoundException("sheet", sheetId);
        }
        if (on) {
            repository.recordOnce(new Interaction(bodyId, actor.accountId(), sheetId, kind, Clock.now()));
        } else {
            repository.withdraw(bodyId, actor.accountId(), sheetId, kind);
        }
        changed.fire(new RecommenderDataChanged(bodyId));
    }

    /** The published sheets the person saved ("Save the sheet"), the latest first, distinct. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CatalogueEntry> saved(Actor actor) {
        actor.require(actor.isSignedIn(), "saved.view");
        return repository.sheetsMarkedBy(actor.accountId(), InteractionKind.BOOKMARK).stream().distinct()
                .map(catalogue::entry).flatMap(Optional::stream).toList();
    }

    /** What the person has set on a sheet for their primary body. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<InteractionKind> marks(Actor actor, long sheetId) {
        Optional<Long> body = primaryBody(actor);
        Set<InteractionKind> out = EnumSet.noneOf(InteractionKind.class);
        body.ifPresent(b -> repository.byBodyAndSheet(b, sheetId).stream()
                .filter(x -> actor.accountId().equals(x.getAccountId()) && x.getKind().toggled())
                .forEach(x -> out.add(x.getKind())));
        return out;
    }

    // ---- administration

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ModelStatusView status(Actor actor) {
        actor.require(actor.mayAdminister(), "recommender.status");
        return runtime.status();
    }

    /** Starts a training in the background (after this transaction, which records who asked); false if one is running. */
    public boolean retrain(Actor actor) {
        actor.require(actor.mayAdminister(), "recommender.retrain");
        if (runtime.isTraining()) {
            return false;
        }
        audit.record(actor, "recommender.retrain", "recommender", 0L, "");
        runtime.retrain("admin:" + actor.email());
        return true;
    }
}
