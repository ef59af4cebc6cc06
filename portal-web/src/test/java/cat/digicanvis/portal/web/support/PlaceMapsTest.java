package cat.digicanvis.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlaceMapsTest {

    /** The shipped drawing of Catalonia: Barcelona falls inside it, east and south of Lleida. */
    @Test
    void theShippedDrawingPlacesTownsWhereTheyAre() throws Exception {
        String head = Files.readString(Path.of("src/main/webapp/resources/map/catalonia.svg")).substring(0, 400);
        PlaceMaps.Drawing d = PlaceMaps.parse("/resources/map/catalonia.svg", head);
        double bx = d.x(2.17);
        double by = d.y(41.39);
        double lx = d.x(0.62);
        double ly = d.y(41.62);
        assertTrue(bx > 0 && bx < d.width() && by > 0 && by < d.height(), bx + "," + by);
        assertTrue(bx > lx && by > ly, "Barcelona is east and south of Lleida");
    }

    @Test
    void aDrawingWithoutItsProjectionIsRefused() {
        assertThrows(IllegalStateException.class, () -> PlaceMaps.parse("x.svg", "<svg viewBox=\"0 0 10 10\">"));
    }

    @Test
    void theWorldDrawingPutsGhentInEurope() throws Exception {
        String head = Files.readString(Path.of("src/main/webapp/resources/map/world.svg")).substring(0, 400);
        PlaceMaps.Drawing d = PlaceMaps.parse("/resources/map/world.svg", head);
        assertEquals(360, d.x(3.72) - d.x(-180 + 3.72), 1, "the whole width is 360 degrees");
        assertTrue(d.x(3.72) > d.width() / 2, "east of Greenwich");
        assertTrue(d.y(51.05) < d.height() / 2 / 1.0, "north");
    }
}
