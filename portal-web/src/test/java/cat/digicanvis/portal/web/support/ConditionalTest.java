package cat.digicanvis.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConditionalTest {

    @Test
    void ifNoneMatchComparesWeakly() {
        String etag = Conditional.etag(7, "csv ca area=participation");
        assertTrue(Conditional.matches(etag, etag));
        assertTrue(Conditional.matches("\"x\", " + etag, etag));
        assertTrue(Conditional.matches(etag.substring(2), etag), "without W/");
        assertTrue(Conditional.matches("*", etag));
        assertFalse(Conditional.matches("\"x\"", etag));
    }

    @Test
    void anotherVersionOrRequestIsAnotherEtag() {
        assertNotEquals(Conditional.etag(7, "a"), Conditional.etag(8, "a"));
        assertNotEquals(Conditional.etag(7, "a"), Conditional.etag(7, "b"));
    }
}
