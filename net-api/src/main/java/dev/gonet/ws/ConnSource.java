package dev.gonet.ws;

import dev.gonet.Conn;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes a {@link FrameReader} reads: first those already read from the connection by
 * someone else (the HTTP server's or client's buffer after the upgrade), then the connection,
 * through a buffer so that small frame headers do not cost a {@code Conn.read} each. Used by
 * the reader thread only.
 */
final class ConnSource extends InputStream {
    private static final int BUFFER = 16 * 1024;

    private final Conn conn;
    private byte[] buf;
    private int pos;
    private int lim;

    ConnSource(Conn conn, byte[] buffered) {
        this.conn = conn;
        this.buf = buffered == null || buffered.length == 0 ? new byte[BUFFER] : buffered;
        this.lim = buffered == null ? 0 : buffered.length;
    }

    @Override
    public int read() throws IOException {
        if (pos == lim && fill() < 0) {
            return -1;
        }
        return buf[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pos == lim) {
            if (len >= BUFFER) {
                return conn.read(b, off, len); // large payloads skip the copy
            }
            if (fill() < 0) {
                return -1;
            }
        }
        int n = Math.min(len, lim - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return lim - pos;
    }

    private int fill() throws IOException {
        if (buf.length < BUFFER) {
            buf = new byte[BUFFER]; // the prefix array is used up
        }
        int n;
        do {
            n = conn.read(buf, 0, buf.length);
        } while (n == 0);
        pos = 0;
        lim = Math.max(n, 0);
        return n;
    }
}
