package cat.digicanvis.portal.application.sheet;

import cat.digicanvis.portal.application.VersionChecked;
import cat.digicanvis.portal.application.audit.AuditLog;
import cat.digicanvis.portal.application.body.LocalBodyService;
import cat.digicanvis.portal.application.mail.MailService;
import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.account.AccountRepository;
import cat.digicanvis.portal.domain.model.account.Actor;
import cat.digicanvis.portal.domain.model.audit.AuditRepository;
import cat.digicanvis.portal.domain.model.project.SheetStatus;
import cat.digicanvis.portal.domain.shared.Clock;
import java.time.LocalDateTime;
import cat.digicanvis.portal.application.reference.ReferenceService;
import cat.digicanvis.portal.domain.model.file.StoredFile;
import cat.digicanvis.portal.domain.model.file.StoredFileRepository;
import cat.digicanvis.portal.domain.model.localbody.LocalBody;
import cat.digicanvis.portal.domain.model.localbody.LocalBodyRepository;
import cat.digicanvis.portal.domain.model.project.ContactPerson;
import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.model.project.Material;
import cat.digicanvis.portal.domain.model.project.ProjectSheet;
import cat.digicanvis.portal.domain.model.project.QueueEntry;
import cat.digicanvis.portal.domain.model.project.ProjectSheetRepository;
import cat.digicanvis.portal.domain.model.project.Savings;
import cat.digicanvis.portal.domain.model.project.SheetContent;
import cat.digicanvis.portal.domain.model.project.SheetRevision;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.SearchText;
import cat.digicanvis.portal.domain.shared.Violation;
import cat.digicanvis.portal.domain.model.request.ContactRequest;
import cat.digicanvis.portal.domain.model.request.ContactRequestRepository;
import cat.digicanvis.portal.domain.model.request.RequestKind;
import cat.digicanvis.portal.infrastructure.MarkdownRenderer;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writing, reviewing and reading project sheets. The sheet applies the content and workflow rules, the
 * {@link Actor} the authorisation rules; this service loads, checks who asks, stores, audits, tells the author,
 * and keeps the catalogue in step after each change.
 */
@Stateless
@VersionChecked
public class ProjectSheetService {

    @Inject
    ProjectSheetRepository sheets;
    @Inject
    LocalBodyRepository bodies;
    @Inject
    StoredFileRepository files;
    @Inject
    Event<SheetChanged> changes;
    @Inject
    ContactRequestRepository contactRequests;
    @Inject
    SheetViewCache viewCache;
    @Inject
    ReferenceService reference;
    @Inject
    AccountRepository accounts;
    @Inject
    AuditRepository auditEntries;
    @Inject
    AuditLog audit;
    @Inject
    MailService mail;

    /**
     * Creates a draft, or saves an existing sheet when the form carries its id and version. Members write for
     * their own bodies, editors for any.
     */
    public SheetSaved save(Actor actor, SheetForm form) {
        return save(actor, form, ContentOrigin.USER);
    }

    public SheetSaved save(Actor actor, SheetForm form, ContentOrigin origin) {
        actor.require(actor.mayWriteSomewhere(), "sheet.write");
        if (form.getLeadBodyId() != null) {
            actor.require(actor.mayWriteFor(form.getLeadBodyId()), "sheet.write");
        }
        SheetContent content = content(form);
        LocalBody lead = form.getLeadBodyId() == null ? null : lead(form);
        Set<LocalBody> partners = partners(form, true);
        ProjectSheet sheet;
        if (form.getId() == null) {
            sheet = new ProjectSheet(content, lead, partners, origin);
            if (actor.accountId() > 0) {
                sheet.assignAuthor(actor.accountId());
            }
            sheets.store(sheet);
        } else {
            sheet = sheets.findForUpdate(form.getId(), form.getVersion() == null ? -1 : form.getVersion());
            actor.require(actor.mayWriteFor(sheet.getLeadBody().getId()), "sheet.write");
            if (sheet.isPublished() && !actor.isEditor()) {
                // readers keep the published version until an editor has seen the changes
                return propose(actor, sheet, form);
            }
            List<SheetDiff.FieldChange> edited = sheet.isPublished()
                    ? SheetDiff.changes(formOf(sheet), form, this::bodyName) : List.of();
            sheet.revise(content, lead, partners);
            if (!edited.isEmpty()) {
                audit.record(actor, "sheet.edited", "sheet", sheet.getId(), SheetDiff.summary(edited));
            }
        }
        sheets.flush();
        changes.fire(new SheetChanged(sheet.getId()));
        return new SheetSaved(sheet.getId(), sheet.getVersion(), sheet.getStatus());
    }

