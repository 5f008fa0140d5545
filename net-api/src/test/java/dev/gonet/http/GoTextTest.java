package dev.gonet.http;

import static dev.gonet.http.Failures.q;

import dev.gonet.internal.Ascii;
import org.junit.jupiter.api.Test;

/**
 * Byte strings and the error log's text: expectations from Go. Byte strings are Java strings
 * with one char per byte. Go's quoting itself is {@code dev.gonet.internal.Ascii}'s (AsciiTest).
 */
class GoTextTest {
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
            f.expect("logText(" + Ascii.quote(row[0]) + ")", GoText.logText(row[0]), row[1]);
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
            f.expect("bytes(" + q(row[0]) + ")", Ascii.quoteBytes(GoText.bytes(row[0])), Ascii.quoteBytes(row[1]));
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
            f.expect("text(" + Ascii.quoteBytes(row[0]) + ")", q(GoText.text(row[0])), q(row[1]));
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
}
