package dev.gonet.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonet.http.Header;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** ChunkedOutputStream golden bytes (Go's chunkedWriter format) and trailers. */
class ChunkedOutputStreamTest {


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
}