    private static final jakarta.json.bind.Jsonb JSON = jakarta.json.bind.JsonbBuilder.create();

    /** A member's changes to a published sheet: they start or continue its pending revision. */
    private SheetSaved propose(Actor actor, ProjectSheet sheet, SheetForm form) {
        LocalDateTime now = Clock.now();
        List<SheetDiff.FieldChange> changes = SheetDiff.changes(formOf(sheet), form, this::bodyName);
        Integer continued = form.getRevisionVersion();
        form.setRevisionVersion(null);
        String json = JSON.toJson(form);
        Optional<SheetRevision> pending = sheets.pendingRevision(sheet.getId());
        SheetRevision r;
        if (pending.isPresent()) {
            r = pending.get();
            if (continued == null || continued != r.getVersion()) {
                // someone else's changes wait already, or these were changed meanwhile: nothing is overwritten
                throw new ConcurrentEditException("revision", r.getId());
            }
            r.update(json, sheet.getVersion(), now);
        } else {
            if (continued != null) {
                // the changes this form continued were decided meanwhile
                throw new ConcurrentEditException("revision", sheet.getId());
            }
            r = new SheetRevision(sheet.getId(), actor.accountId(), sheet.getVersion(), json, now);
            sheets.storeRevision(r);
        }
        sheets.flush();
        audit.record(actor, "sheet.revision.proposed", "sheet", sheet.getId(), SheetDiff.summary(changes));
        // after the flush, the revision's version is the one the next save must continue
        return new SheetSaved(sheet.getId(), sheet.getVersion(), sheet.getStatus(), r.getVersion());
    }

    /**
     * An editor accepts the pending changes of a sheet ({@code version}: the revision's, as shown): they become
     * the published sheet, if they still apply to it as it is and it stays complete; the author is told.
     */
    public SheetSaved acceptRevision(Actor actor, long sheetId, int version) {
        actor.require(actor.isEditor(), "sheet.revision.decide");
        SheetRevision r = pendingFor(sheetId, version);
        ProjectSheet sheet = sheets.find(sheetId).orElseThrow(() -> new NotFoundException("sheet", sheetId));
        if (!r.madeFrom(sheet.getVersion())) {
            throw new RuleViolationException(Violation.of(null, "validation.revision.outdated"));
        }
        SheetForm form = JSON.fromJson(r.getFormJson(), SheetForm.class);
        SheetContent content = content(form);
        List<Violation> missing = content.checkPublishable();
        if (!missing.isEmpty()) {
            throw new RuleViolationException(missing);
        }
        LocalBody lead = lead(form);
        Set<LocalBody> partners = partners(form, false);
        List<SheetDiff.FieldChange> changes = SheetDiff.changes(formOf(sheet), form, this::bodyName);
        sheet.revise(content, lead, partners);
        r.accept(actor.accountId(), Clock.now());
        sheets.flush();
        tellAuthor(r.getAuthorId(), sheet, "revisionAccepted", "");
        audit.record(actor, "sheet.revision.accepted", "sheet", sheetId, SheetDiff.summary(changes));
        this.changes.fire(new SheetChanged(sheetId));
        return new SheetSaved(sheetId, sheet.getVersion(), sheet.getStatus());
    }

    /** An editor turns the pending changes down with a note for the author; the published sheet stays. */
    public void rejectRevision(Actor actor, long sheetId, int version, String note) {
        actor.require(actor.isEditor(), "sheet.revision.decide");
        SheetRevision r = pendingFor(sheetId, version);
        ProjectSheet sheet = sheets.find(sheetId).orElseThrow(() -> new NotFoundException("sheet", sheetId));
        r.reject(actor.accountId(), note, Clock.now());
        sheets.flush();
        tellAuthor(r.getAuthorId(), sheet, "revisionRejected", r.getDecisionNote());
        audit.record(actor, "sheet.revision.rejected", "sheet", sheetId, r.getDecisionNote());
    }

