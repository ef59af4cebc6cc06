package cat.digicanvis.portal.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    static String answer(String header, long size) {
        ByteRange.Answer a = ByteRange.of(header, size);
        return a.kind() + (a.range() == null ? "" : " " + a.range().first() + "-" + a.range().last());
    }

    @Test
    void theThreeFormsOfOneRange() {
        assertEquals("PART 0-99", answer("bytes=0-99", 1000));
        assertEquals("PART 900-999", answer("bytes=900-", 1000));
        assertEquals("PART 950-999", answer("bytes=-50", 1000));
        assertEquals("PART 990-999", answer("bytes=990-5000", 1000), "a last byte past the end is the end");
        assertEquals("PART 0-999", answer("bytes=-5000", 1000), "a suffix longer than the file is the file");
    }

    @Test
    void noRangeSeveralOrInvalidOnesGetTheWholeFile() {
        assertEquals("WHOLE 0-999", answer(null, 1000));
        assertEquals("WHOLE 0-999", answer("bytes=0-1,5-9", 1000));
        assertEquals("WHOLE 0-999", answer("bytes=50-10", 1000));
        assertEquals("WHOLE 0-999", answer("items=0-10", 1000));
        assertEquals("WHOLE 0-999", answer("bytes=-", 1000));
        assertEquals("WHOLE 0-999", answer("bytes=99999999999999999999-", 1000), "beyond a long");
    }

    @Test
    void aRangeBeyondTheEndCannotBeServed() {
        assertEquals("UNSATISFIABLE", answer("bytes=1000-", 1000));
        assertEquals("UNSATISFIABLE", answer("bytes=-0", 1000));
    }
}
