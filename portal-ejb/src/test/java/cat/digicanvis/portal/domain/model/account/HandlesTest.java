package cat.digicanvis.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HandlesTest {

    @Test
    void aNameBecomesLowerCaseAsciiWordsJoinedByDots() {
        assertEquals("nuria.puig.i.ferrer", Handles.base("Núria Puig i Ferrer"));
        assertEquals("paula.garcia", Handles.base("  Paula  GARCÍA "));
        assertEquals("col.legi", Handles.base("Col·legi"));
    }

    @Test
    void shortOrEmptyNamesStillGiveAValidHandle() {
        assertEquals("member", Handles.base(""));
        assertEquals("member.al", Handles.base("Al"));
        assertTrue(Handles.VALID.matcher(Handles.base("Ølaf 漢字")).matches(), Handles.base("Ølaf 漢字"));
    }

    @Test
    void longNamesAreCutAndLeaveRoomForANumber() {
        String h = Handles.base("Maria Dolors de la Concepció Fernández-Vilanova i Puigdemont");
        assertTrue(h.length() <= Handles.MAX - 4, h);
        assertTrue(Handles.VALID.matcher(Handles.candidate(h, 12)).matches(), h);
        assertEquals(h, Handles.candidate(h, 1));
        assertEquals(h + "2", Handles.candidate(h, 2));
    }
}
