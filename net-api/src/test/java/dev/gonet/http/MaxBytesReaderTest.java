package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.internal.ChunkedInputStream;
import dev.gonet.http.internal.Wire;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Go's MaxBytesReader: the bytes within the limit, then MaxBytesError; exactly the limit is fine. */
class MaxBytesReaderTest {
    static MaxBytesReader of(String s, long limit) {
        return new MaxBytesReader(null, new ByteArrayInputStream(s.getBytes()), limit);
    }

    @Test
    void withinAndAtTheLimit() throws IOException {
        assertArrayEquals("abc".getBytes(), of("abc", 5).readAllBytes());
        assertArrayEquals("abcde".getBytes(), of("abcde", 5).readAllBytes());
        assertArrayEquals(new byte[0], of("", 0).readAllBytes());
    }

    @Test
    void overTheLimitReturnsTheAllowedBytesThenFails() throws IOException {
        MaxBytesReader m = of("abcdefgh", 5);
        byte[] buf = new byte[100];
        assertEquals(5, m.read(buf, 0, buf.length));
        MaxBytesException e = assertThrows(MaxBytesException.class, () -> m.read(buf, 0, buf.length));
        assertEquals("http: request body too large", e.getMessage());
        assertEquals(5, e.limit());
        assertThrows(MaxBytesException.class, m::read, "sticky");
        assertThrows(MaxBytesException.class, () -> of("x", 0).read());
    }

    /**
     * Around a body that counts its wire bytes, framing counts too: one-byte chunks with 12-byte
     * extensions (19 wire bytes per data byte, within Go's chunk rule) stop at twice the limit
     * plus 16 KiB of wire; the same data in 1 KiB chunks reads to the limit.
     */
    @Test
    void chunkFramingCountsAgainstTheLimit() throws IOException {
        int limit = 4096;
        String tiny = ("1;" + "a".repeat(12) + "\r\nX\r\n").repeat(limit) + "0\r\n\r\n";
        ChunkedInputStream flooded = new ChunkedInputStream(new ByteArrayInputStream(Wire.bytes(tiny)));
        MaxBytesReader m = new MaxBytesReader(null, flooded, limit);
        byte[] buf = new byte[64];
        long got = 0;
        MaxBytesException e = null;
        try {
            for (int n; (n = m.read(buf, 0, buf.length)) >= 0;) {
                got += n;
            }
        } catch (MaxBytesException x) {
            e = x;
        }
        assertEquals(limit, e == null ? -1 : e.limit(), "fails with the limit");
        assertTrue(got < limit / 3, "data read before failing: " + got);
        assertTrue(flooded.wireBytes() <= 2 * limit + MaxBytesReader.FRAMING_ALLOWANCE + 19, "wire " + flooded.wireBytes());
        String plain = ("400\r\n" + "d".repeat(1024) + "\r\n").repeat(limit / 1024) + "0\r\n\r\n";
        MaxBytesReader ok = new MaxBytesReader(null, new ChunkedInputStream(new ByteArrayInputStream(Wire.bytes(plain))),
                limit);
        assertEquals(limit, ok.readAllBytes().length);
    }

    @Test
    void oneByteAtATime() throws IOException {
        MaxBytesReader m = of("abc", 2);
        assertEquals('a', m.read());
        assertEquals('b', m.read());
        assertThrows(MaxBytesException.class, m::read);
    }
}
