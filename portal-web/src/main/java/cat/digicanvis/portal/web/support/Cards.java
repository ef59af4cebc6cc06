package cat.digicanvis.portal.web.support;

import cat.digicanvis.portal.application.catalogue.CatalogueEntry;
import cat.digicanvis.portal.domain.model.project.ContentOrigin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Builds {@link CardView}s in the reader's language. */
@RequestScoped
public class Cards {

    @Inject
    Labels labels;
    @Inject
    Formats fmt;

    public CardView of(CatalogueEntry e, Double distanceKm) {
        return new CardView(e.id(), e.title(), e.summary(),
                e.origin() == ContentOrigin.USER ? null : labels.origin(e.origin()),
                e.lead().name(), fmt.number(e.lead().population()),
                e.lead().km0() ? fmt.comarca(e.lead().comarcaCode()) : fmt.country(e.lead().countryCode()),
                e.phase() == null ? null : labels.phase(e.phase()),
                distanceKm == null ? null : fmt.km(distanceKm),
                e.areas().stream().sorted().map(labels::area).toList());
    }
}
