package cat.digicanvis.portal.domain.shared;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The portal stores times in UTC. */
public final class Clock {

    private Clock() {
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
