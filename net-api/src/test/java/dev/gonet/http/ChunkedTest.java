package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ChunkedOutputStream golden bytes, ChunkedInputStream edge cases, and round trips. */
class ChunkedTest {

    static String s(ByteArrayOutputStream b) {
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void writerGoldenBytes() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        ChunkedOutputStream out = new ChunkedOutputStream(wire);
        out.write(Wire.bytes("hello"));
        out.write(new byte[0]); // never a zero-size chunk: that would end the body
        out.write(Wire.bytes("x".repeat(26)));
        out.write('!');
        out.close();
        out.close(); // idempotent
        assertEquals("5\r\nhello\r\n1a\r\n" + "x".repeat(26) + "\r\n1\r\n!\r\n0\r\n\r\n", s(wire));
        assertThrows(IOException.class, () -> out.write(1));
    }

    @Test
    void writerTrailerIsReadAtClose() throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        Header trailer = new Header();
        ChunkedOutputStream out = new ChunkedOutputStream(wire, trailer);
        out.write(Wire.bytes("abc"));
        trailer.add("x-checksum", "42");
        trailer.add("Bad Name", "dropped");
        trailer.add("X-Split", "a\r\nInjected: 1");
        out.close();
        assertEquals("3\r\nabc\r\n0\r\nX-Checksum: 42\r\nX-Split: a  Injected: 1\r\n\r\n", s(wire));
    }

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
        assertEquals("http: invalid Read on closed Body", e.getMessage());
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

    @Test
    void fixedLengthBody() throws IOException {
        for (Wire.Feed f : Wire.Feed.values()) {
            InputStream src = Wire.feed(Wire.bytes("abcdefNEXT"), f);
            FixedLengthInputStream in = new FixedLengthInputStream(src, 6);
            assertEquals(6, in.remaining());
            assertEquals('a', in.read());
            assertEquals("bcdef", new String(Wire.drain(in), StandardCharsets.ISO_8859_1));
            assertEquals(-1, in.read());
            assertEquals(0, in.remaining());
            assertEquals("NEXT", new String(src.readAllBytes(), StandardCharsets.ISO_8859_1));
        }
        FixedLengthInputStream shortBody = new FixedLengthInputStream(new ByteArrayInputStream(Wire.bytes("ab")), 3);
        assertEquals(2, shortBody.read(new byte[8]));
        IOException e = assertThrows(IOException.class, shortBody::read);
        assertEquals("unexpected EOF", e.getMessage());
        assertSame(e, assertThrows(IOException.class, shortBody::read));
        assertEquals(-1, new FixedLengthInputStream(new ByteArrayInputStream(new byte[0]), 0).read());
        assertThrows(IllegalArgumentException.class, () -> new FixedLengthInputStream(InputStream.nullInputStream(), -1));
        FixedLengthInputStream closed = new FixedLengthInputStream(new ByteArrayInputStream(Wire.bytes("x")), 1);
        closed.close();
        assertTrue(assertThrows(IOException.class, closed::read).getMessage().contains("closed Body"));
    }
}