    /** The sheet's writers take their pending changes back. */
    public void withdrawRevision(Actor actor, long sheetId, int version) {
        ProjectSheet sheet = sheets.find(sheetId).orElseThrow(() -> new NotFoundException("sheet", sheetId));
        actor.require(actor.mayWriteFor(sheet.getLeadBody().getId()), "sheet.revision.withdraw");
        SheetRevision r = pendingFor(sheetId, version);
        r.withdraw(actor.accountId(), Clock.now());
        sheets.flush();
        audit.record(actor, "sheet.revision.withdrawn", "sheet", sheetId, null);
    }

    private SheetRevision pendingFor(long sheetId, int version) {
        SheetRevision r = sheets.pendingRevision(sheetId)
                .orElseThrow(() -> new RuleViolationException(Violation.of(null, "validation.revision.decided")));
        if (r.getVersion() != version) {
            throw new ConcurrentEditException("revision", r.getId());
        }
        return r;
    }

    /** The form's lead body; refused when it does not exist. */
    private LocalBody lead(SheetForm form) {
        return bodies.find(form.getLeadBodyId())
                .orElseThrow(() -> new RuleViolationException(Violation.of("leadBody", "validation.unknownBody")));
    }

    /**
     * The form's partner bodies. {@code strict}: an unknown one is refused (a form being saved); otherwise it is
     * left out (changes proposed earlier, a preview).
     */
    private Set<LocalBody> partners(SheetForm form, boolean strict) {
        Set<LocalBody> partners = new LinkedHashSet<>();
        for (Long pid : form.getPartnerIds()) {
            Optional<LocalBody> b = bodies.find(pid);
            if (b.isEmpty() && strict) {
                throw new RuleViolationException(Violation.of("partners", "validation.unknownBody"));
            }
            b.ifPresent(partners::add);
        }
        return partners;
    }

    private String bodyName(Long id) {
        return bodies.find(id).map(LocalBody::getName).orElse("#" + id);
    }

    /** The pending changes of a sheet as its review page shows them, or null. */
    private RevisionView revisionView(Actor actor, ProjectSheet s) {
        return sheets.pendingRevision(s.getId()).map(r -> {
            SheetForm proposed = JSON.fromJson(r.getFormJson(), SheetForm.class);
            return new RevisionView(r.getId(), r.getVersion(), r.getAuthorId() == null ? null
                    : accounts.find(r.getAuthorId()).map(Account::getDisplayName).orElse(null), r.getCreatedAt(),
                    r.getUpdatedAt(), !r.madeFrom(s.getVersion()), SheetDiff.changes(formOf(s), proposed, this::bodyName),
                    actor.isEditor(), actor.mayWriteFor(s.getLeadBody().getId()));
        }).orElse(null);
    }

    /** Saves the form and publishes the sheet at once (editors only), or changes nothing when it is not complete. */
    /** What a form breaks of the sheets' rules, without writing anything (an import's dry run). */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    public List<Violation> violations(SheetForm form, boolean publish) {
        SheetContent content = content(form);
        List<Violation> v = new java.util.ArrayList<>(content.check());
        if (publish) {
            v.addAll(content.checkPublishable());
        }
        return v;
    }

    /** Whether an imported row made a new sheet or updated the one imported before with its identifier. */
    public enum Imported { CREATED, UPDATED }

    /**
     * One imported row, all or nothing: the sheet with this external identifier is updated, or a new one is made;
     * editors may publish it at once, others leave it a draft (or, for a published sheet, pending changes).
     */
    public Imported importRow(Actor actor, SheetForm form, String externalId, boolean publish) {
        actor.require(!publish || actor.isEditor(), "sheet.publish");
        Optional<ProjectSheet> existing = externalId == null ? Optional.empty() : sheets.findByExternalId(externalId);
        existing.ifPresent(e -> {
            form.setId(e.getId());
            form.setVersion(e.getVersion());
        });
        SheetSaved saved = publish ? saveAndPublish(actor, form, ContentOrigin.USER) : save(actor, form);
        if (existing.isEmpty() && externalId != null) {
            sheets.find(saved.id()).orElseThrow().identifyAs(externalId);
            sheets.flush();
        }
        return existing.isPresent() ? Imported.UPDATED : Imported.CREATED;
    }

