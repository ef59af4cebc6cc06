package cat.digicanvis.portal.web.support;

import java.util.List;

/**
 * A sheet in a list, with every text already in the reader's language: the list pages render dozens of
 * these, and one EL expression per text costs more than the search itself.
 */
public record CardView(long id, String title, String summary, String originLabel, String bodyName,
                       String population, String place, String phase, String distance, List<String> areas,
                       String staleLabel) {
}
