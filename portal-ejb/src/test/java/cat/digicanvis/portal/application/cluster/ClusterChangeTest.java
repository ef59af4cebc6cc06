package cat.digicanvis.portal.application.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.application.forum.ForumChanged;
import cat.digicanvis.portal.application.recommendation.RecommenderDataChanged;
import cat.digicanvis.portal.application.sheet.SheetChanged;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The changes other nodes hear of come back as the events the portal fires for its own. */
class ClusterChangeTest {

    @Test
    void eachChangeComesBackAsTheSameEvent() {
        assertEquals(Optional.of(new SheetChanged(12)), ClusterChange.event(ClusterChange.of(new SheetChanged(12))));
        ForumChanged onASheet = new ForumChanged(3, 12L, 40L);
        assertEquals(Optional.of(onASheet), ClusterChange.event(ClusterChange.of(onASheet)));
        ForumChanged plain = new ForumChanged(3, null);
        assertEquals("forum 3 - -", ClusterChange.of(plain));
        assertEquals(Optional.of(plain), ClusterChange.event(ClusterChange.of(plain)));
        assertEquals(Optional.of(new RecommenderDataChanged(7)),
                ClusterChange.event(ClusterChange.of(new RecommenderDataChanged(7))));
    }

    @Test
    void accountsAndModelsCarryTheirNumber() {
        assertEquals(Optional.of(5L), ClusterChange.id(ClusterChange.account(5), ClusterChange.ACCOUNT));
        assertEquals(Optional.of(9L), ClusterChange.id(ClusterChange.model(9), ClusterChange.MODEL));
        assertTrue(ClusterChange.id(ClusterChange.model(9), ClusterChange.ACCOUNT).isEmpty());
        assertTrue(ClusterChange.id("forum 3 - -", ClusterChange.ACCOUNT).isEmpty());
        assertTrue(ClusterChange.event(ClusterChange.account(5)).isEmpty(), "not an event: the relay acts on it");
    }

    @Test
    void aGarbledMessageIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClusterChange.event("sheet twelve"));
        assertThrows(IllegalArgumentException.class, () -> ClusterChange.event("forum 3"));
        assertTrue(ClusterChange.event("something 1").isEmpty());
    }
}
