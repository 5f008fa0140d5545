package dev.gonet.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written UTF-8 codec, Go's quoting, and the token table. */
class AsciiTest {

    @Test
    void utf8AgreesWithTheJdkOnValidText() {
        Random rnd = new Random(3);
        for (int i = 0; i < 5000; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = rnd.nextInt(20); j > 0; j--) {
                int cp;
                do {
                    cp = switch (rnd.nextInt(4)) {
                        case 0 -> rnd.nextInt(0x80);
                        case 1 -> 0x80 + rnd.nextInt(0x780);
                        case 2 -> 0x800 + rnd.nextInt(0xf800);
                        default -> 0x10000 + rnd.nextInt(0x100000);
                    };
                } while (cp >= 0xd800 && cp <= 0xdfff);
                b.appendCodePoint(cp);
            }
            String s = b.toString();
            byte[] jdk = s.getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(jdk, Ascii.bytes(s), s);
            assertEquals(s, Ascii.string(jdk, 0, jdk.length), () -> "string(UTF-8 of " + Ascii.quote(s) + ")");
        }
    }

    private record DecodeCase(byte[] utf8, String want) {
    }

    @Test
    void invalidBytesBecomeOneReplacementEach() {
        String r = "\ufffd";
        DecodeCase[] cases = {
            new DecodeCase(new byte[] {(byte) 0xff}, r),
            new DecodeCase(new byte[] {'a', (byte) 0x80, 'b'}, "a" + r + "b"),
            new DecodeCase(new byte[] {(byte) 0xe2, (byte) 0x82}, r + r),
            new DecodeCase(new byte[] {(byte) 0xc0, (byte) 0xaf}, r + r),
            new DecodeCase(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, r + r + r),
            new DecodeCase(new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, r + r + r + r),
            new DecodeCase(new byte[] {(byte) 0xf5, 'x'}, r + "x"),
            new DecodeCase(new byte[] {(byte) 0xc3, (byte) 0xa9}, "é"),
        };
        for (DecodeCase c : cases) {
            byte[] b = c.utf8();
            assertEquals(c.want(), Ascii.string(b, 0, b.length), () -> "string(" + HexFormat.of().formatHex(b) + ")");
        }
        assertArrayEquals(new byte[] {(byte) 0xef, (byte) 0xbf, (byte) 0xbd, 'x'}, Ascii.bytes("\ud800x"));
    }

    /** An input and Go's {@code strconv.Quote} of it. */
    record QuoteRow(String in, String want) {
    }

    /**
     * Text: Go's quote_test.go {@code quotetests} (the Quote column), then the runes gonet's error
     * texts meet: controls, Latin-1 that Go escapes, line and paragraph separators, format
     * characters, astral runes, and a lone surrogate (Go's U+FFFD).
     */
    static final List<QuoteRow> QUOTE_TEXT = List.of(
            new QuoteRow("\u0007\b\f\r\n\t\u000b", "\"\\a\\b\\f\\r\\n\\t\\v\""),
            new QuoteRow("\\", "\"\\\\\""),
            new QuoteRow("\u263a", "\"\u263a\""),
            new QuoteRow("\udbff\udfff", "\"\\U0010ffff\""),
            new QuoteRow("\u0004", "\"\\x04\""),
            new QuoteRow("!\u00a0!\u2000!\u3000!", "\"!\\u00a0!\\u2000!\\u3000!\""),
            new QuoteRow("\u007f", "\"\\x7f\""),
            new QuoteRow("", "\"\""),
            new QuoteRow("a\"b\\c\n\r\t\u0000\u007f\u001b", "\"a\\\"b\\\\c\\n\\r\\t\\x00\\x7f\\x1b\""),
            new QuoteRow("é 日本 \ud83d\ude00", "\"é 日本 \ud83d\ude00\""),
            new QuoteRow("nel\u0085 shy\u00ad", "\"nel\\u0085 shy\\u00ad\""),
            new QuoteRow("ls\u2028ps\u2029", "\"ls\\u2028ps\\u2029\""),
            new QuoteRow("tag\udb40\udc01", "\"tag\\U000e0001\""),
            new QuoteRow("e\u0301", "\"e\u0301\""),
            new QuoteRow("lone\ud800 low\udc00", "\"lone\ufffd low\ufffd\""));

    /**
     * Byte strings (one char per byte, as Go strings): Go's {@code "abc\xffdef"} row, then valid
     * and invalid UTF-8; the answer is a byte string too.
     */
    static final List<QuoteRow> QUOTE_BYTES = List.of(
            new QuoteRow("abc\u00ffdef", "\"abc\\xffdef\""),
            new QuoteRow("", "\"\""),
            new QuoteRow("abc", "\"abc\""),
            new QuoteRow("a\"b", "\"a\\\"b\""),
            new QuoteRow("a\\b", "\"a\\\\b\""),
            new QuoteRow("\u0007\b\f\n\r\t\u000b", "\"\\a\\b\\f\\n\\r\\t\\v\""),
            new QuoteRow("\u0000\u001f\u007f", "\"\\x00\\x1f\\x7f\""),
            new QuoteRow("\u00c3\u00a9", "\"\u00c3\u00a9\""),
            new QuoteRow("\u00c2\u00a0", "\"\\u00a0\""),
            new QuoteRow("\u00c2\u00ad", "\"\\u00ad\""),
            new QuoteRow("\u00e2\u0080\u00a8", "\"\\u2028\""),
            new QuoteRow("\u00f0\u009f\u0098\u0080", "\"\u00f0\u009f\u0098\u0080\""),
            new QuoteRow("\u00ff", "\"\\xff\""),
            new QuoteRow("\u00e2\u0082", "\"\\xe2\\x82\""),
            new QuoteRow("\u00ed\u00a0\u0080", "\"\\xed\\xa0\\x80\""),
            new QuoteRow("\u00f4\u0090\u0080\u0080", "\"\\xf4\\x90\\x80\\x80\""),
            new QuoteRow("\u00c0\u0080", "\"\\xc0\\x80\""),
            new QuoteRow("\u00e6\u0097\u00a5\u00e6\u009c\u00ac", "\"\u00e6\u0097\u00a5\u00e6\u009c\u00ac\""),
            new QuoteRow("\u00cc\u0081", "\"\u00cc\u0081\""),
            new QuoteRow("\u00ef\u00bf\u00bd", "\"\u00ef\u00bf\u00bd\""),
            new QuoteRow("\u00f3\u00a0\u0080\u0081", "\"\\U000e0001\""));

    @Test
    void quoteLikeGo() {
        for (QuoteRow row : QUOTE_TEXT) {
            assertEquals(row.want(), Ascii.quote(row.in()), () -> "Quote of " + row);
        }
        for (QuoteRow row : QUOTE_BYTES) {
            assertEquals(row.want(), Ascii.quoteBytes(row.in()), () -> "Quote of the byte string " + row);
        }
        assertEquals("[\"a\" \"b c\"]", Ascii.quoteList(List.of("a", "b c")));
    }

    @Test
    void textAndItsBytesQuoteAlike() {
        // quote(s) is quoteBytes of s's UTF-8, decoded: one rule whatever the string's form.
        for (QuoteRow row : QUOTE_TEXT) {
            byte[] utf8 = Ascii.bytes(row.in());
            StringBuilder bs = new StringBuilder();
            for (byte b : utf8) {
                bs.append((char) (b & 0xff));
            }
            String q = Ascii.quoteBytes(bs.toString());
            byte[] back = new byte[q.length()];
            for (int i = 0; i < back.length; i++) {
                back[i] = (byte) q.charAt(i);
            }
            assertEquals(row.want(), Ascii.string(back, 0, back.length), () -> "quoteBytes of the UTF-8 of " + row);
        }
    }

    /** A rune and Go's {@code strconv.IsPrint} of it. */
    record PrintRow(int rune, boolean print) {
    }

    @Test
    void isPrintLikeGo() {
        // strconv.IsPrint's Latin-1 fast path: space through '~', and U+00A1 up except U+00AD.
        for (int r = 0; r <= 0xFF; r++) {
            assertEquals(r >= 0x20 && r <= 0x7E || r >= 0xA1 && r != 0xAD, Ascii.isPrint(r), "IsPrint(U+" + Integer.toHexString(r) + ")");
        }
        List<PrintRow> rows = List.of(new PrintRow(0x263a, true), new PrintRow(0x65e5, true),
                new PrintRow(0x301, true), new PrintRow(0x1f600, true), new PrintRow(0xfffd, true),
                new PrintRow(0x2000, false), new PrintRow(0x2028, false), new PrintRow(0x3000, false),
                new PrintRow(0xe0001, false), new PrintRow(0x10ffff, false), new PrintRow(0xfeff, false));
        for (PrintRow row : rows) {
            assertEquals(row.print(), Ascii.isPrint(row.rune()), () -> "IsPrint(U+" + Integer.toHexString(row.rune()) + ")");
        }
    }

    @Test
    void tokensAndOrdering() {
        assertTrue(Ascii.isToken("!#$%&'*+-.^_`|~09azAZ"));
        for (char c : "\"(),/:;<=>?@[\\]{} \t\u0000\u007f\u00e9".toCharArray()) {
            assertTrue(!Ascii.isToken(c), "token char " + (int) c);
        }
        assertTrue(Ascii.compareGo("\uffff", "\ud800\udc00") < 0, "code point order, as Go sorts UTF-8");
        assertTrue(Ascii.equalFold("Chunked", "cHUNKED"));
        assertTrue(!Ascii.equalFold("chunked", "chunkeđ"));
    }
}
