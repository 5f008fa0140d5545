package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void oneByteAtATime() throws IOException {
        MaxBytesReader m = of("abc", 2);
        assertEquals('a', m.read());
        assertEquals('b', m.read());
        assertThrows(MaxBytesException.class, m::read);
    }
}
