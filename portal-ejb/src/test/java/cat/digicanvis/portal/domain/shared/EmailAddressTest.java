package cat.digicanvis.portal.domain.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"nuria.puig@ajuntament.cat", "x+tag@sub.example.org", "o'brien@example.ie",
        "àlex@exemple.cat", "a_b-c@d-e.example.com", "forum+r0abc-def@it.digicanvis.test"})
    void realAddressesPass(String email) {
        assertTrue(EmailAddress.isValid(email), email);
    }

    /** One address only: a list, a display name or a group would reach other mailboxes. */
    @ParameterizedTest
    @ValueSource(strings = {"a@x.cat,b", "a@x.cat,b@y.cat", "a@x.cat;b@y.cat", "a@x.cat b@y.cat", "<a@x.cat>",
        "Anna <a@x.cat>", "\"a,b\"@x.cat", "a@x.cat\nBcc: b@y.cat", "group: a@x.cat;", "a@[127.0.0.1]", "a@x",
        "a..b@x.cat", ".a@x.cat", "a.@x.cat", "a@-x.cat", "a@x-.cat", "a@x.c4t", "@x.cat", "a@", ""})
    void listsAndOddFormsAreRefused(String email) {
        assertFalse(EmailAddress.isValid(email), email);
    }

    @Test
    void limitsOfLength() {
        assertTrue(EmailAddress.isValid("a".repeat(64) + "@x.cat"));
        assertFalse(EmailAddress.isValid("a".repeat(65) + "@x.cat"), "local part over 64");
        assertFalse(EmailAddress.isValid("a@" + "b".repeat(250) + ".cat"), "over 254 in all");
        assertFalse(EmailAddress.isValid(null));
    }
}
