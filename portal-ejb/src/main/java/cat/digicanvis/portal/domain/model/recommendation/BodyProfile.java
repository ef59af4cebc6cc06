package cat.digicanvis.portal.domain.model.recommendation;

import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * What a body's members say of it for the recommender: how much it needs each area (0 none, 1 low,
 * 2 medium, 3 high) and how far its digital transformation has got (prototype, pilot, implemented). Its
 * size, place and comarca come from the official data of the body itself.
 */
@Entity
@Table(name = "body_profile")
public class BodyProfile {

    public static final int MAX_NEED = 3;

    @Id
    @Column(name = "body_id")
    private Long bodyId;

    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "body_need", joinColumns = @JoinColumn(name = "body_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "area")
    @Column(name = "weight")
    private Map<Area, Integer> needs = new HashMap<>();

    @Enumerated(EnumType.STRING)
    private Phase maturity;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by")
    private Long updatedBy;

    protected BodyProfile() {
    }

    public BodyProfile(long bodyId) {
        this.bodyId = bodyId;
        this.updatedAt = LocalDateTime.now();
    }

    /** Replaces needs and maturity; a weight outside 0–3 is refused and nothing changes. */
    public void update(Map<Area, Integer> newNeeds, Phase newMaturity, Long by, LocalDateTime now) {
        if (newNeeds == null) {
            throw new RuleViolationException(Violation.of("needs", "validation.required"));
        }
        for (Map.Entry<Area, Integer> e : newNeeds.entrySet()) {
            if (e.getKey() == null || e.getValue() == null || e.getValue() < 0 || e.getValue() > MAX_NEED) {
                throw new RuleViolationException(Violation.of("needs", "validation.profile.need"));
            }
        }
        needs.clear();
        newNeeds.forEach((a, w) -> {
            if (w > 0) {
                needs.put(a, w);
            }
        });
        maturity = newMaturity;
        updatedBy = by;
        updatedAt = now;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public int getVersion() {
        return version;
    }

    public Map<Area, Integer> getNeeds() {
        Map<Area, Integer> out = new EnumMap<>(Area.class);
        out.putAll(needs);
        return out;
    }

    public Phase getMaturity() {
        return maturity;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
