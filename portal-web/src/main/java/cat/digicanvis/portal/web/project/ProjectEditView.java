package cat.digicanvis.portal.web.project;

import cat.digicanvis.portal.application.body.LocalBodyService;
import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import cat.digicanvis.portal.application.reference.ReferenceService;
import cat.digicanvis.portal.application.reference.TownView;
import cat.digicanvis.portal.application.sheet.FileService;
import cat.digicanvis.portal.application.sheet.ProjectSheetService;
import cat.digicanvis.portal.application.sheet.SheetForm;
import cat.digicanvis.portal.application.sheet.SheetSaved;
import cat.digicanvis.portal.application.sheet.SheetView;
import cat.digicanvis.portal.application.sheet.UploadedFileView;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.MaterialType;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.SheetStatus;
import cat.digicanvis.portal.domain.model.project.Typology;
import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.shared.AccessDeniedException;
import cat.digicanvis.portal.domain.shared.ConcurrentEditException;
import cat.digicanvis.portal.web.account.CurrentUser;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import cat.digicanvis.portal.infrastructure.config.PortalSettings;
import cat.digicanvis.portal.web.support.Messages;
import cat.digicanvis.portal.web.support.Pages;
import cat.digicanvis.portal.web.support.Suggestions;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The six-step wizard that writes a sheet (project/edit.xhtml), following its six levels, then a preview.
 * "Next" checks the current step as publishing would; "Save draft" only checks limits. The form keeps the
 * sheet's version, so a concurrent edit is refused with a message and the author's text stays in the form.
 */
