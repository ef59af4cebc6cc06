package cat.digicanvis.portal.domain.model.request;

import static cat.digicanvis.portal.domain.model.request.ContactRequestTest.MESSAGE;
import static cat.digicanvis.portal.domain.model.request.ContactRequestTest.NOW;
import static cat.digicanvis.portal.domain.model.request.ContactRequestTest.TODAY;
import static cat.digicanvis.portal.domain.model.request.ContactRequestTest.keys;
import static cat.digicanvis.portal.domain.model.request.ContactRequestTest.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A forwarded request's way to its outcome, and every step it refuses (changing nothing). */
class RequestLifecycleTest {

    static ContactRequest forwarded(RequestKind kind, LocalDate from, LocalDate to) {
        ContactRequest r = request(kind, MESSAGE, from, to, kind == RequestKind.VISIT ? 3 : null);
        r.forward(1L, null, 2, NOW);
        return r;
    }

    static List<String> refused(Runnable step) {
        return keys(assertThrows(RuleViolationException.class, step::run));
    }

    @Test
    void aVisitAcceptedInsideTheSendersWindowIsAgreedAtOnce() {
        ContactRequest r = forwarded(RequestKind.VISIT, TODAY.plusDays(10), TODAY.plusDays(20));
        assertTrue(r.accept(TODAY.plusDays(12), NOW));
        assertEquals(RequestStatus.ACCEPTED, r.getStatus());
        assertEquals(TODAY.plusDays(12), r.getAgreedDate());
        assertEquals(0, r.getEventSequence());
        assertEquals(NOW, r.getAnsweredAt());
    }

    @Test
    void anotherDayIsAProposalTheSenderConfirms() {
        ContactRequest r = forwarded(RequestKind.VISIT, TODAY.plusDays(10), TODAY.plusDays(20));
        assertFalse(r.accept(TODAY.plusDays(30), NOW));
        assertEquals(RequestStatus.FORWARDED, r.getStatus());
        assertEquals(Side.RECEIVER, r.getProposedBy());
        assertEquals(List.of("validation.request.ownProposal"), refused(() -> r.confirmDate(Side.RECEIVER, NOW)));
        assertFalse(r.confirmDate(Side.SENDER, NOW), "the first agreed day is no change");
        assertEquals(RequestStatus.ACCEPTED, r.getStatus());
        assertEquals(TODAY.plusDays(30), r.getAgreedDate());
        assertNull(r.getProposedDate());
    }

    @Test
    void anOpenWindowTakesAnyDayAndAVisitNeedsOne() {
        ContactRequest r = forwarded(RequestKind.VISIT, null, null);
        assertEquals(List.of("validation.required"), refused(() -> r.accept(null, NOW)));
        assertEquals(List.of("validation.request.visitWindow"), refused(() -> r.accept(TODAY.minusDays(1), NOW)));
        assertEquals(List.of("validation.request.visitWindow"), refused(() -> r.accept(TODAY.plusDays(400), NOW)));
        assertEquals(RequestStatus.FORWARDED, r.getStatus());
        assertNull(r.getAnsweredAt(), "a refused step is no answer");
        assertTrue(r.accept(TODAY.plusDays(50), NOW));
    }

    @Test
    void aChangeOfDayIsConfirmedByTheOtherSideAndMakesTheEventsNextVersion() {
        ContactRequest r = forwarded(RequestKind.VISIT, null, null);
        r.accept(TODAY.plusDays(5), NOW);
        assertEquals(List.of("validation.request.sameDate"), refused(() -> r.proposeDate(Side.SENDER, TODAY.plusDays(5), NOW)));
        r.proposeDate(Side.SENDER, TODAY.plusDays(8), NOW);
        assertEquals(TODAY.plusDays(5), r.getAgreedDate(), "the agreed day stands until confirmed");
        assertEquals(List.of("validation.request.ownProposal"), refused(() -> r.confirmDate(Side.SENDER, NOW)));
        assertTrue(r.confirmDate(Side.RECEIVER, NOW));
        assertEquals(TODAY.plusDays(8), r.getAgreedDate());
        assertEquals(1, r.getEventSequence());
        assertEquals(List.of("validation.request.noProposal"), refused(() -> r.confirmDate(Side.RECEIVER, NOW)));
    }

    @Test
    void declineNeedsAReasonAndClosesTheRequest() {
        ContactRequest r = forwarded(RequestKind.CONTACT, null, null);
        assertEquals(List.of("validation.required"), refused(() -> r.decline(" ", NOW)));
        assertEquals(RequestStatus.FORWARDED, r.getStatus());
        r.decline("No tenim temps aquest trimestre", NOW);
        assertEquals(RequestStatus.DECLINED, r.getStatus());
        assertEquals(NOW, r.getClosedAt());
        assertEquals(List.of("validation.request.closed"), refused(() -> r.accept(null, NOW)));
        assertEquals(List.of("validation.request.closed"), refused(() -> r.cancel(Side.SENDER, NOW)));
    }

