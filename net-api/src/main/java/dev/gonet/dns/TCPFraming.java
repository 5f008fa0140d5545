package dev.gonet.dns;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * DNS over TCP framing (RFC 1035 section 4.2.2, RFC 7766): each message preceded by its length
 * in two bytes. Reads work however the stream splits its bytes, one per {@code read} included.
 */
public final class TCPFraming {
    private TCPFraming() {
    }

    /**
     * Writes the length and {@code msg} in one write, then flushes.
     *
     * @param out the stream to write to
     * @param msg the message bytes
     * @throws IOException if the write fails
     */
    public static void write(OutputStream out, byte[] msg) throws IOException {
        if (msg.length > Wire.MAX_MESSAGE) {
            throw new DNSFormatException(Wire.MESSAGE_TOO_LONG);
        }
        byte[] framed = new byte[msg.length + 2];
        framed[0] = (byte) (msg.length >> 8);
        framed[1] = (byte) msg.length;
        System.arraycopy(msg, 0, framed, 2, msg.length);
        out.write(framed);
        out.flush();
    }

    /**
     * Reads one framed message. The stream ending before the first byte is an
     * {@link EOFException} with Go's text {@code EOF}; ending inside a frame,
     * {@code unexpected EOF} (Go's {@code io.ReadFull}).
     *
     * @param in the stream to read
     * @return the message, or {@code null} at a clean end of stream
     * @throws IOException if the read fails or the stream ends inside a message
     */
    public static byte[] read(InputStream in) throws IOException {
        byte[] len = new byte[2];
        readFull(in, len, true);
        byte[] msg = new byte[(len[0] & 0xff) << 8 | len[1] & 0xff];
        readFull(in, msg, false);
        return msg;
    }

    private static void readFull(InputStream in, byte[] b, boolean first) throws IOException {
        int n = 0;
        while (n < b.length) {
            int r = in.read(b, n, b.length - n);
            if (r < 0) {
                throw new EOFException(first && n == 0 ? "EOF" : "unexpected EOF");
            }
            n += r;
        }
    }
}
