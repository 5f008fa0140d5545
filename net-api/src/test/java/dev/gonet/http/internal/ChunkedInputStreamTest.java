package dev.gonet.http.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.Header;
import dev.gonet.http.HttpSentinel;
import dev.gonet.http.ProtocolException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ChunkedInputStream edge cases, whole and one byte at a time, and write-then-read round trips. */
class ChunkedInputStreamTest {

    @Test
    void readerStopsAtTheEndAndKeepsTheRest() throws IOException {
        byte[] wire = Wire.bytes("3\r\nabc\r\n0\r\nX-T: 1\r\n\r\nNEXT");
        for (Wire.Feed f : Wire.Feed.values()) {
            InputStream src = Wire.feed(wire, f);
            ChunkedInputStream in = new ChunkedInputStream(src);
            assertEquals(0, in.read(new byte[4], 0, 0));
            assertEquals("abc", new String(Wire.drain(in), StandardCharsets.ISO_8859_1));
            assertEquals(-1, in.read());
            assertEquals("map[X-T:[1]]", in.trailer().toString());
            assertEquals("NEXT", new String(src.readAllBytes(), StandardCharsets.ISO_8859_1), f.toString());
        }
    }

    /** A read of nothing returns 0 at once, even where the next read would wait for a size line. */
    @Test
    void zeroLengthReadNeverWaits() throws IOException {
        // Only the first chunk has arrived: reading further would block (here: fail at EOF).
        ChunkedInputStream in = new ChunkedInputStream(new ByteArrayInputStream(Wire.bytes("5\r\nfirst\r\n")));
        byte[] b = new byte[5];
        assertEquals(5, in.read(b, 0, 5));
        assertEquals(0, in.read(b, 0, 0), "read of nothing at a chunk boundary");
        assertEquals("first", new String(b, StandardCharsets.ISO_8859_1));
        assertThrows(IOException.class, () -> in.read(b, 0, 1), "the size line never came");
    }

