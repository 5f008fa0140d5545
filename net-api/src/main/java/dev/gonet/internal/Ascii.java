package dev.gonet.internal;

/**
 * Byte-level helpers shared by {@code dev.gonet.url}, {@code dev.gonet.http}, its wire codec and
 * its cookie jar, {@code dev.gonet.ws} and net-testkit: RFC 9110 token table, control characters,
 * ASCII case folding, UTF-8 bytes, and Go's {@code strconv.Quote} and {@code IsPrint} (the one
 * copy every package's error texts use). Everything works on bytes or on chars below 0x80 so no
 * parser depends on locale or regex (TeaVM has neither reliably).
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
     * Go's {@code strconv.Quote} ({@code %q}) of {@code s}'s UTF-8 bytes, as text: the one
     * quoting of gonet's error texts and logs. Printable runes ({@link #isPrint}) stay as they
     * are; {@code "} and {@code \} are escaped; the rest become {@code \a \b \f \n \r \t \v},
     * {@code \x1b}, <code>&#92;u2028</code>, {@code \U000e0001}, exactly as Go writes them. A lone
     * surrogate is quoted as U+FFFD, the rune Go holds for the bytes Java would encode it as.
     */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length();) {
            int r = s.codePointAt(i);
            i += Character.charCount(r);
            if (r >= 0xD800 && r <= 0xDFFF) {
                r = 0xFFFD;
            }
            appendQuotedRune(b, r, false);
        }
        return b.append('"').toString();
    }

    /**
     * {@link #quote} of a byte string (a {@code String} with one char per byte, 0-255, the way
     * the router keeps Go strings), returned as a byte string: printable runes stay as their
     * UTF-8 bytes, and each byte that starts no valid UTF-8 sequence is {@code \xNN}, as Go
     * quotes invalid UTF-8.
     */
    public static String quoteBytes(String bs) {
        StringBuilder b = new StringBuilder(bs.length() + 2).append('"');
        for (int i = 0; i < bs.length();) {
            int d = decodeRune(bs, i);
            int width = d >>> 24;
            int r = d & 0x1FFFFF;
            if (width == 1 && r == 0xFFFD) {
                int c = bs.charAt(i); // a bad byte, never the U+FFFD it decodes as
                b.append("\\x").append(HEX_LOWER.charAt(c >> 4)).append(HEX_LOWER.charAt(c & 15));
            } else {
                appendQuotedRune(b, r, true);
            }
            i += width;
        }
        return b.append('"').toString();
    }

    private static void appendQuotedRune(StringBuilder b, int r, boolean utf8Bytes) {
        if (r == '"' || r == '\\') {
            b.append('\\').append((char) r);
        } else if (isPrint(r)) {
            if (utf8Bytes) {
                appendRune(b, r);
            } else {
                b.appendCodePoint(r);
            }
        } else {
            switch (r) {
                case 7 -> b.append("\\a");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case 11 -> b.append("\\v");
                default -> {
                    if (r < ' ' || r == 0x7f) {
                        b.append("\\x").append(HEX_LOWER.charAt(r >> 4)).append(HEX_LOWER.charAt(r & 15));
                    } else {
                        int digits = r < 0x10000 ? 4 : 8;
                        b.append(digits == 4 ? "\\u" : "\\U");
                        for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) {
                            b.append(HEX_LOWER.charAt(r >> shift & 15));
                        }
                    }
                }
            }
        }
    }

    /**
     * Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII
     * space. Above Latin-1 the categories are Java's Unicode tables rather than Go's, which may
     * differ on runes assigned in a newer Unicode version than one of them knows.
     */
    public static boolean isPrint(int r) {
        if (r <= 0xFF) {
            return (r >= 0x20 && r <= 0x7E) || (r >= 0xA1 && r != 0xAD);
        }
        switch (Character.getType(r)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * Go's {@code utf8.DecodeRuneInString} on the byte string {@code s} from {@code i}: the rune
     * in the low 21 bits and its width in bytes in the top 8 bits. Invalid input (bad lead or
     * continuation byte, overlong form, surrogate, above U+10FFFF, truncated) is U+FFFD of
     * width 1.
     */
    public static int decodeRune(String s, int i) {
        int n = s.length();
        int c0 = s.charAt(i);
        if (c0 < 0x80) {
            return 1 << 24 | c0;
        }
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (c0 >= 0xC2 && c0 <= 0xDF) {
            need = 1;
        } else if (c0 >= 0xE0 && c0 <= 0xEF) {
            need = 2;
            if (c0 == 0xE0) {
                lo = 0xA0; // overlong otherwise
            } else if (c0 == 0xED) {
                hi = 0x9F; // surrogates otherwise
            }
        } else if (c0 >= 0xF0 && c0 <= 0xF4) {
            need = 3;
            if (c0 == 0xF0) {
                lo = 0x90;
            } else if (c0 == 0xF4) {
                hi = 0x8F; // above U+10FFFF otherwise
            }
        } else {
            return 1 << 24 | 0xFFFD;
        }
        if (i + need >= n) {
            return 1 << 24 | 0xFFFD;
        }
        int c1 = s.charAt(i + 1);
        if (c1 < lo || c1 > hi) {
            return 1 << 24 | 0xFFFD;
        }
        int r = c0 & (0x7F >> (need + 1));
        r = r << 6 | c1 & 0x3F;
        for (int k = 2; k <= need; k++) {
            int c = s.charAt(i + k);
            if (c < 0x80 || c > 0xBF) {
                return 1 << 24 | 0xFFFD;
            }
            r = r << 6 | c & 0x3F;
        }
        return (need + 1) << 24 | r;
    }

    /** Appends the UTF-8 bytes of the valid code point {@code cp} to a byte string, one char per byte. */
    public static void appendRune(StringBuilder b, int cp) {
        if (cp < 0x80) {
            b.append((char) cp);
        } else if (cp < 0x800) {
            b.append((char) (0xC0 | cp >> 6)).append((char) (0x80 | cp & 0x3F));
        } else if (cp < 0x10000) {
            b.append((char) (0xE0 | cp >> 12)).append((char) (0x80 | cp >> 6 & 0x3F))
                    .append((char) (0x80 | cp & 0x3F));
        } else {
            b.append((char) (0xF0 | cp >> 18)).append((char) (0x80 | cp >> 12 & 0x3F))
                    .append((char) (0x80 | cp >> 6 & 0x3F)).append((char) (0x80 | cp & 0x3F));
        }
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
