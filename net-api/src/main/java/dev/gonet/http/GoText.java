package dev.gonet.http;

import dev.gonet.internal.Ascii;

/**
 * Go's string model for the router: a "byte string" is a Java {@code String} whose every char is
 * one byte (0..255), exactly like a Go {@code string}. Routing works on byte strings so that
 * offsets in error messages count bytes, percent-decoding can produce any byte, and comparisons
 * are byte-for-byte, all as in Go. Text enters through {@link #bytes} (UTF-8) and leaves through
 * {@link #text} (UTF-8 decoding with Go's one-U+FFFD-per-bad-byte rule). Quoting is
 * {@link Ascii#quote} (text) and {@link Ascii#quoteBytes} (byte strings), shared with every
 * other package.
 */
final class GoText {
    private GoText() {
    }

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
            Ascii.appendRune(b, cp);
        }
        return b.toString();
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
            int d = Ascii.decodeRune(bs, i);
            b.appendCodePoint(d & 0x1FFFFF);
            i += d >>> 24;
        }
        return b.toString();
    }

    /**
     * Text from a request (or from an exception that may quote one) as the error log writes it:
     * the text itself when it is all printable runes ({@link Ascii#isPrint}) and does not start
     * with {@code "}, else its Go quoting ({@link Ascii#quote}). So a {@code %0a} in a URL
     * cannot start a forged log line, nor CR, ESC, NEL or U+2028 reach a terminal or a log
     * viewer; and a logged text that starts with a quote is always a quoted one.
     */
    static String logText(String s) {
        if (s.isEmpty() || s.charAt(0) == '"') {
            return Ascii.quote(s);
        }
        for (int i = 0; i < s.length(); ) {
            int r = s.codePointAt(i);
            if (!Ascii.isPrint(r)) {
                return Ascii.quote(s);
            }
            i += Character.charCount(r);
        }
        return s;
    }
}