    public SheetSaved saveAndPublish(Actor actor, SheetForm form, ContentOrigin origin) {
        actor.require(actor.isEditor(), "sheet.publish");
        SheetSaved saved = save(actor, form, origin);
        ProjectSheet sheet = sheets.find(saved.id()).orElseThrow();
        sheet.publish();
        sheets.flush();
        changes.fire(new SheetChanged(sheet.getId()));
        return new SheetSaved(sheet.getId(), sheet.getVersion(), sheet.getStatus());
    }

    /** The author sends the sheet for review; it must be complete. */
    public SheetSaved submit(Actor actor, long id, int version) {
        ProjectSheet s = sheets.findForUpdate(id, version);
        actor.require(actor.mayWriteFor(s.getLeadBody().getId()), "sheet.submit");
        s.submit();
        audit.record(actor, "sheet.submitted", "sheet", id, s.getTitle());
        return stored(s);
    }

    /** An editor sends a submitted sheet back with a comment; the author is told by mail. */
    public SheetSaved returnToAuthor(Actor actor, long id, int version, String comment) {
        ProjectSheet s = sheets.findForUpdate(id, version);
        actor.require(actor.isEditor(), "sheet.return");
        s.returnToAuthor(comment);
        tellAuthor(s, "sheetReturned", s.getReviewComment());
        audit.record(actor, "sheet.returned", "sheet", id, s.getReviewComment());
        return stored(s);
    }

    /** An editor publishes a sheet (or confirms a published one was reviewed again). */
    public SheetSaved publish(Actor actor, long id, int version) {
        ProjectSheet s = sheets.findForUpdate(id, version);
        actor.require(actor.isEditor(), "sheet.publish");
        boolean wasPublished = s.isPublished();
        s.publish();
        if (!wasPublished) {
            tellAuthor(s, "sheetPublished", "");
        }
        audit.record(actor, wasPublished ? "sheet.reviewed" : "sheet.published", "sheet", id, s.getTitle());
        return stored(s);
    }

    /** An editor withdraws a published sheet with a reason; the author is told by mail. */
    public SheetSaved unpublish(Actor actor, long id, int version, String reason) {
        ProjectSheet s = sheets.findForUpdate(id, version);
        actor.require(actor.isEditor(), "sheet.unpublish");
        s.unpublish(reason);
        tellAuthor(s, "sheetUnpublished", s.getUnpublishReason());
        audit.record(actor, "sheet.unpublished", "sheet", id, s.getUnpublishReason());
        return stored(s);
    }

    private SheetSaved stored(ProjectSheet s) {
        sheets.flush();
        changes.fire(new SheetChanged(s.getId()));
        return new SheetSaved(s.getId(), s.getVersion(), s.getStatus());
    }

    private void tellAuthor(ProjectSheet s, String template, String text) {
        tellAuthor(s.getAuthorId(), s, template, text);
    }

    /** Mails someone about a sheet (its author, or whoever proposed changes to it): its title, a text, its link. */
    private void tellAuthor(Long accountId, ProjectSheet s, String template, String text) {
        if (accountId == null) {
            return;
        }
        accounts.find(accountId).ifPresent(a -> mail.queue(a.getEmail(), a.getLanguage(), template,
                a.getDisplayName(), s.getTitle(), text == null ? "" : text,
                mail.link("/project/review.xhtml?id=" + s.getId())));
    }

