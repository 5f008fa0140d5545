package dev.gonet.internal;

/**
 * Byte-level helpers shared by {@code dev.gonet.url}, {@code dev.gonet.http}, its wire codec and
 * its cookie jar: RFC 9110 token table, control characters, ASCII case folding, UTF-8 bytes, and
 * Go's {@code strconv.Quote} for error texts. Everything works on bytes or on chars below 0x80 so
 * no parser depends on locale or regex (TeaVM has neither reliably).
 */
public final class Ascii {
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

    public static boolean isToken(int c) {
        return c >= 0 && c < 128 && TOKEN[c];
    }

    /** Whether {@code s} is a non-empty RFC 9110 token (method, field name, coding name). */
    public static boolean isToken(String s) {
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
    public static boolean isCTL(int b) {
        return (b >= 0 && b < 0x20) || b == 0x7f;
    }

    public static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    /** Go's {@code ascii.EqualFold}: case-insensitive for ASCII letters only. */
    public static boolean equalFold(String a, String b) {
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

    public static String toLower(String s) {
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
    public static String trimString(String s) {
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
    public static int hexValue(int c) {
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

    /**
     * Decodes wire bytes as UTF-8; pure ASCII (the common case) is copied straight. Each byte
     * of an invalid sequence becomes U+FFFD, as Go does when it ranges over a string.
     * Hand-written so the codec needs nothing from {@code java.nio}.
     */
    public static String string(byte[] b, int off, int len) {
        char[] c = new char[len];
        int n = 0;
        int end = off + len;
        for (int i = off; i < end;) {
            int b0 = b[i] & 0xff;
            if (b0 < 0x80) {
                c[n++] = (char) b0;
                i++;
                continue;
            }
            int need = b0 >= 0xf5 ? -1 : b0 >= 0xf0 ? 3 : b0 >= 0xe0 ? 2 : b0 >= 0xc2 ? 1 : -1;
            int cp = need == 3 ? b0 & 0x07 : need == 2 ? b0 & 0x0f : b0 & 0x1f;
            int j = 1;
            while (need > 0 && j <= need && i + j < end && (b[i + j] & 0xc0) == 0x80) {
                cp = cp << 6 | (b[i + j] & 0x3f);
                j++;
            }
            boolean ok = need > 0 && j == need + 1 && !(need == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)))
                    && !(need == 3 && (cp < 0x10000 || cp > 0x10ffff));
            if (!ok) {
                c[n++] = '\ufffd';
                i++;
                continue;
            }
            if (cp >= 0x10000) {
                if (n + 2 > c.length) {
                    c = java.util.Arrays.copyOf(c, c.length + 2);
                }
                c[n++] = Character.highSurrogate(cp);
                c[n++] = Character.lowSurrogate(cp);
            } else {
                c[n++] = (char) cp;
            }
            i += need + 1;
        }
        return new String(c, 0, n);
    }

    /** UTF-8 bytes of {@code s}; an unpaired surrogate is written as U+FFFD, as Go writes invalid runes. */
    public static byte[] bytes(String s) {
        int n = s.length();
        byte[] out = new byte[n];
        int w = 0;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch < 0x80) {
                if (w == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2 + 4);
                }
                out[w++] = (byte) ch;
                continue;
            }
            int cp = ch;
            if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(ch, s.charAt(++i));
            } else if (Character.isSurrogate(ch)) {
                cp = 0xfffd;
            }
            if (w + 4 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2 + 4);
            }
            if (cp < 0x800) {
                out[w++] = (byte) (0xc0 | cp >> 6);
            } else if (cp < 0x10000) {
                out[w++] = (byte) (0xe0 | cp >> 12);
                out[w++] = (byte) (0x80 | (cp >> 6 & 0x3f));
            } else {
                out[w++] = (byte) (0xf0 | cp >> 18);
                out[w++] = (byte) (0x80 | (cp >> 12 & 0x3f));
                out[w++] = (byte) (0x80 | (cp >> 6 & 0x3f));
            }
            out[w++] = (byte) (0x80 | (cp & 0x3f));
        }
        return w == out.length ? out : java.util.Arrays.copyOf(out, w);
    }

    /**
     * Go's {@code strconv.Quote} for the strings this package puts into error texts: quotes,
     * escapes {@code "} and {@code \}, writes controls as {@code \n}, {@code \x00}, ... Non-ASCII
     * code points are copied (Go would escape unprintable ones; error texts only, never parsed).
     */
    public static String quote(String s) {
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

    private static final String HEX_LOWER = "0123456789abcdef";

    /** Go's %q of a []string: {@code ["a" "b"]}. */
    public static String quoteList(java.util.List<String> l) {
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
    public static int compareGo(String a, String b) {
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
