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

    @Test
    void quoteLikeGo() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\x00\\x7f\\x1b\"", Ascii.quote("a\"b\\c\n\r\t\u0000\u007f\u001b"));
        assertEquals("[\"a\" \"b c\"]", Ascii.quoteList(List.of("a", "b c")));
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
