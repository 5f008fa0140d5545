package dev.gonet.http.internal;

import dev.gonet.http.Header;
import dev.gonet.internal.Ascii;

/**
 * The strings of one connection's heads, so that a head like the one before it costs no new
 * strings: common field names and methods come from constant tables (matched on the bytes, case
 * folded for names), and the values of common fields and the request target are reused when a
 * head repeats the previous head's bytes for them, as keep-alive requests from one client do
 * (the same Host, User-Agent, Accept ...). Only pure-ASCII bytes are reused, whose decoding is
 * the bytes themselves; anything else is decoded anew by {@link Ascii#string}.
 *
 * <p>One per {@link Http1Reader}, so per connection; not thread-safe.
 */
final class HeadStrings {
    /**
     * Size of the value cache: the last value of each of the first SLOTS common fields, and of
     * the others by index modulo SLOTS (a power of two). Small, as every connection has one,
     * idle ones included (about 100 bytes, and the strings it holds).
     */
    private static final int SLOTS = 16;

    /**
     * Canonical names of the fields most requests and responses carry ({@link FieldNames#COMMON});
     * the first {@link #SLOTS} are the ones whose values a client repeats most (each has its own
     * slot in the value cache).
     */
    private static final String[] COMMON = FieldNames.COMMON.toArray(new String[0]);
    /** Lower-cased {@link #COMMON}, for matching. */
    private static final String[] LOWER = new String[COMMON.length];
    /** Indexes into {@link #COMMON} by name length. */
    private static final int[][] BY_LENGTH;
    /** Request methods, case-sensitive. */
    private static final String[] METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "CONNECT",
        "TRACE"};

    static {
        if (COMMON.length > 126 || !COMMON[SLOTS - 1].equals("Upgrade-Insecure-Requests")) {
            throw new AssertionError("HeadStrings.COMMON out of order");
        }
        int max = 0;
        for (int i = 0; i < COMMON.length; i++) {
            if (!Header.canonicalKey(COMMON[i]).equals(COMMON[i])) {
                throw new AssertionError("not canonical: " + COMMON[i]);
            }
            LOWER[i] = COMMON[i].toLowerCase(java.util.Locale.ROOT);
            max = Math.max(max, COMMON[i].length());
        }
        BY_LENGTH = new int[max + 1][];
        for (int len = 0; len <= max; len++) {
            int count = 0;
            for (String c : COMMON) {
                count += c.length() == len ? 1 : 0;
            }
            int[] idx = new int[count];
            int k = 0;
            for (int i = 0; i < COMMON.length; i++) {
                if (COMMON[i].length() == len) {
                    idx[k++] = i;
                }
            }
            BY_LENGTH[len] = idx;
        }
    }

    private final String[] lastValue = new String[SLOTS];
    /** {@code lastValue[s]} belongs to common field {@code lastField[s] - 1}; 0 for none. */
    private final byte[] lastField = new byte[SLOTS];
    private String lastTarget;

    /**
     * The index of the common field named by the token bytes {@code b[0..n)} in any case, or -1.
     * (Token bytes only: the case fold {@code | 0x20} could confuse a few other bytes.)
     */
    static int common(byte[] b, int n) {
        if (n >= BY_LENGTH.length) {
            return -1;
        }
        for (int i : BY_LENGTH[n]) {
            String lower = LOWER[i];
            int j = 0;
            while (j < n && (b[j] | 0x20) == lower.charAt(j)) {
                j++;
            }
            if (j == n) {
                return i;
            }
        }
        return -1;
    }

    /** The canonical name of common field {@code i}. */
    static String name(int i) {
        return COMMON[i];
    }

    /** The value bytes {@code b[from..to)} of common field {@code i}: the last one's string if the same. */
    String value(int i, byte[] b, int from, int to) {
        int slot = i & (SLOTS - 1);
        String last = lastValue[slot];
        if (lastField[slot] == i + 1 && sameAscii(last, b, from, to - from)) {
            return last;
        }
        String v = Ascii.string(b, from, to - from);
        lastValue[slot] = v;
        lastField[slot] = (byte) (i + 1);
        return v;
    }

    /** The request target {@code b[from..from+len)}: the last one's string if the same. */
    String target(byte[] b, int from, int len) {
        String last = lastTarget;
        if (last != null && sameAscii(last, b, from, len)) {
            return last;
        }
        return lastTarget = Ascii.string(b, from, len);
    }

    /** A method's constant string when {@code b[0..n)} is a standard method, else a new one. */
    static String method(byte[] b, int n) {
        for (String m : METHODS) {
            if (m.length() == n && sameAscii(m, b, 0, n)) {
                return m;
            }
        }
        return Ascii.string(b, 0, n);
    }

    /** Whether {@code s} is exactly the ASCII bytes {@code b[off..off+len)}. */
    static boolean sameAscii(String s, byte[] b, int off, int len) {
        if (s.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            int c = b[off + i];
            if (c < 0 || s.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }
}
