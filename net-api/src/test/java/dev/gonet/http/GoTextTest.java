package dev.gonet.http;

import static dev.gonet.http.Failures.q;

import dev.gonet.internal.Ascii;
import org.junit.jupiter.api.Test;

/**
 * Byte strings and the error log's text: expectations from Go. Byte strings are Java strings
 * with one char per byte. Go's quoting itself is {@code dev.gonet.internal.Ascii}'s (AsciiTest).
 */
class GoTextTest {
    private record LogTextCase(String in, String want) {
    }

    /** Text, what the error log writes of it: itself when all printable and not quote-led, else %q. */
    private static final LogTextCase[] LOG_TEXT = {
        new LogTextCase("", "\"\""),
        new LogTextCase("GET /a b?c=d", "GET /a b?c=d"),
        new LogTextCase("open /x: not a directory", "open /x: not a directory"),
        new LogTextCase("say \"hi\" \\ there", "say \"hi\" \\ there"),
        new LogTextCase("\"quoted\"", "\"\\\"quoted\\\"\""),
        new LogTextCase("é 日本 \ud83d\ude00", "é 日本 \ud83d\ude00"),
        new LogTextCase("a\nhttp: forged", "\"a\\nhttp: forged\""),
        new LogTextCase("a\r\nb", "\"a\\r\\nb\""),
        new LogTextCase("tab\there", "\"tab\\there\""),
        new LogTextCase("esc\u001b[31m", "\"esc\\x1b[31m\""),
        new LogTextCase("nel\u0085", "\"nel\\u0085\""),
        new LogTextCase("ls\u2028ps\u2029", "\"ls\\u2028ps\\u2029\""),
        new LogTextCase("del\u007f", "\"del\\x7f\""),
        new LogTextCase("lone\ud800", "\"lone\ufffd\""),
    };

    @Test
    void logText() {
        Failures f = new Failures();
        for (LogTextCase row : LOG_TEXT) {
            f.row();
            f.expect("logText(" + Ascii.quote(row.in()) + ")", GoText.logText(row.in()), row.want());
        }
        f.done(LOG_TEXT.length);
    }

    private record BytesCase(String in, String want) {
    }

    /** Text, its UTF-8 bytes (a lone surrogate is encoded as U+FFFD, Go's replacement). */
    private static final BytesCase[] BYTES = {
        new BytesCase("", ""),
        new BytesCase("abc", "abc"),
        new BytesCase("é", "\u00c3\u00a9"),
        new BytesCase("日本", "\u00e6\u0097\u00a5\u00e6\u009c\u00ac"),
        new BytesCase("\ud83d\ude00", "\u00f0\u009f\u0098\u0080"),
        new BytesCase("\u0000\u007f\u0080\u07ff\u0800\uffff",
            "\000\177\u00c2\u0080\u00df\u00bf\u00e0\u00a0\u0080\u00ef\u00bf\u00bf"),
        new BytesCase("a\ud800b", "a\u00ef\u00bf\u00bdb"),
        new BytesCase("\udc00", "\u00ef\u00bf\u00bd"),
        new BytesCase(null, ""),
    };

    @Test
    void bytes() {
        Failures f = new Failures();
        for (BytesCase row : BYTES) {
            f.row();
            f.expect("bytes(" + q(row.in()) + ")", Ascii.quoteBytes(GoText.bytes(row.in())), Ascii.quoteBytes(row.want()));
        }
        f.done(9);
    }

    private record TextCase(String in, String want) {
    }

    /** Byte string, its text as Go's []rune conversion decodes it (one U+FFFD per bad byte). */
    private static final TextCase[] TEXT = {
        new TextCase("", ""),
        new TextCase("abc", "abc"),
        new TextCase("\u00c3\u00a9", "é"),
        new TextCase("\u00e2\u0082\u00ac", "€"),
        new TextCase("\u00f0\u009f\u0098\u0080", "\ud83d\ude00"),
        new TextCase("a\u00ffb", "a\ufffdb"),
        new TextCase("\u00e2\u0082", "\ufffd\ufffd"), // truncated: Java's decoder would give one
        new TextCase("\u00ed\u00a0\u0080", "\ufffd\ufffd\ufffd"), // a surrogate's encoding
        new TextCase("\u00f4\u0090\u0080\u0080", "\ufffd\ufffd\ufffd\ufffd"), // above U+10FFFF
        new TextCase("\u00c0\u0080", "\ufffd\ufffd"), // overlong
        new TextCase("\u00e0\u0080\u0080", "\ufffd\ufffd\ufffd"), // overlong
        new TextCase("\u00f0\u0080\u0080\u0080", "\ufffd\ufffd\ufffd\ufffd"), // overlong
        new TextCase("\u00c2", "\ufffd"),
        new TextCase("\u00c2a", "\ufffda"),
        new TextCase("\u0080", "\ufffd"),
        new TextCase("\u00f5\u0080\u0080\u0080", "\ufffd\ufffd\ufffd\ufffd"),
    };

    @Test
    void text() {
        Failures f = new Failures();
        for (TextCase row : TEXT) {
            f.row();
            f.expect("text(" + Ascii.quoteBytes(row.in()) + ")", q(GoText.text(row.in())), q(row.want()));
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
