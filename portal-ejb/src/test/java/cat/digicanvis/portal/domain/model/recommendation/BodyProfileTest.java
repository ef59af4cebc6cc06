package cat.digicanvis.portal.domain.model.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.digicanvis.portal.domain.model.project.Area;
import cat.digicanvis.portal.domain.model.project.Phase;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BodyProfileTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 10, 0);

    @Test
    void needsAreZeroToThreeAndZerosAreNotKept() {
        BodyProfile p = new BodyProfile(7);
        Map<Area, Integer> needs = new EnumMap<>(Area.class);
        needs.put(Area.SOCIAL_SERVICES, 3);
        needs.put(Area.PARTICIPATION, 0);
        p.update(needs, Phase.PILOT, 1L, NOW);
        assertEquals(Map.of(Area.SOCIAL_SERVICES, 3), p.getNeeds());
        assertEquals(Phase.PILOT, p.getMaturity());
        assertEquals(NOW, p.getUpdatedAt());
    }

    @Test
    void aBadWeightChangesNothing() {
        BodyProfile p = new BodyProfile(7);
        p.update(Map.of(Area.TRANSFORMATION, 2), null, 1L, NOW);
        for (int bad : new int[] {-1, 4}) {
            Map<Area, Integer> needs = new HashMap<>();
            needs.put(Area.CITIZEN_CARE, 1);
            needs.put(Area.SOCIAL_SERVICES, bad);
            RuleViolationException e = assertThrows(RuleViolationException.class,
                    () -> p.update(needs, Phase.IMPLEMENTED, 2L, NOW.plusDays(1)));
            assertEquals("validation.profile.need", e.violations().get(0).messageKey());
        }
        Map<Area, Integer> withNull = new HashMap<>();
        withNull.put(Area.CITIZEN_CARE, null);
        assertThrows(RuleViolationException.class, () -> p.update(withNull, Phase.IMPLEMENTED, 2L, NOW));
        assertEquals(Map.of(Area.TRANSFORMATION, 2), p.getNeeds());
        assertNull(p.getMaturity());
        assertEquals(NOW, p.getUpdatedAt());
    }

    @Test
    void viewsCountOnceADayOtherKindsOnce() {
        assertEquals(LocalDate.of(2026, 11, 26), Interaction.dayOf(InteractionKind.VIEW, NOW));
        assertEquals(Interaction.ONCE, Interaction.dayOf(InteractionKind.BOOKMARK, NOW));
        assertEquals(-1, InteractionKind.NOT_RELEVANT.grade());
        assertEquals(5, InteractionKind.COLLABORATION_REQUEST.grade());
    }
}
