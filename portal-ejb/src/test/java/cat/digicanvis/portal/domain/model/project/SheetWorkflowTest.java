package cat.digicanvis.portal.domain.model.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.domain.shared.RuleViolationException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SheetWorkflowTest {

    static ProjectSheet draft() {
        return new ProjectSheet(ProjectSheetTest.complete(), ProjectSheetTest.BODY, Set.of(), ContentOrigin.USER);
    }

    static String key(RuleViolationException e) {
        return e.violations().get(0).messageKey();
    }

    @Test
    void draftSubmittedReturnedResubmittedPublishedUnpublished() {
        ProjectSheet s = draft();
        assertEquals(SheetStatus.DRAFT, s.getStatus());
        s.submit();
        assertEquals(SheetStatus.SUBMITTED, s.getStatus());
        s.returnToAuthor("  Falta el cost  ");
        assertEquals(SheetStatus.RETURNED, s.getStatus());
        assertEquals("Falta el cost", s.getReviewComment());
        s.submit();
        s.publish();
        assertEquals(SheetStatus.PUBLISHED, s.getStatus());
        assertNull(s.getReviewComment(), "publishing clears the review comment");
        s.unpublish("Dades antigues");
        assertEquals(SheetStatus.UNPUBLISHED, s.getStatus());
        assertEquals("Dades antigues", s.getUnpublishReason());
        s.submit();
        assertEquals(SheetStatus.SUBMITTED, s.getStatus());
    }

    @Test
    void illegalStepsAreRefusedAndChangeNothing() {
        ProjectSheet s = draft();
        assertEquals("validation.workflow.illegal", key(assertThrows(RuleViolationException.class,
                () -> s.returnToAuthor("x"))));
        assertEquals("validation.workflow.illegal", key(assertThrows(RuleViolationException.class,
                () -> s.unpublish("x"))));
        s.submit();
        assertEquals("validation.workflow.illegal", key(assertThrows(RuleViolationException.class, s::submit)));
        assertEquals("validation.required", key(assertThrows(RuleViolationException.class,
                () -> s.returnToAuthor("  "))));
        assertEquals(SheetStatus.SUBMITTED, s.getStatus());
        assertThrows(RuleViolationException.class, () -> s.returnToAuthor("x".repeat(ProjectSheet.COMMENT_MAX + 1)));
    }

    @Test
    void anIncompleteSheetCannotBeSubmitted() {
        SheetContent c = ProjectSheetTest.complete();
        ProjectSheet s = new ProjectSheet(ProjectSheetTest.with(c, c.title(), Set.of(), c.materials(), c.savings(),
                c.contacts()), ProjectSheetTest.BODY, Set.of(), ContentOrigin.USER);
        RuleViolationException e = assertThrows(RuleViolationException.class, s::submit);
        assertTrue(ProjectSheetTest.fields(e).contains("areas"));
        assertEquals(SheetStatus.DRAFT, s.getStatus());
    }

    @Test
    void staleAfterTwoYearsWithoutReviewAndRemindedMonthly() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        ProjectSheet s = draft();
        s.assignAuthor(7L);
        s.publish();
        assertFalse(s.isStale(now));
        s.reviewedOn(now.minusMonths(ProjectSheet.STALE_AFTER_MONTHS).minusDays(1));
        assertTrue(s.isStale(now));
        assertTrue(s.staleReminderDue(now));
        s.staleReminderSent(now);
        assertFalse(s.staleReminderDue(now.plusDays(ProjectSheet.REMIND_EVERY_DAYS - 1)));
        assertTrue(s.staleReminderDue(now.plusDays(ProjectSheet.REMIND_EVERY_DAYS + 1)));
        s.publish();
        assertFalse(s.isStale(now), "a new review clears the flag");
    }

    @Test
    void withoutAnAuthorNobodyIsReminded() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        ProjectSheet s = draft();
        s.publish();
        s.reviewedOn(now.minusYears(3));
        assertTrue(s.isStale(now));
        assertFalse(s.staleReminderDue(now));
    }

    @Test
    void aContactWhoWithdrawsConsentIsRemoved() {
        ProjectSheet s = draft();
        assertFalse(s.removeContact("nobody@example.org"));
        assertTrue(s.removeContact("ANNA@example.org"));
        assertEquals(List.of(), s.getContacts());
    }

    @Test
    void theAuthorIsSetOnce() {
        ProjectSheet s = draft();
        s.assignAuthor(3L);
        s.assignAuthor(4L);
        assertEquals(3L, s.getAuthorId());
        s.forgetAuthor();
        assertNull(s.getAuthorId());
    }
}
