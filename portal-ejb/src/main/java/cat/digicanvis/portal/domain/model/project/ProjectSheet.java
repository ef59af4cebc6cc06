package cat.digicanvis.portal.domain.model.project;

import cat.digicanvis.portal.domain.model.localbody.LocalBody;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A project sheet (fitxa): how one local body carried out one digital change, in six levels — title,
 * the body and its contact people, description with value and savings, analysis, phase, documentation.
 * The sheet guards its own rules: the limits on every field, what it needs to be published, and that its
 * lead body is not also its partner.
 */
@Entity
@Table(name = "project_sheet")
@NamedQuery(name = ProjectSheet.FIND_PUBLISHED_IDS,
        query = "SELECT s.id FROM ProjectSheet s WHERE s.status = cat.digicanvis.portal.domain.model.project.SheetStatus.PUBLISHED")
@NamedQuery(name = ProjectSheet.FIND_BY_IDS, query = "SELECT s FROM ProjectSheet s WHERE s.id IN :ids")
@NamedQuery(name = ProjectSheet.FIND_BY_LEAD_BODY,
        query = "SELECT s FROM ProjectSheet s WHERE s.leadBody.id = :bodyId AND s.status = :status ORDER BY s.updatedAt DESC")
@NamedQuery(name = ProjectSheet.COUNT_BY_ORIGIN, query = "SELECT COUNT(s) FROM ProjectSheet s WHERE s.origin = :origin")
@NamedQuery(name = ProjectSheet.FIND_BY_AUTHOR_OR_BODIES, query = "SELECT s FROM ProjectSheet s "
        + "WHERE s.authorId = :authorId OR s.leadBody.id IN :bodyIds ORDER BY s.updatedAt DESC")
@NamedQuery(name = ProjectSheet.FIND_STALE, query = "SELECT s FROM ProjectSheet s WHERE s.status = "
        + "cat.digicanvis.portal.domain.model.project.SheetStatus.PUBLISHED AND s.reviewedAt < :before")
public class ProjectSheet {

    public static final String FIND_PUBLISHED_IDS = "ProjectSheet.findPublishedIds";
    public static final String FIND_BY_IDS = "ProjectSheet.findByIds";
    public static final String FIND_BY_LEAD_BODY = "ProjectSheet.findByLeadBody";
    public static final String COUNT_BY_ORIGIN = "ProjectSheet.countByOrigin";
    public static final String FIND_BY_AUTHOR_OR_BODIES = "ProjectSheet.findByAuthorOrBodies";
    public static final String FIND_STALE = "ProjectSheet.findStale";
    public static final int PARTNERS_MAX = 20;
    public static final int COMMENT_MAX = 5000;
    /** A published sheet not reviewed for this long is flagged as stale. */
    public static final int STALE_AFTER_MONTHS = 24;
    /** Authors of a stale sheet are reminded at most this often. */
    public static final int REMIND_EVERY_DAYS = 30;

    public static final int EXTERNAL_ID_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SheetStatus status;

