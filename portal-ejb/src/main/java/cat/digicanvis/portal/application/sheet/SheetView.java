package cat.digicanvis.portal.application.sheet;

import cat.digicanvis.portal.application.catalogue.BodySummaryView;
import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.model.project.MaterialType;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.SheetStatus;
import cat.digicanvis.portal.domain.model.project.Typology;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A sheet as readers see it: texts already rendered to safe HTML, contact people without email or phone
 * (who may see those comes with accounts), and the body's place names resolved.
 */
public record SheetView(
        long id, int version, SheetStatus status, ContentOrigin origin,
        String title, String summary,
        BodySummaryView lead, String leadComarcaName, String leadProvinceName, java.math.BigDecimal leadAreaKm2,
        List<BodySummaryView> partners, List<ContactView> contacts,
        String descriptionHtml, String valueHtml,
        BigDecimal savingsEurosPerYear, BigDecimal savingsEurosOneOff, BigDecimal savingsHoursPerYear,
        String savingsMethodHtml,
        String barriersHtml, String benefitsHtml, String technologyHtml, List<String> technologies,
        Phase phase, Integer startYear, Set<Area> areas, Set<Typology> typologies,
        List<MaterialView> materials, List<SheetLink> otherSheetsOfBody,
        LocalDateTime createdAt, LocalDateTime updatedAt, LocalDateTime reviewedAt, Outcomes outcomes)
        implements Serializable {

    /**
     * What the sheet's requests led to: bodies that visited it, collaborations started, and the bodies named
     * where both sides agreed (counts only otherwise).
     */
    public record Outcomes(int visitingBodies, int collaborations, List<String> namedBodies) implements Serializable {

        public static final Outcomes NONE = new Outcomes(0, 0, List.of());

        public boolean any() {
            return visitingBodies > 0 || collaborations > 0;
        }
    }

    /** Published and not reviewed for two years: readers are told the figures may be out of date. */
    public boolean stale() {
        return status == SheetStatus.PUBLISHED
                && cat.digicanvis.portal.domain.model.project.ProjectSheet.staleSince(reviewedAt,
                        cat.digicanvis.portal.domain.shared.Clock.now());
    }

    /** A contact person's public part. */
    public record ContactView(String name, String role) implements Serializable {
    }

    /** A material; {@code videoEmbedUrl} is set for videos of hosts that can be embedded after a click. */
    public record MaterialView(MaterialType type, String title, String language, String url, Long fileId,
                               String fileName, String videoEmbedUrl) implements Serializable {
    }

    /** A link to another sheet. */
    public record SheetLink(long id, String title) implements Serializable {
    }

    public boolean hasSavings() {
        return savingsEurosPerYear != null || savingsEurosOneOff != null || savingsHoursPerYear != null
                || !savingsMethodHtml.isEmpty();
    }

    public boolean demo() {
        return origin != ContentOrigin.USER;
    }
}
