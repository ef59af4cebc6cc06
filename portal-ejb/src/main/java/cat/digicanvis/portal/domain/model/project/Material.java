package cat.digicanvis.portal.domain.model.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** A piece of documentation: either a link or an uploaded file (stored apart, referenced by id). */
@Embeddable
public class Material implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "material_type", nullable = false)
    private MaterialType type;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String language;
    private String url;
    @Column(name = "file_id")
    private Long fileId;

    protected Material() {
    }

    public Material(MaterialType type, String title, String language, String url, Long fileId) {
        this.type = type;
        this.title = title;
        this.language = language;
        this.url = url;
        this.fileId = fileId;
    }

    public MaterialType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getLanguage() {
        return language;
    }

    public String getUrl() {
        return url;
    }

    public Long getFileId() {
        return fileId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Material m && type == m.type && Objects.equals(title, m.title)
                && Objects.equals(language, m.language) && Objects.equals(url, m.url)
                && Objects.equals(fileId, m.fileId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, title, language, url, fileId);
    }
}
