package dev.gonet.dns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** RFC 7766 framing read one byte at a time, in bursts, and cut short. */
class TCPFramingTest {
    /** A stream that hands out at most {@code chunk} bytes per read. */
    static InputStream trickle(byte[] b, int chunk) {
        return new ByteArrayInputStream(b) {
            @Override
            public synchronized int read(byte[] out, int off, int len) {
                return super.read(out, off, Math.min(len, chunk));
            }
        };
    }

    @Test
    void oneByteAtATime() throws Exception {
        byte[] a = Samples.rich().pack();
        byte[] b = Samples.all().get(1).pack();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TCPFraming.write(out, a);
        TCPFraming.write(out, b);
        byte[] stream = out.toByteArray();
        assertEquals(a.length + b.length + 4, stream.length);
        assertEquals(a.length, (stream[0] & 0xff) << 8 | stream[1] & 0xff, "big-endian length first");
        for (int chunk : new int[] {1, 2, 3, 7, 4096}) {
            InputStream in = trickle(stream, chunk);
            assertArrayEquals(a, TCPFraming.read(in), "first message, " + chunk + " bytes per read");
            assertArrayEquals(b, TCPFraming.read(in), "second message, " + chunk + " bytes per read");
            assertEquals("EOF", assertThrows(EOFException.class, () -> TCPFraming.read(in)).getMessage());
            assertEquals(Samples.rich(), Message.parse(TCPFraming.read(trickle(stream, chunk))));
        }
    }

    @Test
    void cutShortIsUnexpectedEOF() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TCPFraming.write(out, Samples.rich().pack());
        byte[] stream = out.toByteArray();
        for (int n = 1; n < stream.length; n++) {
            InputStream in = trickle(Arrays.copyOf(stream, n), 1);
            assertEquals("unexpected EOF", assertThrows(EOFException.class, () -> TCPFraming.read(in)).getMessage(),
                    "read(first " + n + " of " + stream.length + " bytes)");
        }
    }

    @Test
    void zeroLengthFrameReadsAsEmpty() throws Exception {
        assertEquals(0, TCPFraming.read(new ByteArrayInputStream(new byte[] {0, 0})).length);
        assertThrows(DNSFormatException.class, () -> Message.parse(new byte[0]));
    }
}
