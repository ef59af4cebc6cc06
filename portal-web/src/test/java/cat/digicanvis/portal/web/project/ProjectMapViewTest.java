package cat.digicanvis.portal.web.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cat.digicanvis.portal.domain.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectMapViewTest {

    @Test
    void countsFallInFiveStepsUpToTheLargest() {
        assertEquals(0, ProjectMapView.shadeOf(0, 10));
        assertEquals(1, ProjectMapView.shadeOf(1, 10));
        assertEquals(5, ProjectMapView.shadeOf(10, 10));
        assertEquals(3, ProjectMapView.shadeOf(5, 10));
        assertEquals(5, ProjectMapView.shadeOf(1, 1));
        assertEquals(0, ProjectMapView.shadeOf(3, 0));
    }

    @Test
    void theViewAndShadeTakeKnownWordsOnly() {
        List<Violation> v = new ArrayList<>();
        assertEquals("catalonia", ProjectMapView.option(Map.of(), "view", ProjectMapView.VIEWS, v));
        assertEquals("world", ProjectMapView.option(Map.of("view", new String[] {"world"}), "view", ProjectMapView.VIEWS, v));
        assertEquals(List.of(), v);
        assertEquals("catalonia", ProjectMapView.option(Map.of("view", new String[] {"moon"}), "view", ProjectMapView.VIEWS, v));
        assertEquals(1, v.size());
        assertEquals("view", v.get(0).field());
    }
}
