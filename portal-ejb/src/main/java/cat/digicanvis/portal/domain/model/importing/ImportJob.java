package cat.digicanvis.portal.domain.model.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * An import of sheets from a spreadsheet, run in the background: the rows waiting, how far it went, and each
 * failed row's problems. The rows are dropped once it has finished.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    public enum Status { RUNNING, DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private int version;
    @Column(name = "account_id")
    private Long accountId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(nullable = false)
    private boolean publish;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "total_rows", nullable = false)
    private int totalRows;
    @Column(name = "done_rows", nullable = false)
    private int doneRows;
    @Column(name = "created_count", nullable = false)
    private int created;
    @Column(name = "updated_count", nullable = false)
    private int updated;
    @Column(name = "failed_count", nullable = false)
    private int failed;
    @Lob
    @Column(name = "rows_json")
    private String rowsJson;
    @Lob
    @Column(name = "failures_json")
    private String failuresJson;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    protected ImportJob() {
    }

    public ImportJob(Long accountId, String fileName, boolean publish, int totalRows, String rowsJson,
                     LocalDateTime now) {
        this.accountId = accountId;
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.publish = publish;
        this.status = Status.RUNNING;
        this.totalRows = totalRows;
        this.rowsJson = rowsJson;
        this.createdAt = now;
    }

    /** One more row done: made, updated, or failed (its problems kept as JSON). */
    public void rowDone(boolean wasCreated, boolean wasUpdated, String failuresJson) {
        doneRows++;
        if (wasCreated) {
            created++;
        } else if (wasUpdated) {
            updated++;
        } else {
            failed++;
        }
        this.failuresJson = failuresJson;
    }

    public void finish(LocalDateTime now) {
        status = Status.DONE;
        finishedAt = now;
        rowsJson = null;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isPublish() {
        return publish;
    }

    public Status getStatus() {
        return status;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getDoneRows() {
        return doneRows;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getFailed() {
        return failed;
    }

    public String getRowsJson() {
        return rowsJson;
    }

    public String getFailuresJson() {
        return failuresJson;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }
}
