package dev.gonet.ws;

import static dev.gonet.ws.Wire.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gonet.http.Failures;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The incremental validator against the JDK's strict decoder (which reports rather than
 * replaces when told to): every sequence of up to 3 bytes, random longer ones, and every split
 * of each into two feeds. The JDK decoder is only the test's oracle; the codec cannot use it.
 */
class Utf8Test {
    private static final CharsetDecoder JDK = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private static final CharBuffer OUT = CharBuffer.allocate(64);

    private static boolean jdkValid(byte[] b) {
        JDK.reset();
        OUT.clear();
        ByteBuffer in = ByteBuffer.wrap(b);
        return !JDK.decode(in, OUT, true).isError() && !JDK.flush(OUT).isError() && !in.hasRemaining();
    }

    /** Valid as a whole, and the same answer when fed in two parts split at {@code cut}. */
    private static boolean split(byte[] b, int cut) {
        Utf8 v = new Utf8();
        boolean ok = v.feed(b, 0, cut);
        ok &= v.feed(b, cut, b.length - cut);
        return ok && v.atBoundary();
    }

    private static void check(Failures f, byte[] b) {
        f.row();
        boolean want = jdkValid(b);
        if (Utf8.isValid(b, 0, b.length) != want) {
            f.errorf("isValid(" + Wire.hexOf(b) + ") = " + !want + ", want " + want);
            return;
        }
        for (int cut = 0; cut <= b.length; cut++) {
            if (split(b, cut) != want) {
                f.errorf("split(" + Wire.hexOf(b) + ", " + cut + ") = " + !want + ", want " + want);
            }
        }
    }

    @Test
    void everyShortSequenceAgreesWithTheJdk() {
        Failures f = new Failures();
        for (int x = 0; x < 1 << 24; x++) {
            int b0 = x >> 16;
            int b1 = (x >> 8) & 0xFF;
            int b2 = x & 0xFF;
            if (b1 == 0 && b2 == 0) {
                check(f, new byte[] {(byte) b0});
            }
            if (b2 == 0) {
                check(f, new byte[] {(byte) b0, (byte) b1});
            }
            if (b0 >= 0xE0 || x % 61 == 0) { // every 3-byte sequence with a 3-or-4-byte lead; a sample of the rest
                check(f, new byte[] {(byte) b0, (byte) b1, (byte) b2});
            }
        }
        f.done(256 + 65536 + (32 << 16));
    }

    @Test
    void randomLongerSequencesAgreeWithTheJdk() {
        Random rnd = new Random(6455);
        Failures f = new Failures();
        for (int i = 0; i < 200_000; i++) {
            byte[] b = new byte[4 + rnd.nextInt(5)];
            for (int j = 0; j < b.length; j++) {
                // Mostly bytes that matter in UTF-8 (leads, continuations) so valid input is common too.
                int pick = rnd.nextInt(4);
                b[j] = (byte) (pick == 0 ? rnd.nextInt(256) : pick == 1 ? 0xF0 + rnd.nextInt(6) : 0x80 + rnd.nextInt(64));
            }
            check(f, b);
        }
        f.done(200_000);
    }

    private record ValidCase(String hex, boolean valid) {
    }

    @Test
    void namedCases() {
        // Markus Kuhn's decoder test ideas: boundaries, overlongs, surrogates, impossible bytes.
        ValidCase[] rows = {
            new ValidCase("", true), new ValidCase("7f", true), new ValidCase("c2 80", true),
            new ValidCase("df bf", true), new ValidCase("e0 a0 80", true), new ValidCase("ef bf bf", true),
            new ValidCase("f0 90 80 80", true), new ValidCase("f4 8f bf bf", true), new ValidCase("ed 9f bf", true),
            new ValidCase("ee 80 80", true), new ValidCase("ef bf be", true), new ValidCase("c0 80", false),
            new ValidCase("c1 bf", false), new ValidCase("e0 9f bf", false), new ValidCase("f0 8f bf bf", false),
            new ValidCase("f4 90 80 80", false), new ValidCase("ed a0 80", false), new ValidCase("ed af bf", false),
            new ValidCase("ed b0 80", false), new ValidCase("ed bf bf", false), new ValidCase("f5 80 80 80", false),
            new ValidCase("f8 88 80 80 80", false), new ValidCase("fc 84 80 80 80 80", false),
            new ValidCase("fe", false), new ValidCase("ff", false), new ValidCase("80", false),
            new ValidCase("c2", false), new ValidCase("e0 a0", false), new ValidCase("f0 90 80", false),
            new ValidCase("c2 c2 80", false), new ValidCase("ce ba e1 bd b9 cf 83 ce bc ce b5", true),
        };
        Failures f = new Failures();
        for (ValidCase row : rows) {
            f.row();
            byte[] b = hex(row.hex());
            f.expect("isValid(" + row.hex() + ")", Utf8.isValid(b, 0, b.length), row.valid());
        }
        f.done(31);
    }

    @Test
    void failureIsStickyUntilReset() {
        Utf8 v = new Utf8();
        assertEquals(false, v.feed(hex("ff"), 0, 1));
        assertEquals(false, v.feed(hex("61"), 0, 1));
        assertEquals(false, v.atBoundary());
        v.reset();
        assertEquals(true, v.feed(hex("e2 82"), 0, 2));
        assertEquals(false, v.atBoundary());
        assertEquals(true, v.feed(hex("ac"), 0, 1));
        assertEquals(true, v.atBoundary());
    }

    @Test
    void encodeMatchesTheJdkAndReplacesLoneSurrogates() {
        String s = "aé€\ud83d\ude00\u0000\uffff\udbff\udfff";
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Utf8.encode(s));
        assertArrayEquals(hex("ef bf bd 61 ef bf bd ef bf bd"), Utf8.encode("\udc00a\ud800\ud800"));
        assertEquals("\ud83d\ude00", Utf8.decode(hex("f0 9f 98 80"), 0, 4));
    }
}
