package cat.digicanvis.portal.domain.model.project;

import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * Changes a member proposes to a published sheet: the whole form as they left it, and the version of the sheet it
 * was made from. The published sheet stays as readers know it until an editor accepts the changes (which only
 * applies to that same version, so nothing an editor changed meanwhile is overwritten) or rejects them with a
 * note. One pending revision per sheet: its writers continue the same one.
 */
@Entity
@Table(name = "sheet_revision")
@NamedQuery(name = SheetRevision.PENDING_OF, query = "SELECT r FROM SheetRevision r WHERE r.sheetId = :sheet "
        + "AND r.status = cat.digicanvis.portal.domain.model.project.RevisionStatus.PENDING")
public class SheetRevision {

    public static final String PENDING_OF = "SheetRevision.pendingOf";
    public static final int NOTE_MAX = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    @Column(name = "sheet_id", nullable = false)
    private long sheetId;
    @Column(name = "author_id")
    private Long authorId;
    @Column(name = "based_on_version", nullable = false)
    private int basedOnVersion;
    @Lob
    @Column(name = "form_json", nullable = false)
    private String formJson;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RevisionStatus status;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;
    @Column(name = "decided_at")
    private LocalDateTime decidedAt;
    @Column(name = "decided_by")
    private Long decidedBy;
    @Column(name = "decision_note")
    private String decisionNote;

    protected SheetRevision() {
    }

    public SheetRevision(long sheetId, Long authorId, int basedOnVersion, String formJson, LocalDateTime now) {
        this.sheetId = sheetId;
        this.authorId = authorId;
        this.basedOnVersion = basedOnVersion;
        this.formJson = formJson;
        this.status = RevisionStatus.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A writer continues the pending changes, from the sheet's current version. */
    public void update(String newFormJson, int sheetVersion, LocalDateTime now) {
        requirePending();
        this.formJson = newFormJson;
        this.basedOnVersion = sheetVersion;
        this.updatedAt = now;
    }

    /** Whether the changes were made from this version of the sheet (else the sheet changed since). */
    public boolean madeFrom(int sheetVersion) {
        return basedOnVersion == sheetVersion;
    }

    public void accept(Long editorId, LocalDateTime now) {
        decide(RevisionStatus.ACCEPTED, editorId, null, now);
    }

    /** An editor turns the changes down; the note tells the author why. */
    public void reject(Long editorId, String note, LocalDateTime now) {
        String n = note == null ? "" : note.strip();
        if (n.isEmpty() || n.length() > NOTE_MAX) {
            throw new RuleViolationException(Violation.of("note", "validation.revision.note", NOTE_MAX));
        }
        decide(RevisionStatus.REJECTED, editorId, n, now);
    }

    /** Its writers take the changes back. */
    public void withdraw(Long by, LocalDateTime now) {
        decide(RevisionStatus.WITHDRAWN, by, null, now);
    }

    private void decide(RevisionStatus to, Long by, String note, LocalDateTime now) {
        requirePending();
        status = to;
        decidedBy = by;
        decisionNote = note;
        decidedAt = now;
        updatedAt = now;
    }

    private void requirePending() {
        if (status != RevisionStatus.PENDING) {
            throw new RuleViolationException(Violation.of(null, "validation.revision.decided"));
        }
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public long getSheetId() {
        return sheetId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public int getBasedOnVersion() {
        return basedOnVersion;
    }

    public String getFormJson() {
        return formJson;
    }

    public RevisionStatus getStatus() {
        return status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }
}
