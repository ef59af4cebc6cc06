package cat.digicanvis.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageCacheFilterTest {

    static String renew(String page, String old, String fresh) {
        return new String(PageCacheFilter.renew(page.getBytes(StandardCharsets.UTF_8), old, fresh), StandardCharsets.UTF_8);
    }

    @Test
    void everyNonceIsRenewedAndTheRestOfThePageKeptByteForByte() {
        String page = "<script nonce=\"AB/c=\">init('AB\\/c=')</script><p>Núria · 漢字 AB/c</p><i nonce=\"AB/c=\"></i>";
        assertEquals("<script nonce=\"XY/z=\">init('XY\\/z=')</script><p>Núria · 漢字 AB/c</p><i nonce=\"XY/z=\"></i>",
                renew(page, "AB/c=", "XY/z="));
    }

    @Test
    void aNonceOfAnotherLengthAndAPageWithoutOne() {
        assertEquals("a LONGER b LONGER", renew("a N b N", "N", "LONGER"));
        byte[] none = "no nonce here".getBytes(StandardCharsets.UTF_8);
        assertSame(none, PageCacheFilter.replace(none, "zz".getBytes(StandardCharsets.US_ASCII),
                "yy".getBytes(StandardCharsets.US_ASCII)), "unchanged pages are not copied");
        assertEquals("xx", renew("NN", "N", "x"), "adjacent occurrences");
    }
}
