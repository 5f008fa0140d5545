package dev.gonet.http;

import java.nio.charset.StandardCharsets;

/**
 * Byte-level helpers shared by the codec: RFC 9110 token table, control characters, ASCII case
 * folding, and Go's {@code strconv.Quote} for error texts. Everything works on bytes or on
 * chars below 0x80 so the codec never depends on locale or regex (TeaVM has neither reliably).
 */
final class Ascii {
    private Ascii() {
    }

    /** RFC 9110 §5.6.2 tchar; a copy of Go's {@code isTokenTable}. */
    private static final boolean[] TOKEN = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            TOKEN[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            TOKEN[c] = true;
            TOKEN[c - 'a' + 'A'] = true;
        }
        for (char c : "!#$%&'*+-.^_`|~".toCharArray()) {
            TOKEN[c] = true;
        }
    }

    static boolean isToken(int c) {
        return c >= 0 && c < 128 && TOKEN[c];
    }

    /** Whether {@code s} is a non-empty RFC 9110 token (method, field name, coding name). */
    static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isToken(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Go's httpguts {@code isCTL}: octets 0-31 and DEL. */
    static boolean isCTL(int b) {
        return (b >= 0 && b < 0x20) || b == 0x7f;
    }

    static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    /** Go's {@code ascii.EqualFold}: case-insensitive for ASCII letters only. */
    static boolean equalFold(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (lower(a.charAt(i)) != lower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String toLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] out = s.toCharArray();
                for (int j = i; j < out.length; j++) {
                    out[j] = (char) lower(out[j]);
                }
                return new String(out);
            }
        }
        return s;
    }

    /** Go's {@code textproto.TrimString}: strips SP, HTAB, CR and LF at both ends. */
    static String trimString(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        while (n > i && isSpace(s.charAt(n - 1))) {
            n--;
        }
        return s.substring(i, n);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /** Value of a hex digit, or -1. */
    static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Decodes wire bytes as UTF-8; pure ASCII (the common case) skips the decoder. */
    static String string(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (b[i] < 0) {
                return new String(b, off, len, StandardCharsets.UTF_8);
            }
        }
        char[] c = new char[len];
        for (int i = 0; i < len; i++) {
            c[i] = (char) b[off + i];
        }
        return new String(c);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Go's {@code strconv.Quote} for the strings this package puts into error texts: quotes,
     * escapes {@code "} and {@code \}, writes controls as {@code \n}, {@code \x00}, ... Non-ASCII
     * code points are copied (Go would escape unprintable ones; error texts only, never parsed).
     */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case 7 -> b.append("\\a");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case 11 -> b.append("\\v");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        b.append("\\x").append(HEX_LOWER.charAt(c >> 4)).append(HEX_LOWER.charAt(c & 15));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static final String HEX_LOWER = "0123456789abcdef";

    /** Go's %q of a []string: {@code ["a" "b"]}. */
    static String quoteList(java.util.List<String> l) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(quote(l.get(i)));
        }
        return b.append(']').toString();
    }

    /** Orders strings as Go's {@code sort.Strings} does: by UTF-8 bytes, i.e. by code points. */
    static int compareGo(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return ca < cb ? -1 : 1;
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
