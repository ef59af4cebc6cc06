package cat.digicanvis.portal.application.sheet;

import cat.digicanvis.portal.application.body.LocalBodyService;
import cat.digicanvis.portal.application.reference.ReferenceService;
import cat.digicanvis.portal.domain.model.file.StoredFile;
import cat.digicanvis.portal.domain.model.file.StoredFileRepository;
import cat.digicanvis.portal.domain.model.localbody.LocalBody;
import cat.digicanvis.portal.domain.model.localbody.LocalBodyRepository;
import cat.digicanvis.portal.domain.model.project.ContactPerson;
import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.model.project.Material;
import cat.digicanvis.portal.domain.model.project.ProjectSheet;
import cat.digicanvis.portal.domain.model.project.ProjectSheetRepository;
import cat.digicanvis.portal.domain.model.project.Savings;
import cat.digicanvis.portal.domain.model.project.SheetContent;
import cat.digicanvis.portal.domain.shared.NotFoundException;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
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
 * Writing and reading project sheets. The sheet itself applies the rules; this service loads, stores and
 * keeps the catalogue in step after each change.
 */
@Stateless
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
    SheetViewCache viewCache;
    @Inject
    ReferenceService reference;

    /** Creates a draft, or saves an existing sheet when the form carries its id and version. */
    public SheetSaved save(SheetForm form) {
        return save(form, ContentOrigin.USER);
    }

    public SheetSaved save(SheetForm form, ContentOrigin origin) {
        SheetContent content = content(form);
        LocalBody lead = form.getLeadBodyId() == null ? null : bodies.find(form.getLeadBodyId())
                .orElseThrow(() -> new RuleViolationException(Violation.of("leadBody", "validation.unknownBody")));
        Set<LocalBody> partners = new LinkedHashSet<>();
        for (Long pid : form.getPartnerIds()) {
            partners.add(bodies.find(pid)
                    .orElseThrow(() -> new RuleViolationException(Violation.of("partners", "validation.unknownBody"))));
        }
        ProjectSheet sheet;
        if (form.getId() == null) {
            sheet = new ProjectSheet(content, lead, partners, origin);
            sheets.store(sheet);
        } else {
            sheet = sheets.findForUpdate(form.getId(), form.getVersion() == null ? -1 : form.getVersion());
            sheet.revise(content, lead, partners);
        }
        sheets.flush();
        changes.fire(new SheetChanged(sheet.getId()));
        return new SheetSaved(sheet.getId(), sheet.getVersion(), sheet.getStatus());
    }

    /** Saves the form and publishes the sheet, or changes nothing when it is not complete. */
    public SheetSaved saveAndPublish(SheetForm form) {
        return saveAndPublish(form, ContentOrigin.USER);
    }

    public SheetSaved saveAndPublish(SheetForm form, ContentOrigin origin) {
        SheetSaved saved = save(form, origin);
        ProjectSheet sheet = sheets.find(saved.id()).orElseThrow();
        sheet.publish();
        sheets.flush();
        changes.fire(new SheetChanged(sheet.getId()));
        return new SheetSaved(sheet.getId(), sheet.getVersion(), sheet.getStatus());
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

    /** A sheet in any state, for its author's preview. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SheetView preview(long id) {
        return toView(sheets.find(id).orElseThrow(() -> new NotFoundException("sheet", id)));
    }

    /** A sheet as an editable form. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SheetForm edit(long id) {
        ProjectSheet s = sheets.find(id).orElseThrow(() -> new NotFoundException("sheet", id));
        SheetForm f = new SheetForm();
        f.setId(s.getId());
        f.setVersion(s.getVersion());
        f.setTitle(s.getTitle());
        f.setSummary(s.getSummary());
        f.setLeadBodyId(s.getLeadBody().getId());
        f.setPartnerIds(s.getPartners().stream().map(LocalBody::getId).toList());
        f.setContacts(s.getContacts().stream()
                .map(c -> new SheetForm.Contact(c.getName(), c.getRole(), c.getEmail(), c.getPhone())).toList());
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
                        strip(c.getPhone())))
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

    private SheetView toView(ProjectSheet s) {
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
                .filter(o -> !o.getId().equals(s.getId()))
                .map(o -> new SheetView.SheetLink(o.getId(), o.getTitle())).toList();
        Savings sv = s.getSavings();
        return new SheetView(s.getId(), s.getVersion(), s.getStatus(), s.getOrigin(), s.getTitle(), s.getSummary(),
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
                s.getUpdatedAt(), s.getReviewedAt());
    }
}