    @Test
    void largestSizeIsAccepted() throws IOException {
        ChunkedInputStream in = new ChunkedInputStream(new ByteArrayInputStream(Wire.bytes("7fffffffffffffff\r\nab")));
        assertEquals('a', in.read());
        assertEquals('b', in.read());
        assertThrows(IOException.class, in::read, "unexpected EOF after two of 2^63-1 bytes");
        ChunkedInputStream zeros = new ChunkedInputStream(new ByteArrayInputStream(Wire.bytes("0000000000000001\r\n"
                + "z\r\n0\r\n\r\n")));
        assertEquals("z", new String(zeros.readAllBytes(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void failureIsSticky() {
        ChunkedInputStream in = new ChunkedInputStream(new ByteArrayInputStream(Wire.bytes("zz\r\n")));
        ProtocolException first = assertThrows(ProtocolException.class, in::read);
        ProtocolException again = assertThrows(ProtocolException.class, in::read);
        assertSame(first, again);
        assertEquals("invalid byte in chunk length \"zz\"", first.getMessage());
    }

    @Test
    void closedBodyRefusesReads() throws IOException {
        ChunkedInputStream in = new ChunkedInputStream(new ByteArrayInputStream(Wire.bytes("1\r\na\r\n0\r\n\r\n")));
        in.close();
        IOException e = assertThrows(IOException.class, in::read);
        assertTrue(HttpSentinel.BODY_READ_AFTER_CLOSE.in(e), "read after close: " + e + ", want BODY_READ_AFTER_CLOSE");
    }

    /** A size line of 4 KiB or more is Go's ErrLineTooLong: its text for the 400, its kind as the cause. */
    @Test
    void longSizeLineIsErrLineTooLong() {
        ChunkedInputStream in = new ChunkedInputStream(new ByteArrayInputStream(
                Wire.bytes("5;" + "x".repeat(5000) + "\r\nhello\r\n0\r\n\r\n")));
        ProtocolException e = assertThrows(ProtocolException.class, () -> Wire.drain(in));
        assertTrue(HttpSentinel.LINE_TOO_LONG.in(e), "long size line: " + e + ", want LINE_TOO_LONG");
        assertEquals(400, e.status());
    }

    /** One-byte chunk with a {@code k}-byte extension: {@code k - 12} bytes over Go's allowance. */
    static String extChunk(int k) {
        return "1;" + "a".repeat(k) + "\r\nX\r\n";
    }

    /** Go's rule to the byte: 16 KiB over the allowance is read, one byte more is not. */
    @Test
    void nonDataExcessUpToSixteenKiB() throws IOException {
        String four = extChunk(4000).repeat(4); // 4 x 3988 = 15952 over
        byte[] exact = Wire.bytes(four + extChunk(12 + 432) + "0\r\n\r\n"); // + 432 = 16384
        byte[] over = Wire.bytes(four + extChunk(12 + 433) + "0\r\n\r\n");
        for (Wire.Feed f : Wire.Feed.values()) {
            assertEquals("XXXXX", new String(Wire.drain(new ChunkedInputStream(Wire.feed(exact, f))),
                    StandardCharsets.ISO_8859_1), f.toString());
            ChunkedInputStream in = new ChunkedInputStream(Wire.feed(over, f));
            ProtocolException e = assertThrows(ProtocolException.class, () -> Wire.drain(in), f.toString());
            assertEquals(ChunkedInputStream.TOO_MUCH_NON_DATA, e.getMessage());
            assertEquals(400, e.status());
            assertEquals(4 * 4007 + (2 + 445 + 2), in.wireBytes(), "fails right after the size line that passes it");
        }
    }

    /** Streaming a byte at a time stays legal: 100 000 one-byte chunks with 12-byte extensions. */
    @Test
    void oneByteChunksWithinTheAllowanceAreFine() throws IOException {
        int n = 100_000;
        byte[] wire = Wire.bytes(extChunk(12).repeat(n) + "0\r\n\r\n");
        ChunkedInputStream in = new ChunkedInputStream(new ByteArrayInputStream(wire));
        assertEquals(n, in.readAllBytes().length);
        assertEquals(wire.length, in.wireBytes());
    }

    /** Data does not bank credit: after a 64 KiB chunk, extensions are counted from zero again. */
    @Test
    void excessNeverGoesBelowZero() throws IOException {
        String big = "10000\r\n" + "d".repeat(1 << 16) + "\r\n";
        byte[] wire = Wire.bytes(big + extChunk(4000).repeat(5) + "0\r\n\r\n");
        ChunkedInputStream in = new ChunkedInputStream(new ByteArrayInputStream(wire));
        ProtocolException e = assertThrows(ProtocolException.class, () -> Wire.drain(in));
        assertEquals(ChunkedInputStream.TOO_MUCH_NON_DATA, e.getMessage());
        ChunkedInputStream lenient = new ChunkedInputStream(new ByteArrayInputStream(wire), 4096, 1 << 20);
        assertEquals((1 << 16) + 5, Wire.drain(lenient).length, "a larger cap lets it through");
    }

    @Test
    void roundTripRandomBodies() throws IOException {
        Random rnd = new Random(7);
        for (int i = 0; i < 200; i++) {
            ByteArrayOutputStream wire = new ByteArrayOutputStream();
            Header trailer = new Header();
            ChunkedOutputStream out = new ChunkedOutputStream(wire, trailer);
            ByteArrayOutputStream want = new ByteArrayOutputStream();
            int writes = rnd.nextInt(6);
            for (int w = 0; w < writes; w++) {
                byte[] b = new byte[rnd.nextInt(300)];
                rnd.nextBytes(b);
                out.write(b);
                want.write(b);
            }
            if (rnd.nextBoolean()) {
                trailer.add("X-Round", Integer.toString(i));
            }
            out.close();
            for (Wire.Feed f : Wire.Feed.values()) {
                ChunkedInputStream in = new ChunkedInputStream(Wire.feed(wire.toByteArray(), f));
                assertArrayEquals(want.toByteArray(), Wire.drain(in), "round " + i);
                assertEquals(trailer, in.trailer(), "round " + i);
            }
        }
    }
}
