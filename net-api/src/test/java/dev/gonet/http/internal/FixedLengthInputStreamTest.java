package dev.gonet.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Content-Length bodies: exact end, unexpected EOF, closed body. */
class FixedLengthInputStreamTest {

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
