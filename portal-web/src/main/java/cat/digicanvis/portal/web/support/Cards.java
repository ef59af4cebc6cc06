package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.application.catalogue.CatalogueEntry;
import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import cat.digicanvis.portal.domain.shared.Clock;
import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDateTime;
import jakarta.inject.Inject;

/** Builds {@link CardView}s in the reader's language. */
@RequestScoped
public class Cards {

    @Inject
    Labels labels;
    @Inject
    Formats fmt;
    private final LocalDateTime now = Clock.now();

    public CardView of(CatalogueEntry e, Double distanceKm) {
        return new CardView(e.id(), e.title(), e.summary(),
                e.origin() == ContentOrigin.USER ? null : labels.origin(e.origin()),
                e.lead().name(), fmt.number(e.lead().population()),
                e.lead().km0() ? fmt.comarca(e.lead().comarcaCode()) : fmt.country(e.lead().countryCode()),
                e.phase() == null ? null : labels.phase(e.phase()),
                distanceKm == null ? null : fmt.km(distanceKm),
                e.areas().stream().sorted().map(labels::area).toList(),
                e.stale(now) ? labels.text("sheet.stale") : null);
    }
}
