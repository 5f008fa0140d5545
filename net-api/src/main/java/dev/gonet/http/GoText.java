package dev.gonet.http;

/**
 * Go's string model for the router: a "byte string" is a Java {@code String} whose every char is
 * one byte (0..255), exactly like a Go {@code string}. Routing works on byte strings so that
 * offsets in error messages count bytes, percent-decoding can produce any byte, and comparisons
 * are byte-for-byte, all as in Go. Text enters through {@link #bytes} (UTF-8) and leaves through
 * {@link #text} (UTF-8 decoding with Go's one-U+FFFD-per-bad-byte rule).
 *
 * <p>Also Go's {@code strconv.Quote} ({@code %q}), which every error message uses.
 */
final class GoText {
    private GoText() {
    }

    private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();

    /** UTF-8 encodes {@code s} into a byte string; a lone surrogate becomes U+FFFD, as Go would. */
    static String bytes(String s) {
        if (s == null) {
            return "";
        }
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 0x80) {
            i++;
        }
        if (i == n) {
            return s; // ASCII: the common case needs no copy
        }
        StringBuilder b = new StringBuilder(n + 16);
        b.append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            appendRune(b, cp);
        }
        return b.toString();
    }

    /** Appends the UTF-8 bytes of a valid code point, one char per byte. */
    static void appendRune(StringBuilder b, int cp) {
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

    /** Decodes a byte string as UTF-8 the way Go's {@code for range} does. */
    static String text(String bs) {
        int n = bs.length();
        int i = 0;
        while (i < n && bs.charAt(i) < 0x80) {
            i++;
        }
        if (i == n) {
            return bs;
        }
        StringBuilder b = new StringBuilder(n);
        b.append(bs, 0, i);
        while (i < n) {
            int d = decodeRune(bs, i);
            b.appendCodePoint(d & 0x1FFFFF);
            i += d >>> 24;
        }
        return b.toString();
    }

    /**
     * Go's {@code utf8.DecodeRuneInString} on {@code s[i:]}: the rune in the low 21 bits and its
     * width in the top 8 bits. Invalid input (bad lead, bad continuation, overlong, surrogate,
     * above U+10FFFF, truncated) decodes as U+FFFD of width 1.
     */
    static int decodeRune(String s, int i) {
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

    /** Go's {@code strconv.Quote} of a byte string, returned as a byte string. */
    static String quote(String bs) {
        StringBuilder b = new StringBuilder(bs.length() + 2);
        b.append('"');
        int n = bs.length();
        for (int i = 0; i < n; ) {
            int d = decodeRune(bs, i);
            int width = d >>> 24;
            int r = d & 0x1FFFFF;
            if (width == 1 && r == 0xFFFD) {
                // An invalid byte: Go writes it as \x escape, never as U+FFFD.
                int c = bs.charAt(i);
                b.append("\\x").append(LOWER_HEX[c >> 4]).append(LOWER_HEX[c & 0xF]);
                i++;
                continue;
            }
            i += width;
            appendEscapedRune(b, r);
        }
        return b.append('"').toString();
    }

    /** Go's {@code %q} of text: quote of its UTF-8 bytes, decoded back to text. */
    static String quoteText(String s) {
        return text(quote(bytes(s)));
    }

    /**
     * Text from a request (or from an exception that may quote one) as the error log writes it:
     * the text itself when it is all printable runes ({@link #isPrint}) and does not start with
     * {@code "}, else its Go quoting ({@link #quoteText}). So a {@code %0a} in a URL cannot
     * start a forged log line, nor CR, ESC, NEL or U+2028 reach a terminal or a log viewer;
     * and a logged text that starts with a quote is always a quoted one.
     */
    static String logText(String s) {
        if (s.isEmpty() || s.charAt(0) == '"') {
            return quoteText(s);
        }
        for (int i = 0; i < s.length(); ) {
            int r = s.codePointAt(i);
            if (!isPrint(r)) {
                return quoteText(s);
            }
            i += Character.charCount(r);
        }
        return s;
    }

    private static void appendEscapedRune(StringBuilder b, int r) {
        if (r == '"' || r == '\\') {
            b.append('\\').append((char) r);
            return;
        }
        if (isPrint(r)) {
            appendRune(b, r);
            return;
        }
        switch (r) {
            case 0x07 -> b.append("\\a");
            case '\b' -> b.append("\\b");
            case '\f' -> b.append("\\f");
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append("\\t");
            case 0x0B -> b.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7F) {
                    b.append("\\x").append(LOWER_HEX[r >> 4]).append(LOWER_HEX[r & 0xF]);
                } else if (r < 0x10000) {
                    b.append("\\u");
                    for (int s = 12; s >= 0; s -= 4) {
                        b.append(LOWER_HEX[r >> s & 0xF]);
                    }
                } else {
                    b.append("\\U");
                    for (int s = 28; s >= 0; s -= 4) {
                        b.append(LOWER_HEX[r >> s & 0xF]);
                    }
                }
            }
        }
    }

    /**
     * Go's {@code strconv.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII
     * space. The Unicode tables are Java's rather than Go's (Go 1.22 has Unicode 15.0).
     */
    static boolean isPrint(int r) {
        if (r <= 0xFF) {
            if (r >= 0x20 && r <= 0x7E) {
                return true;
            }
            return r >= 0xA1 && r != 0xAD;
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
}
