package cat.digicanvis.portal.domain.model.recommendation;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A trained recommender model as saved: the model file and what it says of itself. The newest one is in use. */
@Entity
@Table(name = "recommender_model")
@NamedQuery(name = ModelRecord.FIND_LATEST, query = "SELECT m FROM ModelRecord m ORDER BY m.id DESC")
public class ModelRecord {

    public static final String FIND_LATEST = "ModelRecord.findLatest";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "trained_at", nullable = false)
    private LocalDateTime trainedAt;
    @Column(name = "trigger_by", nullable = false)
    private String triggerBy;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;
    @Column(nullable = false)
    private String facts;
    @Column(nullable = false)
    private String provenance;

    protected ModelRecord() {
    }

    public ModelRecord(LocalDateTime trainedAt, String triggerBy, byte[] content, String facts, String provenance) {
        this.trainedAt = trainedAt;
        this.triggerBy = triggerBy;
        this.content = content.clone();
        this.facts = facts;
        this.provenance = provenance;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getTrainedAt() {
        return trainedAt;
    }

    public String getTriggerBy() {
        return triggerBy;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getFacts() {
        return facts;
    }

    public String getProvenance() {
        return provenance;
    }
}