    /** The sheet's identifier in the spreadsheet it was imported from (null for sheets written here). */
    @Column(name = "external_id")
    private String externalId;

    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String summary;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_body_id", nullable = false)
    private LocalBody leadBody;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "sheet_partner", joinColumns = @JoinColumn(name = "sheet_id"),
            inverseJoinColumns = @JoinColumn(name = "body_id"))
    private Set<LocalBody> partners = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "sheet_contact", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "position")
    private List<ContactPerson> contacts = new ArrayList<>();

    private String description;
    @Column(name = "value_text")
    private String value;
    @Embedded
    private Savings savings;

    private String barriers;
    private String benefits;
    @Column(name = "technology_text")
    private String technologyText;

    @ElementCollection
    @CollectionTable(name = "sheet_technology", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> technologies = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private Phase phase;
    @Column(name = "start_year")
    private Integer startYear;

    @ElementCollection
    @CollectionTable(name = "sheet_material", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "position")
    private List<Material> materials = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "sheet_area", joinColumns = @JoinColumn(name = "sheet_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "area")
    private Set<Area> areas = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "sheet_typology", joinColumns = @JoinColumn(name = "sheet_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "typology")
    private Set<Typology> typologies = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "content_origin", nullable = false)
    private ContentOrigin origin;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;
    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;
    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    /** The account that wrote the sheet; null for demo content and deleted accounts. */
    @Column(name = "author_id")
    private Long authorId;
    @Column(name = "review_comment")
    private String reviewComment;
    @Column(name = "unpublish_reason")
    private String unpublishReason;
    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;
    @Column(name = "stale_reminded_at")
    private LocalDateTime staleRemindedAt;

    protected ProjectSheet() {
    }

    /** A new draft; drafts may be incomplete but respect every limit. */
    public ProjectSheet(SheetContent content, LocalBody leadBody, Set<LocalBody> partners, ContentOrigin origin) {
        this.status = SheetStatus.DRAFT;
        this.origin = Objects.requireNonNull(origin);
        this.createdAt = now();
        revise(content, leadBody, partners);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Replaces what the author wrote. A published sheet must stay publishable. */
    public void revise(SheetContent content, LocalBody newLead, Set<LocalBody> newPartners) {
        List<Violation> violations = new ArrayList<>(content.check());
        if (newLead == null) {
            violations.add(Violation.of("leadBody", "validation.required"));
        }
        Set<LocalBody> partnerSet = newPartners == null ? Set.of() : newPartners;
        if (partnerSet.size() > PARTNERS_MAX) {
            violations.add(Violation.of("partners", "validation.tooMany", PARTNERS_MAX));
        }
        if (newLead != null && partnerSet.contains(newLead)) {
            violations.add(Violation.of("partners", "validation.partner.isLead"));
        }
        if (status == SheetStatus.PUBLISHED) {
            violations.addAll(content.checkPublishable());
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        this.title = content.title();
        this.summary = content.summary() == null ? "" : content.summary();
        this.description = content.description();
        this.value = content.value();
        this.savings = content.savings();
        this.barriers = content.barriers();
        this.benefits = content.benefits();
        this.technologyText = content.technologyText();
        this.technologies = new ArrayList<>(content.technologies());
        this.phase = content.phase();
        this.startYear = content.startYear();
        this.areas = content.areas().isEmpty() ? new HashSet<>() : EnumSet.copyOf(content.areas());
        this.typologies = content.typologies().isEmpty() ? new HashSet<>() : EnumSet.copyOf(content.typologies());
        this.contacts = new ArrayList<>(content.contacts());
        this.materials = new ArrayList<>(content.materials());
        this.leadBody = newLead;
        this.partners = new LinkedHashSet<>(partnerSet);
        this.updatedAt = now();
    }

    /** Sends the sheet for review; it must be complete, as publishing needs. */
    public void submit() {
        if (status != SheetStatus.DRAFT && status != SheetStatus.RETURNED && status != SheetStatus.UNPUBLISHED) {
            throw new RuleViolationException(Violation.of(null, "validation.workflow.illegal"));
        }
        List<Violation> violations = content().checkPublishable();
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        status = SheetStatus.SUBMITTED;
        submittedAt = now();
        updatedAt = submittedAt;
    }

    /** An editor sends a submitted sheet back to its author, saying what to change. */
    public void returnToAuthor(String comment) {
        if (status != SheetStatus.SUBMITTED) {
            throw new RuleViolationException(Violation.of(null, "validation.workflow.illegal"));
        }
        reviewComment = requireText("comment", comment);
        status = SheetStatus.RETURNED;
        updatedAt = now();
    }

    /** An editor withdraws a published sheet, saying why. */
    public void unpublish(String reason) {
        if (status != SheetStatus.PUBLISHED) {
            throw new RuleViolationException(Violation.of(null, "validation.workflow.illegal"));
        }
        unpublishReason = requireText("reason", reason);
        status = SheetStatus.UNPUBLISHED;
        updatedAt = now();
    }

    private static String requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException(Violation.of(field, "validation.required"));
        }
        if (text.length() > COMMENT_MAX) {
            throw new RuleViolationException(Violation.of(field, "validation.tooLong", COMMENT_MAX));
        }
        return text.strip();
    }

    /** Published, and nobody has reviewed it for {@value #STALE_AFTER_MONTHS} months. */
    public boolean isStale(LocalDateTime now) {
        return status == SheetStatus.PUBLISHED && staleSince(reviewedAt, now);
    }

    /** The staleness rule for a published sheet last reviewed at {@code reviewedAt} (also for catalogue entries). */
    public static boolean staleSince(LocalDateTime reviewedAt, LocalDateTime now) {
        return reviewedAt != null && reviewedAt.isBefore(now.minusMonths(STALE_AFTER_MONTHS));
    }

    /** Whether the author should get a reminder about this stale sheet now. */
    public boolean staleReminderDue(LocalDateTime now) {
        return authorId != null && isStale(now)
                && (staleRemindedAt == null || staleRemindedAt.isBefore(now.minusDays(REMIND_EVERY_DAYS)));
    }

    public void staleReminderSent(LocalDateTime now) {
        staleRemindedAt = now;
    }

    /** For data loaded from elsewhere (demo content): when it was last reviewed. */
    public void reviewedOn(LocalDateTime when) {
        reviewedAt = when;
    }

    public void assignAuthor(Long accountId) {
        if (authorId == null) {
            authorId = accountId;
        }
    }

    /** The author's account is gone; the sheet stays with its body. */
    public void forgetAuthor() {
        authorId = null;
    }

    /** Removes a contact person who withdrew consent; true when somebody was removed. */
    public boolean removeContact(String email) {
        boolean removed = contacts.removeIf(c -> c.getEmail() != null && c.getEmail().equalsIgnoreCase(email));
        if (removed) {
            updatedAt = now();
        }
        return removed;
    }

    /**
     * Makes the sheet visible to everyone, once it has all a reader needs. Publishing a published sheet
     * confirms it was reviewed again.
     */
    /** Notes the identifier the sheet has in an imported spreadsheet (a re-import finds it by this). */
    public void identifyAs(String external) {
        if (external != null && (external.isBlank() || external.length() > EXTERNAL_ID_MAX)) {
            throw new RuleViolationException(List.of(Violation.of("external_id", "validation.length", 1, EXTERNAL_ID_MAX)));
        }
        externalId = external == null ? null : external.strip();
    }

    public String getExternalId() {
        return externalId;
    }

    public void publish() {
        List<Violation> violations = content().checkPublishable();
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        LocalDateTime now = now();
        if (status != SheetStatus.PUBLISHED) {
            publishedAt = now;
        }
        status = SheetStatus.PUBLISHED;
        reviewedAt = now;
        updatedAt = now;
        reviewComment = null;
        unpublishReason = null;
        staleRemindedAt = null;
    }

    /** The author's content as a value, e.g. to edit it. */
    public SheetContent content() {
        return new SheetContent(title, summary, description, value, savings, barriers, benefits, technologyText,
                technologies, phase, startYear, areas, typologies, contacts, materials);
    }

    public boolean isPublished() {
        return status == SheetStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public SheetStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public LocalBody getLeadBody() {
        return leadBody;
    }

    public Set<LocalBody> getPartners() {
        return Set.copyOf(partners);
    }

    public List<ContactPerson> getContacts() {
        return List.copyOf(contacts);
    }

    public String getDescription() {
        return description;
    }

    public String getValue() {
        return value;
    }

    public Savings getSavings() {
        return savings == null ? new Savings(null, null, null, null) : savings;
    }

    public String getBarriers() {
        return barriers;
    }

    public String getBenefits() {
        return benefits;
    }

    public String getTechnologyText() {
        return technologyText;
    }

    public List<String> getTechnologies() {
        return List.copyOf(technologies);
    }

    public Phase getPhase() {
        return phase;
    }

    public Integer getStartYear() {
        return startYear;
    }

    public List<Material> getMaterials() {
        return List.copyOf(materials);
    }

    public Set<Area> getAreas() {
        return areas.isEmpty() ? Set.of() : EnumSet.copyOf(areas);
    }

    public Set<Typology> getTypologies() {
        return typologies.isEmpty() ? Set.of() : EnumSet.copyOf(typologies);
    }

    public ContentOrigin getOrigin() {
        return origin;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public LocalDateTime getReviewedAt() {
        return reviewedAt;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getUnpublishReason() {
        return unpublishReason;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }
}
