package cat.digicanvis.portal.application.catalogue;

import java.io.Serializable;

/** One result of a catalogue request; the distance is there when the request named a municipality. */
public record CatalogueItemView(CatalogueEntry entry, Double distanceKm, Float score) implements Serializable {
}
