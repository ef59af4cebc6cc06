package cat.digicanvis.portal.web.support;

/** Searching a page's UTF-8 bytes for ASCII markers (nonces, regions) without decoding the page. */
final class Bytes {

    private Bytes() {
    }

    /** Where {@code what} first stands in {@code page} at or after {@code from}; -1 if nowhere. */
    static int indexOf(byte[] page, byte[] what, int from) {
        for (int i = Math.max(0, from); i <= page.length - what.length; i++) {
            if (page[i] == what[0] && java.util.Arrays.equals(page, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }
}
