package cat.digicanvis.portal.domain.model.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cat.digicanvis.portal.domain.model.account.Account;
import cat.digicanvis.portal.domain.model.localbody.BodyType;
import cat.digicanvis.portal.domain.model.localbody.LocalBody;
import cat.digicanvis.portal.domain.shared.GeoPoint;
import cat.digicanvis.portal.domain.shared.RuleViolationException;
import cat.digicanvis.portal.domain.shared.Violation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactRequestTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 10, 0);
    static final LocalDate TODAY = NOW.toLocalDate();
    static final LocalBody BELLPUIG = LocalBody.catalan(BodyType.MUNICIPALITY, "Bellpuig", "25051", "40", "25", 4_900,
            null, new GeoPoint(41.62, 1.01));
    static final LocalBody TARREGA = LocalBody.catalan(BodyType.MUNICIPALITY, "Tàrrega", "25217", "38", "25", 17_000,
            null, new GeoPoint(41.64, 1.14));
    static final Account ANNA = new Account("anna@bellpuig.cat", "Anna", "h", "ca", NOW);
    static final String MESSAGE = "  Volem veure com funciona la finestreta única abans d'implantar-la.  ";

    static ContactRequest request(RequestKind kind, String message, LocalDate from, LocalDate to, Integer visitors) {
        return new ContactRequest(ANNA, "Secretària", BELLPUIG, TARREGA, 7L, "Finestreta única", kind, message, from,
                to, visitors, NOW);
    }

    static List<String> keys(RuleViolationException e) {
        return e.violations().stream().map(Violation::messageKey).toList();
    }

    @Test
    void aVisitKeepsItsDatesAndPeopleAndStartsPending() {
        ContactRequest r = request(RequestKind.VISIT, MESSAGE, TODAY.plusDays(10), TODAY.plusDays(20), 3);
        assertEquals(RequestStatus.PENDING, r.getStatus());
        assertEquals(MESSAGE.strip(), r.getMessage());
        assertEquals(TODAY.plusDays(10), r.getVisitFrom());
        assertEquals(3, r.getVisitors());
    }

    @Test
    void otherKindsDropVisitDetails() {
        ContactRequest r = request(RequestKind.CONTACT, MESSAGE, TODAY.minusDays(5), null, 99);
        assertNull(r.getVisitFrom());
        assertNull(r.getVisitors());
    }

    @Test
    void badInputIsRefusedWithEveryReason() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> request(RequestKind.VISIT, "too short", TODAY.minusDays(1), null, 0));
        assertEquals(List.of("validation.length", "validation.request.visitWindow", "validation.range"), keys(e));
        assertEquals(List.of("validation.request.visitOrder"), keys(assertThrows(RuleViolationException.class,
                () -> request(RequestKind.VISIT, MESSAGE, TODAY.plusDays(9), TODAY.plusDays(2), 2))));
        assertEquals(List.of("validation.request.visitWindow"), keys(assertThrows(RuleViolationException.class,
                () -> request(RequestKind.VISIT, MESSAGE, null, TODAY.plusYears(2), 2))));
        assertEquals(List.of("validation.required"), keys(assertThrows(RuleViolationException.class,
                () -> request(null, MESSAGE, null, null, null))));
        assertEquals(List.of("validation.length"), keys(assertThrows(RuleViolationException.class,
                () -> request(RequestKind.COLLABORATION, "x".repeat(ContactRequest.MESSAGE_MAX + 1), null, null, null))));
        assertEquals(List.of("validation.request.sameBody"), keys(assertThrows(RuleViolationException.class,
                () -> new ContactRequest(ANNA, "Secretària", BELLPUIG, BELLPUIG, null, null, RequestKind.CONTACT,
                        MESSAGE, null, null, null, NOW))));
    }

    @Test
    void forwardedOnceWithRecipientsAndNeverDecidedTwice() {
        ContactRequest r = request(RequestKind.COLLABORATION, MESSAGE, null, null, null);
        assertEquals(List.of("validation.request.noRecipients"), keys(assertThrows(RuleViolationException.class,
                () -> r.forward(1L, null, 0, NOW))));
        assertEquals(RequestStatus.PENDING, r.getStatus());
        r.forward(1L, "  Bona idea  ", 2, NOW);
        assertEquals(RequestStatus.FORWARDED, r.getStatus());
        assertEquals("Bona idea", r.getDecisionNote());
        assertEquals(2, r.getRecipients());
        assertEquals(List.of("validation.request.decided"), keys(assertThrows(RuleViolationException.class,
                () -> r.reject(1L, "no", NOW))));
        assertEquals(List.of("validation.request.decided"), keys(assertThrows(RuleViolationException.class,
                () -> r.withdraw(NOW))));
    }

    @Test
    void aRejectionNeedsAReasonAndAWithdrawalEndsIt() {
        ContactRequest r = request(RequestKind.CONTACT, MESSAGE, null, null, null);
        assertEquals(List.of("validation.required"), keys(assertThrows(RuleViolationException.class,
                () -> r.reject(1L, " ", NOW))));
        assertEquals(List.of("validation.tooLong"), keys(assertThrows(RuleViolationException.class,
                () -> r.reject(1L, "x".repeat(ContactRequest.NOTE_MAX + 1), NOW))));
        assertEquals(RequestStatus.PENDING, r.getStatus());
        r.withdraw(NOW);
        assertEquals(RequestStatus.WITHDRAWN, r.getStatus());
        assertEquals(List.of("validation.request.decided"), keys(assertThrows(RuleViolationException.class,
                () -> r.forward(1L, null, 1, NOW))));
    }
}
