package cat.digicanvis.portal.domain.model.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cat.digicanvis.portal.domain.shared.RuleViolationException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void findsHandlesAsWordsOfTheirOwnInOrder() {
        assertEquals(List.of("nuria.puig", "jordi"), List.copyOf(Mentions.in(
                "Hola @Nuria.Puig, ho vas fer amb @jordi? I @nuria.puig altra vegada.")));
    }

    @Test
    void aSentenceMayEndRightAfterTheHandle() {
        assertEquals(List.of("anna.vidal"), List.copyOf(Mentions.in("Pregunteu-ho a @anna.vidal.")));
    }

    @Test
    void emailAddressesAndCodeAreNotMentions() {
        String text = "Escriviu a info@olot.cat o mireu `@admin` i\n\n```\n@root fa això\n```\n\n    @indented\n\nperò @marta sí";
        assertEquals(List.of("marta"), List.copyOf(Mentions.in(text)));
    }

    @Test
    void nothingWithoutAnAt() {
        assertTrue(Mentions.in("cap menció aquí").isEmpty());
        assertTrue(Mentions.in(null).isEmpty());
        assertTrue(Mentions.in("@ sol").isEmpty());
    }

    @Test
    void newcomersMayMentionTwoPeoplePerPost() {
        PostingLimits.History none = new PostingLimits.History(null, null, 0, null, 0, null, null, null, null);
        LocalDateTime now = LocalDateTime.of(2026, 12, 1, 10, 0);
        PostingLimits.checkPost(none, true, false, 0, "Ho heu provat, @anna i @pere? Ho pregunto.", now);
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> PostingLimits.checkPost(none, true,
                false, 0, "Ho heu provat, @anna, @pere i @marta? Ho pregunto.", now));
        assertEquals("validation.forum.newcomerMentions", e.violations().get(0).messageKey());
        // members have no such limit
        PostingLimits.checkPost(none, false, false, 0, "Ho heu provat, @anna, @pere i @marta? Ho pregunto.", now);
    }
}
