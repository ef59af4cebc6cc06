package cat.digicanvis.portal.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GeoAndBandTest {

    @Test
    void distanceBarcelonaGironaIsAboutEightyKm() {
        GeoPoint barcelona = new GeoPoint(41.3824, 2.1772);
        GeoPoint girona = new GeoPoint(41.9794, 2.8214);
        assertEquals(85.5, barcelona.distanceKm(girona), 2.0);
        assertEquals(0.0, barcelona.distanceKm(barcelona), 1e-9);
    }

    @Test
    void coordinatesOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(91, 0));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0, -181));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(Double.NaN, 0));
    }

    @Test
    void bandsFollowIdescat() {
        assertEquals(PopulationBand.UP_TO_500, PopulationBand.of(500));
        assertEquals(PopulationBand.FROM_501_TO_2000, PopulationBand.of(501));
        assertEquals(PopulationBand.FROM_2001_TO_5000, PopulationBand.of(5000));
        assertEquals(PopulationBand.FROM_5001_TO_10000, PopulationBand.of(5001));
        assertEquals(PopulationBand.FROM_10001_TO_50000, PopulationBand.of(50_000));
        assertEquals(PopulationBand.OVER_50000, PopulationBand.of(1_660_122));
        assertThrows(IllegalArgumentException.class, () -> PopulationBand.of(0));
    }

    @Test
    void bandCodesRoundTrip() {
        for (PopulationBand b : PopulationBand.values()) {
            assertEquals(Optional.of(b), PopulationBand.fromCode(b.code()));
        }
        assertEquals(Optional.empty(), PopulationBand.fromCode("1-2"));
    }

    @Test
    void enumCodes() {
        assertEquals("citizen-care", Codes.code(cat.digicanvis.portal.domain.model.project.Area.CITIZEN_CARE));
        assertEquals(Optional.of(cat.digicanvis.portal.domain.model.project.Area.SOCIAL_SERVICES),
                Codes.parse(cat.digicanvis.portal.domain.model.project.Area.class, "social-services"));
        assertEquals(Optional.empty(), Codes.parse(cat.digicanvis.portal.domain.model.project.Area.class, "nope"));
    }
}