    @Test
    void theReceiverDeclinesRatherThanCancelsAndEitherSideCancelsOnceAccepted() {
        ContactRequest r = forwarded(RequestKind.VISIT, null, null);
        assertEquals(List.of("validation.request.declineInstead"), refused(() -> r.cancel(Side.RECEIVER, NOW)));
        r.accept(TODAY.plusDays(3), NOW);
        r.cancel(Side.RECEIVER, NOW);
        assertEquals(RequestStatus.CANCELLED, r.getStatus());
        assertEquals(1, r.getEventSequence(), "a cancelled event is the event's next version");
    }

    @Test
    void theOutcomeOfAVisitWaitsForItsDayAndAHeldOneSaysWhetherItWasUseful() {
        ContactRequest r = forwarded(RequestKind.VISIT, null, null);
        assertEquals(List.of("validation.request.wrongStep"), refused(() -> r.recordOutcome(true, null, true, NOW)));
        r.accept(TODAY.plusDays(2), NOW);
        assertEquals(List.of("validation.request.notYet"), refused(() -> r.recordOutcome(true, null, true, NOW)));
        var later = NOW.plusDays(2);
        assertEquals(List.of("validation.tooLong", "validation.required"),
                refused(() -> r.recordOutcome(true, "x".repeat(1001), null, later)));
        assertEquals(RequestStatus.ACCEPTED, r.getStatus());
        r.recordOutcome(true, "  Molt profitosa.  ", true, later);
        assertEquals(RequestStatus.HELD, r.getStatus());
        assertEquals("Molt profitosa.", r.getOutcomeNote());
        assertTrue(r.getOutcomeUseful());
    }

    @Test
    void otherKindsRecordTheirOutcomeOnceAcceptedAndNotHeldNeedsNoVerdict() {
        ContactRequest r = forwarded(RequestKind.COLLABORATION, null, null);
        assertTrue(r.accept(null, NOW));
        assertEquals(List.of("validation.request.notVisit"), refused(() -> r.proposeDate(Side.SENDER, TODAY, NOW)));
        r.recordOutcome(false, null, null, NOW);
        assertEquals(RequestStatus.NOT_HELD, r.getStatus());
        assertNull(r.getOutcomeUseful());
    }

    @Test
    void namesAreShownOnlyWhenBothSidesAgreeOnAHeldRequest() {
        ContactRequest r = forwarded(RequestKind.COLLABORATION, null, null);
        assertEquals(List.of("validation.request.notHeld"), refused(() -> r.showName(Side.SENDER, true)));
        r.accept(null, NOW);
        r.recordOutcome(true, null, true, NOW);
        r.showName(Side.SENDER, true);
        assertFalse(r.namesShown());
        r.showName(Side.RECEIVER, true);
        assertTrue(r.namesShown());
    }

    @Test
    void remindersComeOnceEach() {
        ContactRequest r = forwarded(RequestKind.VISIT, null, null);
        assertFalse(r.awaitsAnswerReminder(NOW.plusDays(6)));
        assertTrue(r.awaitsAnswerReminder(NOW.plusDays(7)));
        r.remindedToAnswer(NOW.plusDays(7));
        assertFalse(r.awaitsAnswerReminder(NOW.plusDays(8)));
        r.accept(TODAY.plusDays(20), NOW);
        assertEquals(0, r.visitReminderDue(TODAY.plusDays(10)));
        assertEquals(7, r.visitReminderDue(TODAY.plusDays(13)));
        r.visitReminded(7);
        assertEquals(0, r.visitReminderDue(TODAY.plusDays(15)));
        assertEquals(1, r.visitReminderDue(TODAY.plusDays(19)));
        r.visitReminded(1);
        assertEquals(0, r.visitReminderDue(TODAY.plusDays(19)));
        // a new day starts the reminders again
        r.proposeDate(Side.RECEIVER, TODAY.plusDays(60), NOW);
        r.confirmDate(Side.SENDER, NOW);
        assertEquals(7, r.visitReminderDue(TODAY.plusDays(55)));
    }

    @Test
    void anAnsweredRequestIsNotRemindedAndAnUnforwardedOneNeverAnswers() {
        ContactRequest r = forwarded(RequestKind.CONTACT, null, null);
        r.answered(NOW.plusDays(1));
        assertFalse(r.awaitsAnswerReminder(NOW.plusDays(10)));
        ContactRequest pending = request(RequestKind.CONTACT, MESSAGE, null, null, null);
        assertEquals(List.of("validation.request.wrongStep"), refused(() -> pending.accept(null, NOW)));
        assertFalse(pending.getStatus().reachedOtherBody());
    }
}
