package cat.digicanvis.portal.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.domain.model.account.Actor;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A session's account kept in memory: for its epoch only, dropped on a change, never kept from before one. */
class ActorCacheTest {

    static final Actor ANNA = new Actor(7L, "anna@bellpuig.cat", "Anna", "ca", false, false, Set.of(3L));

    @Test
    void keptForTheSessionEpochItWasReadFor() {
        ActorCache cache = new ActorCache();
        assertTrue(cache.get(7, 1).isEmpty());
        cache.put(7, 1, ANNA, cache.generation());
        assertEquals(Optional.of(ANNA), cache.get(7, 1));
        assertTrue(cache.get(7, 2).isEmpty(), "signed out everywhere since: not this one");
        assertTrue(cache.get(8, 1).isEmpty());
    }

    @Test
    void aChangeDropsItAndWhatWasReadBeforeTheChangeIsNotKept() {
        ActorCache cache = new ActorCache();
        cache.put(7, 1, ANNA, cache.generation());
        cache.forget(7);
        assertTrue(cache.get(7, 1).isEmpty());
        long before = cache.generation();
        // read while a change commits: the change's forgetting comes before this put
        cache.forget(9);
        cache.put(7, 1, ANNA, before);
        assertTrue(cache.get(7, 1).isEmpty(), "it may be the old state");
    }
}
