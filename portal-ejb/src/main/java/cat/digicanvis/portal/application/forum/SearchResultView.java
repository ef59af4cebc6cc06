package cat.digicanvis.portal.application.forum;

import java.io.Serializable;
import java.util.List;

/** A page of forum search results, best first. */
public record SearchResultView(List<SearchHitView> hits, long total, int page, int pages) implements Serializable {
}
