package dev.gonet.http.internal;

import dev.gonet.http.Header;
import dev.gonet.http.ProtocolException;
import dev.gonet.internal.Ascii;

/**
 * One field line ({@code name: value}, RFC 9112 §5) into a {@link Header}, with the strictness
 * shared by request heads, response heads and chunked trailers.
 *
 * <p>Stricter than Go 1.19's textproto where Go is lenient and the leniency has been used for
 * smuggling: the name must be a non-empty token with nothing between it and the colon
 * ({@code Host : x} is rejected, not stored under {@code "Host "}), and the value may hold no
 * control byte but HTAB (a bare CR or a NUL is rejected). Bytes 0x80-0xFF (obs-text) are kept,
 * decoded as UTF-8.
 */
final class Fields {
    private Fields() {
    }

    static final String MALFORMED_LINE = "malformed MIME header line";
    static final String INVALID_NAME = "invalid header name";
    static final String INVALID_VALUE = "invalid header value";

    /** Parses {@code b[0..n)} and adds it to {@code h}; returns the canonical key. */
    static String add(byte[] b, int n, Header h, int status) throws ProtocolException {
        return add(b, n, h, status, null);
    }

    /** As {@link #add(byte[], int, Header, int)}, common names and repeated values from {@code strings}. */
    static String add(byte[] b, int n, Header h, int status, HeadStrings strings) throws ProtocolException {
        int colon = -1;
        for (int i = 0; i < n; i++) {
            if (b[i] == ':') {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            throw new ProtocolException(status, MALFORMED_LINE, Ascii.string(b, 0, n));
        }
        if (colon == 0) {
            throw new ProtocolException(status, INVALID_NAME, "");
        }
        for (int i = 0; i < colon; i++) {
            if (!Ascii.isToken(b[i])) {
                throw new ProtocolException(status, INVALID_NAME, Ascii.string(b, 0, colon));
            }
        }
        int common = HeadStrings.common(b, colon);
        if (common < 0) {
            String key = Header.canonicalKey(Ascii.string(b, 0, colon));
            h.add(key, value(b, colon + 1, n, status, null, -1));
            return key;
        }
        String key = HeadStrings.name(common);
        h.add(key, value(b, colon + 1, n, status, strings, common));
        return key;
    }

    /**
     * Appends an obsolete line fold ({@code b[0..n)} starts with SP or HTAB) to the last value of
     * {@code key}, joined by one space, as RFC 9112 §5.2 asks of user agents.
     */
    static void unfold(byte[] b, int n, Header h, String key, int status) throws ProtocolException {
        java.util.List<String> vs = h.values(key);
        String last = vs.get(vs.size() - 1);
        String more = value(b, 0, n, status, null, -1);
        String joined = last.isEmpty() ? more : more.isEmpty() ? last : last + " " + more;
        java.util.List<String> copy = new java.util.ArrayList<>(vs);
        copy.set(copy.size() - 1, joined);
        h.del(key);
        for (String v : copy) {
            h.add(key, v);
        }
    }

    /** The value in {@code b[from..to)} with OWS trimmed; rejects control bytes but HTAB. */
    private static String value(byte[] b, int from, int to, int status, HeadStrings strings, int common)
            throws ProtocolException {
        while (from < to && (b[from] == ' ' || b[from] == '\t')) {
            from++;
        }
        while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) {
            to--;
        }
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xff;
            if (c != '\t' && Ascii.isCTL(c)) {
                throw new ProtocolException(status, INVALID_VALUE, Ascii.string(b, from, to - from));
            }
        }
        return strings != null ? strings.value(common, b, from, to) : Ascii.string(b, from, to - from);
    }
}