    /**
     * The editor's queue a page at a time: submitted sheets and changes to published ones whose title or lead body
     * contains {@code text} (all when blank), in {@code order}, from {@code first}, at most {@code max} (at most 100).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<QueueItemView> queue(Actor actor, String text, QueueEntry.Order order, boolean ascending, int first, int max) {
        actor.require(actor.isEditor(), "sheet.queue");
        return sheets.queue(SearchText.of(text), order == null ? QueueEntry.Order.WAITING : order, ascending, Math.max(0, first),
                Math.min(100, Math.max(1, max))).stream()
                .map(q -> new QueueItemView(q.sheetId(), q.title(), q.bodyName(), q.waitingSince(), q.updatedAt(), q.changes()))
                .toList();
    }

    /** How many items the editor's queue holds (those matching {@code text}). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long queueSize(Actor actor, String text) {
        actor.require(actor.isEditor(), "sheet.queue");
        return sheets.queueSize(SearchText.of(text));
    }


    /** The sheets a person wrote or that their bodies lead, in every state. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MySheetView> mine(Actor actor) {
        actor.require(actor.isSignedIn(), "sheet.mine");
        LocalDateTime now = Clock.now();
        return sheets.byAuthorOrBodies(actor.accountId(), actor.memberOf()).stream()
                .map(s -> new MySheetView(s.getId(), s.getTitle(), s.getLeadBody().getName(), s.getStatus(),
                        s.getUpdatedAt(), s.getReviewComment(), s.getUnpublishReason(), s.isStale(now)))
                .toList();
    }

    /** A sheet in any state with what this actor may do with it, for its review page. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SheetReviewView review(Actor actor, long id) {
        ProjectSheet s = sheets.find(id).orElseThrow(() -> new NotFoundException("sheet", id));
        boolean writer = actor.mayWriteFor(s.getLeadBody().getId());
        actor.require(writer || actor.isEditor(), "sheet.review");
        SheetStatus st = s.getStatus();
        boolean editor = actor.isEditor();
        return new SheetReviewView(toView(s), st, s.getVersion(), s.getReviewComment(), s.getUnpublishReason(),
                s.getSubmittedAt(), s.isStale(Clock.now()), writer,
                writer && (st == SheetStatus.DRAFT || st == SheetStatus.RETURNED || st == SheetStatus.UNPUBLISHED),
                editor && st == SheetStatus.SUBMITTED, editor && st != SheetStatus.PUBLISHED,
                editor && st == SheetStatus.PUBLISHED,
                history(id), revisionView(actor, s));
    }

    /** The sheet's history with people's names: its writers see it, and addresses are nobody's business there. */
    private List<HistoryEntryView> history(long id) {
        Map<Long, String> names = new HashMap<>();
        return auditEntries.byTarget("sheet", String.valueOf(id)).stream()
                .map(e -> new HistoryEntryView(e.getAt(), e.getActorId() == null ? null : names.computeIfAbsent(
                        e.getActorId(), a -> accounts.find(a).map(Account::getDisplayName).orElse(null)),
                        e.getAction(), e.getDetail()))
                .toList();
    }

    /** Contact emails and phones: only for verified members of a body and staff, never for anonymous readers. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ContactDetailView> contactDetails(Actor actor, long id) {
        actor.require(actor.maySeeContactDetails(), "sheet.contacts");
        ProjectSheet s = sheets.find(id).orElseThrow(() -> new NotFoundException("sheet", id));
        if (!s.isPublished() && !actor.mayWriteFor(s.getLeadBody().getId())) {
            throw new NotFoundException("sheet", id);
        }
        return s.getContacts().stream()
                .map(c -> new ContactDetailView(c.getName(), c.getRole(), c.getEmail(), c.getPhone())).toList();
    }

    /**
     * Mails the authors of sheets not reviewed for {@value ProjectSheet#STALE_AFTER_MONTHS} months, at most
     * once every {@value ProjectSheet#REMIND_EVERY_DAYS} days per sheet; returns how many were reminded.
     */
    public int remindStaleAuthors() {
        LocalDateTime now = Clock.now();
        int reminded = 0;
        for (ProjectSheet s : sheets.reviewedBefore(now.minusMonths(ProjectSheet.STALE_AFTER_MONTHS))) {
            if (s.staleReminderDue(now)) {
                tellAuthor(s, "sheetStale", s.getReviewedAt().toLocalDate().toString());
                s.staleReminderSent(now);
                reminded++;
            }
        }
        return reminded;
    }

