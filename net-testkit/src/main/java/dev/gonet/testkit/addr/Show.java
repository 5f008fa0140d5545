package dev.gonet.testkit.addr;

import dev.gonet.IP;
import dev.gonet.IPMask;
import dev.gonet.internal.Ascii;

/** Texts for case names and failure messages: Go's {@code %q}, and close to its {@code %v}. */
final class Show {
    /** Longer inputs are abbreviated in names; the length keeps the name unique and stable. */
    private static final int MAX = 48;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Show() {
    }

    /** Go's {@code %q} ({@link Ascii#quote}, gonet's one copy of it); long strings abbreviated. */
    static String q(String s) {
        if (s == null) {
            return "null";
        }
        if (s.length() <= MAX) {
            return Ascii.quote(s);
        }
        return Ascii.quote(s.substring(0, MAX - 16)) + "...(" + s.length() + " chars)";
    }

    /** An IP as Go's {@code %v} shows it; {@code null} as {@code null} (Go's nil, from ParseIP). */
    static String ip(IP ip) {
        return ip == null ? "null" : ip.toString();
    }

    /** Exact bytes, so that 4- and 16-byte forms of one address can be told apart. */
    static String bytes(IP ip) {
        return ip == null ? "null" : hex(ip.bytes()) + " (" + ip.length() + " bytes)";
    }

    static String mask(IPMask m) {
        return m == null ? "null" : m.toString();
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 2);
        for (byte x : b) {
            sb.append(HEX[(x >> 4) & 0xf]).append(HEX[x & 0xf]);
        }
        return sb.toString();
    }

    /** Whether two IPs hold exactly the same bytes (Go's reflect.DeepEqual), nulls included. */
    static boolean sameBytes(IP a, IP b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (a.byteAt(i) != b.byteAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Fails with {@code what = got, want want}, showing bytes when the texts alone look equal. */
    static void sameIP(String what, IP got, IP want) {
        if (sameBytes(got, want)) {
            return;
        }
        String g = ip(got);
        String w = ip(want);
        if (g.equals(w)) {
            g = bytes(got);
            w = bytes(want);
        }
        throw new AssertionError(what + " = " + g + ", want " + w);
    }

    static void sameMask(String what, IPMask got, IPMask want) {
        boolean same = got == null ? want == null : got.equals(want);
        if (!same) {
            throw new AssertionError(what + " = " + mask(got) + ", want " + mask(want));
        }
    }
}
