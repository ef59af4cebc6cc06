package cat.digicanvis.portal.domain.model.file;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** An uploaded documentation file whose type was detected from its content, not trusted from the client. */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long size;
    @Column(nullable = false)
    private String sha256;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;
    /** The account that uploaded it; null for the portal's own content and deleted accounts. */
    @Column(name = "uploaded_by")
    private Long uploadedBy;

    protected StoredFile() {
    }

    public StoredFile(String fileName, String contentType, String sha256, byte[] content, Long uploadedBy) {
        this.uploadedBy = uploadedBy;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sha256 = sha256;
        this.content = content.clone();
        this.size = content.length;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getUploadedBy() {
        return uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
