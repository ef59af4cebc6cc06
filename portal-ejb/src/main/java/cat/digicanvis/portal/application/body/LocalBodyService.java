package cat.digicanvis.portal.application.body;

import cat.digicanvis.portal.application.audit.AuditLog;
import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import cat.digicanvis.portal.application.reference.ReferenceService;
import cat.digicanvis.portal.application.reference.TownView;
import cat.digicanvis.portal.application.sheet.SheetChanged;
import cat.digicanvis.portal.application.sheet.SheetView;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.model.localbody.BodyOrder;
import cat.digicanvis.portal.domain.model.localbody.LocalBody;
import cat.digicanvis.portal.domain.model.localbody.LocalBodyRepository;
import cat.digicanvis.portal.domain.model.project.ProjectSheetRepository;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.GeoPoint;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.SearchText;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Local bodies: reading them, finding them by name, adding local governments abroad, and correcting them. */
@Stateless
public class LocalBodyService {

    public static final int SEARCH_MAX = 20;

    @Inject
    LocalBodyRepository bodies;
    @Inject
    ProjectSheetRepository sheets;
    @Inject
    ReferenceService reference;
    @Inject
    AuditLog audit;
    @Inject
    Event<SheetChanged> changes;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public BodyView view(long id) {
        LocalBody b = bodies.find(id).orElseThrow(() -> new NotFoundException("body", id));
        List<SheetView.SheetLink> list = sheets.publishedByLeadBody(id).stream()
                .map(s -> new SheetView.SheetLink(s.getId(), s.getTitle())).toList();
        return new BodyView(summary(b), b.getAreaKm2(), reference.comarcaName(b.getComarcaCode()),
                reference.provinceName(b.getProvinceCode()), list);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<BodySummaryView> find(long id) {
        return bodies.find(id).map(LocalBodyService::summary);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<BodySummaryView> findByCode(BodyType type, String code) {
        return bodies.findByCode(type, code).map(LocalBodyService::summary);
    }

    /** Bodies whose name contains the text (at least two characters), largest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<BodySummaryView> search(String text) {
        if (text == null || text.strip().length() < 2 || text.length() > 100) {
            return List.of();
        }
        return bodies.searchByName(text.strip(), SEARCH_MAX).stream().map(LocalBodyService::summary).toList();
    }

    /**
     * Adds a local government abroad from a GeoNames town, with the town's data unless the author corrected
     * it; an existing body for the same town is returned instead of a duplicate.
     */
    public BodySummaryView createForeign(Actor actor, int geonameId, String name, Integer population, BigDecimal areaKm2,
                                         Double latitude, Double longitude, String region) {
        actor.require(actor.mayWriteSomewhere(), "body.create");
        TownView town = reference.town(geonameId)
                .orElseThrow(() -> new RuleViolationException(Violation.of("town", "validation.unknownValue", geonameId)));
        Optional<LocalBody> existing = bodies.findByCode(BodyType.FOREIGN, "GN" + geonameId);
        if (existing.isPresent()) {
            return summary(existing.get());
        }
        if ("ES".equals(town.countryCode()) && "56".equals(town.admin1Code())) {
            throw new RuleViolationException(Violation.of("town", "validation.body.catalanTown"));
        }
        GeoPoint position = position(latitude == null ? town.latitude() : latitude,
                longitude == null ? town.longitude() : longitude);
        LocalBody body = LocalBody.foreign(name == null || name.isBlank() ? town.name() : name, town.countryCode(),
                region, population == null ? town.population() : population, areaKm2, position, geonameId);
        bodies.store(body);
        return summary(body);
    }

    private static GeoPoint position(Double latitude, Double longitude) {
        if (latitude == null || longitude == null) {
            throw new RuleViolationException(Violation.of("position", "validation.required"));
        }
        try {
            return new GeoPoint(latitude, longitude);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(Violation.of("position", "validation.coordinates"));
        }
    }

    /**
     * Every body a page at a time for the administrators, those whose name contains {@code text} (all when blank, at
     * most 100 characters), in {@code order}; at most 100 a page.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<BodySummaryView> list(Actor actor, String text, BodyOrder order, boolean ascending, int first, int max) {
        actor.require(actor.mayAdminister(), "body.list");
        return bodies.page(SearchText.of(text), order == null ? BodyOrder.NAME : order, ascending, Math.max(0, first),
                Math.min(100, Math.max(1, max))).stream().map(LocalBodyService::summary).toList();
    }

    /** How many bodies {@link #list} has for {@code text}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long listSize(Actor actor, String text) {
        actor.require(actor.mayAdminister(), "body.list");
        return bodies.count(SearchText.of(text));
    }


    /** A body's editable data, for the administrators' form. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public BodyEdit edit(Actor actor, long id) {
        actor.require(actor.mayAdminister(), "body.update");
        LocalBody b = bodies.find(id).orElseThrow(() -> new NotFoundException("body", id));
        return new BodyEdit(b.getId(), b.getVersion(), b.getName(), b.getPopulation(), b.getAreaKm2(),
                b.position().latitude(), b.position().longitude());
    }

    /**
     * An administrator corrects a body's name, population, area or position (the version guards against a
     * concurrent correction); the catalogue entries of its sheets follow.
     */
    public BodySummaryView update(Actor actor, BodyEdit edit) {
        actor.require(actor.mayAdminister(), "body.update");
        LocalBody b = bodies.find(edit.id()).orElseThrow(() -> new NotFoundException("body", edit.id()));
        if (b.getVersion() != edit.version()) {
            throw new ConcurrentEditException("body", edit.id());
        }
        b.update(edit.name(), edit.population() == null ? 0 : edit.population(), edit.areaKm2(),
                position(edit.latitude(), edit.longitude()));
        audit.record(actor, "body.updated", "body", b.getId(),
                b.getName() + ": " + b.getPopulation() + " / " + b.getAreaKm2() + " km² / " + b.position());
        sheets.publishedByLeadBody(b.getId()).forEach(s -> changes.fire(new SheetChanged(s.getId())));
        return summary(b);
    }

    public static BodySummaryView summary(LocalBody b) {
        return new BodySummaryView(b.getId(), b.getName(), b.getType(), b.getOfficialCode(), b.getPopulation(),
                b.position().latitude(), b.position().longitude(), b.getComarcaCode(), b.getProvinceCode(),
                b.getCountryCode(), b.getRegion());
    }
}
