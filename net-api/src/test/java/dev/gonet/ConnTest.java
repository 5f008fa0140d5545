package dev.gonet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

/** The default stream views of {@link Conn}, over a mem connection (buffered, so one thread suffices). */
class ConnTest {

    @Test
    void streamViews() throws Exception {
        try (Listener ln = Net.listen("mem", "")) {
            Conn client = Net.dial("mem", ln.addr().toString());
            Conn server = ln.accept();
            OutputStream out = client.outputStream();
            out.write('h');
            out.write("ello".getBytes(UTF_8), 0, 4);
            out.write(new byte[0]);
            InputStream in = server.inputStream();
            assertEquals('h', in.read(), "single-byte read");
            byte[] b = new byte[10];
            assertEquals(0, in.read(b, 0, 0), "read of 0 bytes");
            assertEquals(4, in.read(b, 0, 10), "bulk read");
            assertEquals("ello", new String(b, 0, 4, UTF_8));
            out.close(); // closes the connection
            assertEquals(-1, in.read(), "read after the peer closed its stream");
            assertEquals(-1, in.read(b), "bulk read at EOF");
            assertThrows(IndexOutOfBoundsException.class, () -> in.read(b, 5, 10));
            in.close();
            NetException e = assertThrows(NetException.class, () -> server.read(new byte[1]));
            assertEquals("use of closed network connection", e.getCause().getMessage(), "closing the stream closed the conn");
        }
    }
}
