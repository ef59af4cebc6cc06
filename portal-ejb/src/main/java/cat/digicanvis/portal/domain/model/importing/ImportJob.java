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
 * failed row's problems. The rows are dropped once it has finished. Progress is written by the repository in
 * single statements, so that the rows (megabytes for thousands of sheets) are not read again at every row.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    public enum Status { RUNNING, DONE }

    /** What the page shows of a job: everything but its rows. */
    public record Progress(long id, Long accountId, String fileName, boolean publish, Status status, int total,
                           int done, int created, int updated, int failed, String failuresJson,
                           LocalDateTime createdAt) {
    }

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