@Named
@ViewScoped
public class ProjectEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int STEPS = 6;
    public static final int PREVIEW = 7;

    /** Which fields each step edits, by the prefix of the violation's field. */
    private static final Map<Integer, List<String>> STEP_FIELDS = Map.of(
            1, List.of("title", "summary"),
            2, List.of("leadBody", "partners", "contacts"),
            3, List.of("description", "value", "savings"),
            4, List.of("barriers", "benefits", "technologyText", "technologies"),
            5, List.of("phase", "startYear", "areas", "typologies"),
            6, List.of("materials"));

    @Inject
    ProjectSheetService sheets;
    @Inject
    LocalBodyService bodies;
    @Inject
    ReferenceService reference;
    @Inject
    FileService files;
    @Inject
    PortalSettings settings;
    @Inject
    CurrentUser me;
    @Inject
    cat.digicanvis.portal.web.support.Labels labels;

    private String id;
    private SheetForm form;
    private int step = 1;
    private BodySummaryView lead;
    private final Map<Long, BodySummaryView> partners = new LinkedHashMap<>();
    private String bodyQuery;
    private List<BodySummaryView> bodyResults = List.of();
    private String townQuery;
    private String townCountry;
    private List<TownView> townResults = List.of();
    private TownView town;
    private final Suggestions<BodySummaryView> bodySuggestions = new Suggestions<>();
    private final Suggestions<TownView> townSuggestions = new Suggestions<>();
    private Integer townPopulation;
    private Double townLatitude;
    private Double townLongitude;
    private String technologiesText;
    private transient Part upload;
    private int uploadRow;
    private SheetView preview;
    private boolean conflict;
    private boolean noBody;

    /** Opens a new sheet, or an existing one with ?id=N that this person may write. */
    public void load() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        if (ctx.isPostback() || form != null) {
            return;
        }
        if (!me.isWriter()) {
            // signed in, but no approved body yet: the page says how to get one
            noBody = true;
            return;
        }
        if (id != null) {
            Long sheetId = Pages.parseId(id);
            try {
                form = sheets.edit(me.actor(), sheetId == null ? -1 : sheetId);
            } catch (NotFoundException e) {
                Pages.notFound();
                return;
            } catch (AccessDeniedException e) {
                Pages.forbidden();
                return;
            }
            lead = bodies.find(form.getLeadBodyId()).orElse(null);
            form.getPartnerIds().forEach(pid -> bodies.find(pid).ifPresent(b -> partners.put(b.id(), b)));
        } else {
            form = new SheetForm();
            // a member of one body writes for it: it is chosen already (the step still lets them change it)
            if (me.actor().memberOf().size() == 1) {
                long own = me.actor().memberOf().iterator().next();
                bodies.find(own).ifPresent(b -> {
                    form.setLeadBodyId(b.id());
                    lead = b;
                });
            }
        }
        if (form.getContacts().isEmpty()) {
            form.getContacts().add(new SheetForm.Contact());
        }
        if (form.getMaterials().isEmpty()) {
            form.getMaterials().add(new SheetForm.MaterialRow());
        }
        technologiesText = String.join(", ", form.getTechnologies());
    }

    private void syncForm() {
        form.setLeadBodyId(lead == null ? null : lead.id());
        form.setPartnerIds(new ArrayList<>(partners.keySet()));
        form.setTechnologies(technologiesText == null ? List.of()
                : Arrays.stream(technologiesText.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .collect(Collectors.toList()));
    }

    private List<Violation> stepViolations(int s) {
        syncForm();
        List<String> prefixes = STEP_FIELDS.get(s);
        return sheets.check(form, true).stream()
                .filter(v -> v.field() != null && prefixes.stream().anyMatch(p -> v.field().startsWith(p)))
                .toList();
    }

    public void next() {
        List<Violation> v = stepViolations(step);
        if (!v.isEmpty()) {
            Messages.violations(FacesContext.getCurrentInstance(), v);
            return;
        }
        if (step == STEPS) {
            showPreview();
        } else {
            step++;
        }
    }

    public void back() {
        syncForm();
        step = Math.max(1, step - 1);
    }

    public void goTo(int target) {
        syncForm();
        if (target >= 1 && target <= STEPS) {
            step = target;
        }
    }

    private void showPreview() {
        if (save(false)) {
            // a member's changes to a published sheet are not the published sheet yet: they are shown from the form
            preview = awaitsReview ? sheets.preview(me.actor(), form) : sheets.review(me.actor(), form.getId()).sheet();
            step = PREVIEW;
        }
    }

    public void saveDraft() {
        if (save(false)) {
            Messages.info(FacesContext.getCurrentInstance(),
                    Messages.text(FacesContext.getCurrentInstance(), awaitsReview ? "revision.saved" : "edit.saved"));
        }
    }

    /**
     * The wizard's last step: editors publish at once; members send a new sheet for review, or save the
     * changes of a sheet that is already published.
     */
    public String publish() {
        syncForm();
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            if (me.isEditor()) {
                SheetSaved saved = sheets.saveAndPublish(me.actor(), form, ContentOrigin.USER);
                Pages.flash(Messages.text(ctx, "edit.published"));
                return "/project/view.xhtml?faces-redirect=true&id=" + saved.id();
            }
            SheetSaved saved = sheets.save(me.actor(), form);
            if (saved.awaitsReview()) {
                Pages.flash(Messages.text(ctx, "revision.saved"));
                return "/project/review.xhtml?faces-redirect=true&id=" + saved.id();
            }
            if (saved.status() == SheetStatus.PUBLISHED) {
                Pages.flash(Messages.text(ctx, "edit.saved"));
                return "/project/view.xhtml?faces-redirect=true&id=" + saved.id();
            }
            if (saved.status() != SheetStatus.SUBMITTED) {
                sheets.submit(me.actor(), saved.id(), saved.version());
            }
            Pages.flash(Messages.text(ctx, "review.submitted"));
            return "/project/review.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (ConcurrentEditException e) {
            conflict(ctx);
        } catch (AccessDeniedException e) {
            Messages.error(ctx, Messages.text(ctx, "edit.notYourBody"));
        }
        return null;
    }

    /** What the last button does for this person and sheet. */
    public String getFinishKey() {
        if (me.isEditor()) {
            return "edit.publish";
        }
        return isPublished() ? "edit.saveChanges" : "edit.submit";
    }

    /** Whether the last save made (or continued) changes that wait for an editor. */
    private boolean awaitsReview;

    public boolean isNoBody() {
        return noBody;
    }

    private boolean save(boolean quiet) {
        syncForm();
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            SheetSaved saved = sheets.save(me.actor(), form);
            form.setId(saved.id());
            form.setVersion(saved.version());
            awaitsReview = saved.awaitsReview();
            // the pending changes now have a new version, which the next save continues
            form.setRevisionVersion(saved.revisionVersion());
            conflict = false;
            return true;
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (ConcurrentEditException e) {
            conflict(ctx);
        } catch (AccessDeniedException e) {
            Messages.error(ctx, Messages.text(ctx, "edit.notYourBody"));
            ctx.validationFailed();
        }
        return false;
    }

    private void conflict(FacesContext ctx) {
        conflict = true;
        Messages.error(ctx, Messages.text(ctx, "edit.conflict"));
        ctx.validationFailed();
    }

    // --- step 2: bodies and contacts

    /** The autocomplete's bodies for the letters typed, the person's own bodies first. */
    public List<String> completeBodies(String text) {
        java.util.Set<Long> own = me.actor().memberOf();
        return bodySuggestions.offer(bodies.search(text), b -> own.contains(b.id()), labels::body);
    }

    /** A body picked among the suggestions: it alone is offered, to choose as the lead body or add as a partner. */
    public void bodyPicked(org.primefaces.event.SelectEvent<String> event) {
        BodySummaryView b = bodySuggestions.picked(event.getObject());
        bodyResults = b == null ? List.of() : List.of(b);
    }

    public void searchBodies() {
        BodySummaryView shown = bodySuggestions.picked(bodyQuery);
        bodyResults = shown != null ? List.of(shown) : bodies.search(bodyQuery);
        if (bodyResults.isEmpty()) {
            FacesContext ctx = FacesContext.getCurrentInstance();
            Messages.info(ctx, Messages.text(ctx, "edit.body.none"));
        }
    }

    public void chooseLead(long bodyId) {
        bodies.find(bodyId).ifPresent(b -> {
            lead = b;
            partners.remove(b.id());
        });
        bodyResults = List.of();
        bodyQuery = null;
    }

    public void addPartner(long bodyId) {
        bodies.find(bodyId).ifPresent(b -> {
            if (lead == null || lead.id() != b.id()) {
                partners.put(b.id(), b);
            }
        });
        bodyQuery = null;
    }

    public void removePartner(long bodyId) {
        partners.remove(bodyId);
    }

    /** The autocomplete's towns for the letters typed, in the country chosen (if any). */
    public List<String> completeTowns(String text) {
        return townSuggestions.offer(reference.searchTowns(text, townCountry), t -> false, labels::town);
    }

    /** A town picked among the suggestions: its figures are filled in, ready to create the body. */
    public void townPicked(org.primefaces.event.SelectEvent<String> event) {
        TownView t = townSuggestions.picked(event.getObject());
        if (t != null) {
            chooseTown(t.geonameId());
        }
    }

    public void searchTowns() {
        TownView shown = townSuggestions.picked(townQuery);
        if (shown != null) {
            chooseTown(shown.geonameId());
            return;
        }
        townResults = reference.searchTowns(townQuery, townCountry);
        if (townResults.isEmpty()) {
            FacesContext ctx = FacesContext.getCurrentInstance();
            Messages.info(ctx, Messages.text(ctx, "edit.town.none"));
        }
    }

    public void chooseTown(int geonameId) {
        reference.town(geonameId).ifPresent(t -> {
            town = t;
            townPopulation = t.population() > 0 ? t.population() : null;
            townLatitude = t.latitude();
            townLongitude = t.longitude();
        });
        townResults = List.of();
    }

    public void createForeignBody() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        if (town == null) {
            return;
        }
        if (townPopulation == null) {
            Messages.violations(ctx, List.of(Violation.of("population", "validation.body.population")));
            return;
        }
        try {
            lead = bodies.createForeign(me.actor(), town.geonameId(), town.name(), townPopulation, null, townLatitude,
                    townLongitude, null);
            partners.remove(lead.id());
            town = null;
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        }
    }

    public void addContact() {
        if (form.getContacts().size() < 10) {
            form.getContacts().add(new SheetForm.Contact());
        }
    }

    public void removeContact(int index) {
        if (index >= 0 && index < form.getContacts().size()) {
            form.getContacts().remove(index);
        }
    }

    // --- step 6: materials

    public void addMaterial() {
        if (form.getMaterials().size() < 30) {
            form.getMaterials().add(new SheetForm.MaterialRow());
        }
    }

    public void removeMaterial(int index) {
        if (index >= 0 && index < form.getMaterials().size()) {
            form.getMaterials().remove(index);
        }
    }

    /** Stores the chosen file and attaches it to the chosen row; a refused file changes nothing. */
    public void uploadFile() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        if (upload == null || upload.getSize() == 0) {
            Messages.violations(ctx, List.of(Violation.of("file", "validation.file.empty")));
            return;
        }
        if (uploadRow < 0 || uploadRow >= form.getMaterials().size()) {
            return;
        }
        if (upload.getSize() > settings.uploadMaxBytes()) {
            Messages.violations(ctx, List.of(Violation.of("file", "validation.file.tooLarge",
                    settings.uploadMaxBytes() / (1024 * 1024))));
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            UploadedFileView stored = files.store(me.actor(), upload.getSubmittedFileName(), in.readAllBytes());
            SheetForm.MaterialRow row = form.getMaterials().get(uploadRow);
            row.setFileId(stored.id());
            row.setFileName(stored.fileName());
            row.setUrl(null);
            if (row.getTitle() == null || row.getTitle().isBlank()) {
                row.setTitle(stored.fileName());
            }
        } catch (RuleViolationException e) {
            Messages.violations(ctx, e.violations());
        } catch (IOException e) {
            Messages.violations(ctx, List.of(Violation.of("file", "validation.file.unreadable")));
        }
    }

    public void removeFile(int index) {
        if (index >= 0 && index < form.getMaterials().size()) {
            form.getMaterials().get(index).setFileId(null);
            form.getMaterials().get(index).setFileName(null);
        }
    }

    // --- classification as codes (checkbox values are strings)

    // mutable lists: JSF makes the submitted values a new instance of the getter's list class
    public List<String> getAreaCodes() {
        return form.getAreas().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    }

    public void setAreaCodes(List<String> codes) {
        form.setAreas(codes == null ? null : codes.stream().map(Area::valueOf)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
    }

    public List<String> getTypologyCodes() {
        return form.getTypologies().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
    }

    public void setTypologyCodes(List<String> codes) {
        form.setTypologies(codes == null ? null : codes.stream().map(Typology::valueOf)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
    }

    // --- accessors

    public Area[] getAllAreas() {
        return Area.values();
    }

    public Typology[] getAllTypologies() {
        return Typology.values();
    }

    public Phase[] getAllPhases() {
        return Phase.values();
    }

    public MaterialType[] getAllMaterialTypes() {
        return MaterialType.values();
    }

    public List<String> getMaterialLanguages() {
        return List.of("ca", "es", "en", "fr", "it", "pt", "de", "oc");
    }

    public boolean isPublished() {
        return preview != null && preview.status() == SheetStatus.PUBLISHED;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SheetForm getForm() {
        return form;
    }

    public int getStep() {
        return step;
    }

    public BodySummaryView getLead() {
        return lead;
    }

    public List<BodySummaryView> getPartners() {
        return List.copyOf(partners.values());
    }

    public String getBodyQuery() {
        return bodyQuery;
    }

    public void setBodyQuery(String bodyQuery) {
        this.bodyQuery = bodyQuery;
    }

    public List<BodySummaryView> getBodyResults() {
        return bodyResults;
    }

    public String getTownQuery() {
        return townQuery;
    }

    public void setTownQuery(String townQuery) {
        this.townQuery = townQuery;
    }

    public String getTownCountry() {
        return townCountry;
    }

    public void setTownCountry(String townCountry) {
        this.townCountry = townCountry;
    }

    public List<TownView> getTownResults() {
        return townResults;
    }

    public TownView getTown() {
        return town;
    }

    public Integer getTownPopulation() {
        return townPopulation;
    }

    public void setTownPopulation(Integer townPopulation) {
        this.townPopulation = townPopulation;
    }

    public Double getTownLatitude() {
        return townLatitude;
    }

    public void setTownLatitude(Double townLatitude) {
        this.townLatitude = townLatitude;
    }

    public Double getTownLongitude() {
        return townLongitude;
    }

    public void setTownLongitude(Double townLongitude) {
        this.townLongitude = townLongitude;
    }

    public String getTechnologiesText() {
        return technologiesText;
    }

    public void setTechnologiesText(String technologiesText) {
        this.technologiesText = technologiesText;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public int getUploadRow() {
        return uploadRow;
    }

    public void setUploadRow(int uploadRow) {
        this.uploadRow = uploadRow;
    }

    public SheetView getPreview() {
        return preview;
    }

    public boolean isConflict() {
        return conflict;
    }

    /** Every country, ordered by its name in the reader's language (as people look for it). */
    public List<String> getCountries() {
        return cat.digicanvis.portal.application.reference.ReferenceService.countriesByName(
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

}
