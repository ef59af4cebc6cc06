package cat.digicanvis.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsoDaysTest {

    @Test
    void daysAreReadAsThePickerAndPeopleWriteThemAndAsTheApiSendsThem() {
        List<Violation> problems = new ArrayList<>();
        assertEquals(LocalDate.of(2027, 3, 15), IsoDays.parse("15/03/2027", "visitDate", problems));
        assertEquals(LocalDate.of(2027, 2, 3), IsoDays.parse(" 3/2/2027 ", "visitDate", problems));
        assertEquals(LocalDate.of(2027, 3, 15), IsoDays.parse("2027-03-15", "visitDate", problems));
        assertNull(IsoDays.parse("  ", "visitDate", problems));
        assertTrue(problems.isEmpty());
    }

    @Test
    void aDayThatDoesNotExistIsTheFieldsProblemNotAnError() {
        List<Violation> problems = new ArrayList<>();
        assertNull(IsoDays.parse("31/02/2027", "visitDate", problems));
        assertNull(IsoDays.parse("15/03/27", "visitDate", problems));
        assertNull(IsoDays.parse("demà", "visitDate", problems));
        assertEquals(3, problems.size());
        assertEquals("validation.date", problems.get(0).messageKey());
        assertEquals("visitDate", problems.get(0).field());
        assertThrows(RuleViolationException.class, () -> IsoDays.parse("2027-13-01", "visitDate"));
    }

    @Test
    void thePickerShowsDaysInItsPatternAndLeavesOtherTextAsItIs() {
        assertEquals("15/03/2027", IsoDays.shown("2027-03-15"));
        assertEquals("03/02/2027", IsoDays.shown("3/2/2027"));
        assertEquals("demà", IsoDays.shown("demà"));
        assertEquals("", IsoDays.shown(null));
    }
}
