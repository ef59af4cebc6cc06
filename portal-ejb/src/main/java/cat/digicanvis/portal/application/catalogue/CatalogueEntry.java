package cat.digicanvis.portal.application.catalogue;

import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.model.project.ProjectSheet;
import cat.digicanvis.portal.domain.model.project.Typology;
import cat.digicanvis.portal.domain.shared.PopulationBand;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A published sheet as the catalogue knows it: the facets it is filtered by and the text it is found by.
 * The text is only used to build the search index. Savings are the yearly figures the sheet declares (null when
 * it declares none), for the statistics.
 */
public record CatalogueEntry(long id, String title, String summary, Set<Area> areas, Set<Typology> typologies,
                             Phase phase, Integer startYear, ContentOrigin origin, LocalDateTime publishedAt,
                             LocalDateTime reviewedAt,
                             BodySummaryView lead, List<String> technologies, String fullText,
                             Double savingsEurosYear, Double savingsHoursYear)
        implements Serializable {

    /** Published sheets not reviewed for two years are flagged in the catalogue. */
    public boolean stale(LocalDateTime now) {
        return ProjectSheet.staleSince(reviewedAt, now);
    }

    /** When the sheet last changed for its readers: published, or reviewed since. */
    public LocalDateTime updatedAt() {
        if (reviewedAt == null) {
            return publishedAt == null ? LocalDateTime.MIN : publishedAt;
        }
        return publishedAt == null || reviewedAt.isAfter(publishedAt) ? reviewedAt : publishedAt;
    }

    public PopulationBand band() {
        return PopulationBand.of(lead.population());
    }
}
