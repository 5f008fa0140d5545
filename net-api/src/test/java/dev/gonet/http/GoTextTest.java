package dev.gonet.http;

import static dev.gonet.http.Failures.q;

import org.junit.jupiter.api.Test;

/**
 * Byte strings and Go's {@code strconv.Quote}: expectations from Go. Byte strings are Java
 * strings with one char per byte.
 */
class GoTextTest {
    /** Byte string, Go's strconv.Quote of it (as a byte string). */
    private static final String[][] QUOTE = {
        {"", "\"\""},
        {"abc", "\"abc\""},
        {"a\"b", "\"a\\\"b\""},
        {"a\\b", "\"a\\\\b\""},
        {"\007\b\f\n\r\t\013", "\"\\a\\b\\f\\n\\r\\t\\v\""},
        {"\000\037\177", "\"\\x00\\x1f\\x7f\""},
        {"\u00c3\u00a9", "\"\u00c3\u00a9\""},
        {"\u00c2\u00a0", "\"\\u00a0\""},
        {"\u00c2\u00ad", "\"\\u00ad\""},
        {"\u00e2\u0080\u00a8", "\"\\u2028\""},
        {"\u00f0\u009f\u0098\u0080", "\"\u00f0\u009f\u0098\u0080\""},
        {"\u00ff", "\"\\xff\""},
        {"\u00e2\u0082", "\"\\xe2\\x82\""},
        {"\u00ed\u00a0\u0080", "\"\\xed\\xa0\\x80\""},
        {"\u00f4\u0090\u0080\u0080", "\"\\xf4\\x90\\x80\\x80\""},
        {"\u00c0\u0080", "\"\\xc0\\x80\""},
        {"\u00e6\u0097\u00a5\u00e6\u009c\u00ac", "\"\u00e6\u0097\u00a5\u00e6\u009c\u00ac\""},
        {"\u00cc\u0081", "\"\u00cc\u0081\""},
        {"\u00ef\u00bf\u00bd", "\"\u00ef\u00bf\u00bd\""},
        {"\u00f3\u00a0\u0080\u0081", "\"\\U000e0001\""},
    };

    @Test
    void quote() {
        Failures f = new Failures();
        for (String[] row : QUOTE) {
            f.row();
            f.expect("strconv.Quote(" + GoText.quote(row[0]) + ")", GoText.quote(row[0]), row[1]);
        }
        f.done(20);
    }

    /** Text, what the error log writes of it: itself when all printable and not quote-led, else %q. */
    private static final String[][] LOG_TEXT = {
        {"", "\"\""},
        {"GET /a b?c=d", "GET /a b?c=d"},
        {"open /x: not a directory", "open /x: not a directory"},
        {"say \"hi\" \\ there", "say \"hi\" \\ there"},
        {"\"quoted\"", "\"\\\"quoted\\\"\""},
        {"é 日本 \ud83d\ude00", "é 日本 \ud83d\ude00"},
        {"a\nhttp: forged", "\"a\\nhttp: forged\""},
        {"a\r\nb", "\"a\\r\\nb\""},
        {"tab\there", "\"tab\\there\""},
        {"esc\u001b[31m", "\"esc\\x1b[31m\""},
        {"nel\u0085", "\"nel\\u0085\""},
        {"ls\u2028ps\u2029", "\"ls\\u2028ps\\u2029\""},
        {"del\u007f", "\"del\\x7f\""},
        {"lone\ud800", "\"lone\ufffd\""},
    };

    @Test
    void logText() {
        Failures f = new Failures();
        for (String[] row : LOG_TEXT) {
            f.row();
            f.expect("logText(" + GoText.quoteText(row[0]) + ")", GoText.logText(row[0]), row[1]);
        }
        f.done(LOG_TEXT.length);
    }

    /** Text, its UTF-8 bytes (a lone surrogate is encoded as U+FFFD, Go's replacement). */
    private static final String[][] BYTES = {
        {"", ""},
        {"abc", "abc"},
        {"é", "\u00c3\u00a9"},
        {"日本", "\u00e6\u0097\u00a5\u00e6\u009c\u00ac"},
        {"\ud83d\ude00", "\u00f0\u009f\u0098\u0080"},
        {"\u0000\u007f\u0080\u07ff\u0800\uffff", "\000\177\u00c2\u0080\u00df\u00bf\u00e0\u00a0\u0080\u00ef\u00bf\u00bf"},
        {"a\ud800b", "a\u00ef\u00bf\u00bdb"},
        {"\udc00", "\u00ef\u00bf\u00bd"},
        {null, ""},
    };

    @Test
    void bytes() {
        Failures f = new Failures();
        for (String[] row : BYTES) {
            f.row();
            f.expect("bytes(" + q(row[0]) + ")", GoText.quote(GoText.bytes(row[0])), GoText.quote(row[1]));
        }
        f.done(9);
    }

    /** Byte string, its text as Go's []rune conversion decodes it (one U+FFFD per bad byte). */
    private static final String[][] TEXT = {
        {"", ""},
        {"abc", "abc"},
        {"\u00c3\u00a9", "é"},
        {"\u00e2\u0082\u00ac", "€"},
        {"\u00f0\u009f\u0098\u0080", "\ud83d\ude00"},
        {"a\u00ffb", "a\ufffdb"},
        {"\u00e2\u0082", "\ufffd\ufffd"}, // truncated: Java's decoder would give one
        {"\u00ed\u00a0\u0080", "\ufffd\ufffd\ufffd"}, // a surrogate's encoding
        {"\u00f4\u0090\u0080\u0080", "\ufffd\ufffd\ufffd\ufffd"}, // above U+10FFFF
        {"\u00c0\u0080", "\ufffd\ufffd"}, // overlong
        {"\u00e0\u0080\u0080", "\ufffd\ufffd\ufffd"}, // overlong
        {"\u00f0\u0080\u0080\u0080", "\ufffd\ufffd\ufffd\ufffd"}, // overlong
        {"\u00c2", "\ufffd"},
        {"\u00c2a", "\ufffda"},
        {"\u0080", "\ufffd"},
        {"\u00f5\u0080\u0080\u0080", "\ufffd\ufffd\ufffd\ufffd"},
    };

    @Test
    void text() {
        Failures f = new Failures();
        for (String[] row : TEXT) {
            f.row();
            f.expect("text(" + GoText.quote(row[0]) + ")", q(GoText.text(row[0])), q(row[1]));
        }
        f.done(16);
    }

    @Test
    void textOfBytesRoundTrips() {
        // Every valid text survives bytes then text, across the BMP and beyond.
        Failures f = new Failures();
        StringBuilder all = new StringBuilder();
        for (int cp = 0; cp <= 0x10FFFF; cp += cp < 0x3000 ? 1 : 0x101) {
            if (cp < 0xD800 || cp > 0xDFFF) {
                all.appendCodePoint(cp);
            }
        }
        f.row();
        String s = all.toString();
        f.expect("text(bytes(all)) equals all", GoText.text(GoText.bytes(s)).equals(s), true);
        f.done(1);
    }

    @Test
    void isPrintMatchesGoOnLatin1() {
        // strconv.IsPrint's Latin-1 fast path: space through '~', and U+00A1 up except U+00AD.
        Failures f = new Failures();
        for (int r = 0; r <= 0xFF; r++) {
            f.row();
            boolean want = r >= 0x20 && r <= 0x7E || r >= 0xA1 && r != 0xAD;
            f.expect("IsPrint(U+" + Integer.toHexString(r) + ")", GoText.isPrint(r), want);
        }
        f.done(256);
    }
}
