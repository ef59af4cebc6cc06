package cat.digicanvis.portal.web.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One range of a {@code Range: bytes=…} header (RFC 9110, 14.1.2): {@code first-last}, {@code first-} or
 * {@code -suffix}. Several ranges in one request are answered with the whole file, as the RFC allows.
 */
record ByteRange(long first, long last) {

    private static final Pattern ONE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    /** What a Range header asks of a file of {@code size} bytes. */
    enum Kind { WHOLE, PART, UNSATISFIABLE }

    record Answer(Kind kind, ByteRange range) {
    }

    long length() {
        return last - first + 1;
    }

    static Answer of(String header, long size) {
        if (header == null) {
            return new Answer(Kind.WHOLE, new ByteRange(0, size - 1));
        }
        Matcher m = ONE.matcher(header.strip());
        if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            // not one byte range we understand (several, other units): the whole file
            return new Answer(Kind.WHOLE, new ByteRange(0, size - 1));
        }
        long first;
        long last;
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            if (suffix == 0) {
                return new Answer(Kind.UNSATISFIABLE, null);
            }
            first = Math.max(0, size - suffix);
            last = size - 1;
        } else {
            first = Long.parseLong(m.group(1));
            long asked = m.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(m.group(2));
            if (asked < first) {
                // invalid: ignored, as the RFC says
                return new Answer(Kind.WHOLE, new ByteRange(0, size - 1));
            }
            last = Math.min(size - 1, asked);
        }
        if (first >= size) {
            return new Answer(Kind.UNSATISFIABLE, null);
        }
        return new Answer(Kind.PART, new ByteRange(first, last));
    }
}
