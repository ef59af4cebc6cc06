package cat.digicanvis.portal.application.opendata;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A published sheet as open data: every level's fields, with codes (areas, typologies, phase, places) rather than
 * labels. Contact people, their emails and phones are never part of it.
 */
public record SheetRecord(long id, String title, String summary, Body lead, List<Body> partners, List<String> areas,
                          List<String> typologies, String phase, Integer startYear, String description, String value,
                          BigDecimal savingsEurosYear, BigDecimal savingsEurosOneOff, BigDecimal savingsHoursYear,
                          String savingsMethod, String barriers, String benefits, String technology,
                          List<String> technologies, List<Material> materials, String origin,
                          LocalDateTime publishedAt, LocalDateTime updatedAt, LocalDateTime reviewedAt) {

    /** A body as the export names it: its portal id, name, kind, official code and place. */
    public record Body(long id, String name, String type, String code, Integer population, String comarcaCode,
                       String provinceCode, String countryCode) {
    }

    /** A documentation item: a link, or a file uploaded to the portal (then {@code url} is the portal's path). */
    public record Material(String type, String title, String language, String url) {
    }
}