    /** Checks the form as a publishable sheet would, without storing anything. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Violation> check(SheetForm form, boolean forPublishing) {
        List<Violation> violations = new ArrayList<>();
        try {
            SheetContent content = content(form);
            violations.addAll(content.check());
            if (forPublishing) {
                violations.addAll(content.checkPublishable());
            }
        } catch (RuleViolationException e) {
            violations.addAll(e.violations());
        }
        if (form.getLeadBodyId() == null) {
            violations.add(Violation.of("leadBody", "validation.required"));
        }
        return violations;
    }

    /** A published sheet as readers see it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SheetView view(long id) {
        return viewCache.get(id, sheetId -> toView(sheets.find(sheetId).filter(ProjectSheet::isPublished)
                .orElseThrow(() -> new NotFoundException("sheet", sheetId))));
    }

    /**
     * A sheet as an editable form, for those who may write it. A member editing a published sheet continues its
     * pending changes, if there are any.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SheetForm edit(Actor actor, long id) {
        ProjectSheet s = sheets.find(id).orElseThrow(() -> new NotFoundException("sheet", id));
        actor.require(actor.mayWriteFor(s.getLeadBody().getId()), "sheet.write");
        if (s.isPublished() && !actor.isEditor()) {
            Optional<SheetRevision> pending = sheets.pendingRevision(id);
            if (pending.isPresent()) {
                SheetForm f = JSON.fromJson(pending.get().getFormJson(), SheetForm.class);
                f.setId(s.getId());
                f.setVersion(s.getVersion());
                f.setRevisionVersion(pending.get().getVersion());
                return f;
            }
        }
        return formOf(s);
    }

    private SheetForm formOf(ProjectSheet s) {
        SheetForm f = new SheetForm();
        f.setId(s.getId());
        f.setVersion(s.getVersion());
        f.setTitle(s.getTitle());
        f.setSummary(s.getSummary());
        f.setLeadBodyId(s.getLeadBody().getId());
        f.setPartnerIds(s.getPartners().stream().map(LocalBody::getId).toList());
        f.setContacts(s.getContacts().stream()
                .map(c -> new SheetForm.Contact(c.getName(), c.getRole(), c.getEmail(), c.getPhone(),
                        c.hasConsent())).toList());
        f.setDescription(s.getDescription());
        f.setValue(s.getValue());
        Savings sv = s.getSavings();
        f.setSavingsEurosPerYear(sv.getEurosPerYear());
        f.setSavingsEurosOneOff(sv.getEurosOneOff());
        f.setSavingsHoursPerYear(sv.getStaffHoursPerYear());
        f.setSavingsMethod(sv.getMethod());
        f.setBarriers(s.getBarriers());
        f.setBenefits(s.getBenefits());
        f.setTechnologyText(s.getTechnologyText());
        f.setTechnologies(s.getTechnologies());
        f.setPhase(s.getPhase());
        f.setStartYear(s.getStartYear());
        f.setAreas(s.getAreas());
        f.setTypologies(s.getTypologies());
        List<SheetForm.MaterialRow> rows = new ArrayList<>();
        for (Material m : s.getMaterials()) {
            String fileName = m.getFileId() == null ? null
                    : files.find(m.getFileId()).map(StoredFile::getFileName).orElse(null);
            rows.add(new SheetForm.MaterialRow(m.getType(), m.getTitle(), m.getLanguage(), m.getUrl(), m.getFileId(),
                    fileName));
        }
        f.setMaterials(rows);
        return f;
    }

    private static SheetContent content(SheetForm f) {
        List<ContactPerson> contacts = f.getContacts().stream()
                .filter(c -> !(blank(c.getName()) && blank(c.getRole()) && blank(c.getEmail()) && blank(c.getPhone())))
                .map(c -> new ContactPerson(strip(c.getName()), strip(c.getRole()), strip(c.getEmail()),
                        strip(c.getPhone()), c.isConsent()))
                .toList();
        List<Material> materials = f.getMaterials().stream()
                .filter(m -> !(blank(m.getTitle()) && blank(m.getUrl()) && m.getFileId() == null))
                .map(m -> new Material(m.getType(), strip(m.getTitle()), strip(m.getLanguage()),
                        m.getFileId() == null ? strip(m.getUrl()) : null, m.getFileId()))
                .toList();
        return new SheetContent(f.getTitle(), f.getSummary(), f.getDescription(), f.getValue(),
                new Savings(f.getSavingsEurosPerYear(), f.getSavingsEurosOneOff(), f.getSavingsHoursPerYear(),
                        f.getSavingsMethod()),
                f.getBarriers(), f.getBenefits(), f.getTechnologyText(), f.getTechnologies(), f.getPhase(),
                f.getStartYear(), f.getAreas(), f.getTypologies(), contacts, materials);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    /**
     * The form as readers would see it once published, without storing anything: the preview of a member's
     * changes to a published sheet, which readers do not see yet.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SheetView preview(Actor actor, SheetForm form) {
        if (form.getLeadBodyId() == null) {
            throw new RuleViolationException(Violation.of("leadBody", "validation.required"));
        }
        actor.require(actor.mayWriteFor(form.getLeadBodyId()), "sheet.write");
        return toView(new ProjectSheet(content(form), lead(form), partners(form, false), ContentOrigin.USER),
                form.getId() == null ? 0 : form.getId());
    }

    private SheetView toView(ProjectSheet s) {
        return toView(s, s.getId());
    }

    private SheetView toView(ProjectSheet s, long id) {
        LocalBody lead = s.getLeadBody();
        Map<Long, StoredFile> fileById = new HashMap<>();
        for (Material m : s.getMaterials()) {
            if (m.getFileId() != null) {
                files.find(m.getFileId()).ifPresent(f -> fileById.put(f.getId(), f));
            }
        }
        List<SheetView.MaterialView> materials = s.getMaterials().stream().map(m -> new SheetView.MaterialView(
                m.getType(), m.getTitle(), m.getLanguage(), m.getUrl(), m.getFileId(),
                Optional.ofNullable(m.getFileId()).map(fileById::get).map(StoredFile::getFileName).orElse(null),
                VideoEmbeds.embedUrl(m.getUrl()))).toList();
        List<SheetView.SheetLink> others = sheets.publishedByLeadBody(lead.getId()).stream()
                .filter(o -> o.getId() != id)
                .map(o -> new SheetView.SheetLink(o.getId(), o.getTitle())).toList();
        Savings sv = s.getSavings();
        return new SheetView(id, s.getVersion(), s.getStatus(), s.getOrigin(), s.getTitle(), s.getSummary(),
                LocalBodyService.summary(lead), reference.comarcaName(lead.getComarcaCode()),
                reference.provinceName(lead.getProvinceCode()), lead.getAreaKm2(),
                s.getPartners().stream().map(LocalBodyService::summary).toList(),
                s.getContacts().stream().map(c -> new SheetView.ContactView(c.getName(), c.getRole())).toList(),
                MarkdownRenderer.toSafeHtml(s.getDescription()), MarkdownRenderer.toSafeHtml(s.getValue()),
                sv.getEurosPerYear(), sv.getEurosOneOff(), sv.getStaffHoursPerYear(),
                MarkdownRenderer.toSafeHtml(sv.getMethod()),
                MarkdownRenderer.toSafeHtml(s.getBarriers()), MarkdownRenderer.toSafeHtml(s.getBenefits()),
                MarkdownRenderer.toSafeHtml(s.getTechnologyText()), s.getTechnologies(), s.getPhase(),
                s.getStartYear(), s.getAreas(), s.getTypologies(), materials, others, s.getCreatedAt(),
                s.getUpdatedAt(), s.getReviewedAt(), outcomes(id));
    }

    /** Visits held and collaborations started from requests about the sheet; names only where both sides agreed. */
    private SheetView.Outcomes outcomes(long sheetId) {
        List<ContactRequest> held = contactRequests.heldAbout(sheetId);
        if (held.isEmpty()) {
            return SheetView.Outcomes.NONE;
        }
        int visiting = (int) held.stream().filter(r -> r.getKind() == RequestKind.VISIT)
                .map(r -> r.getFromBody().getId()).distinct().count();
        int collaborations = (int) held.stream().filter(r -> r.getKind() == RequestKind.COLLABORATION).count();
        List<String> named = held.stream().filter(ContactRequest::namesShown).map(r -> r.getFromBody().getName())
                .distinct().sorted().toList();
        return new SheetView.Outcomes(visiting, collaborations, named);
    }
}
