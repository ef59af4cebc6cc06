package cat.digicanvis.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void storedTimesAreShownInCataloniasTimeWithSummerTime() {
        assertEquals(LocalDateTime.of(2026, 12, 1, 10, 30), Formats.local(LocalDateTime.of(2026, 12, 1, 9, 30)), "winter: UTC+1");
        assertEquals(LocalDateTime.of(2026, 7, 1, 11, 30), Formats.local(LocalDateTime.of(2026, 7, 1, 9, 30)), "summer: UTC+2");
        assertEquals(LocalDateTime.of(2027, 1, 1, 0, 30), Formats.local(LocalDateTime.of(2026, 12, 31, 23, 30)), "the next day");
    }
}
