package dev.gonet.http;

import dev.gonet.Conn;
import dev.gonet.internal.Ascii;
import java.io.IOException;

/**
 * A connection's writing side with a 4 KiB buffer (Go's {@code conn.bufw}). The first write
 * error is sticky: later writes and flushes throw it again, and the server does not reuse the
 * connection. Synchronized, because a handler thread reading the body may send
 * {@code 100 Continue} while another writes (as Go's {@code writeContinueMu} allows).
 */
final class ConnOutput {
    private final Conn conn;
    private final byte[] buf = new byte[4096];
    private int n;
    private IOException err;

    ConnOutput(Conn conn) {
        this.conn = conn;
    }

    synchronized void write(byte[] b, int off, int len) throws IOException {
        check();
        if (len > buf.length - n) {
            flushBuffer();
            if (len >= buf.length) {
                try {
                    conn.write(b, off, len);
                } catch (IOException e) {
                    throw err = e;
                }
                return;
            }
        }
        System.arraycopy(b, off, buf, n, len);
        n += len;
    }

    /**
     * Writes text as UTF-8. ASCII that fits goes straight into the buffer (a response head is
     * nothing else), without an intermediate byte array.
     */
    void write(CharSequence s) throws IOException {
        int len = s.length();
        synchronized (this) {
            check();
            if (len <= buf.length - n) {
                int w = n;
                int i = 0;
                for (; i < len; i++) {
                    char ch = s.charAt(i);
                    if (ch >= 0x80) {
                        break;
                    }
                    buf[w++] = (byte) ch;
                }
                if (i == len) {
                    n = w;
                    return;
                }
            }
        }
        byte[] b = Ascii.bytes(s.toString());
        write(b, 0, b.length);
    }

    synchronized void flush() throws IOException {
        check();
        flushBuffer();
    }

    private void flushBuffer() throws IOException {
        if (n == 0) {
            return;
        }
        try {
            conn.write(buf, 0, n);
            n = 0;
        } catch (IOException e) {
            throw err = e;
        }
    }

    private void check() throws IOException {
        if (err != null) {
            throw err;
        }
    }

    /** The first write error, or null. */
    synchronized IOException error() {
        return err;
    }

    /** Forgets unflushed bytes (a response that is being aborted). */
    synchronized void discard() {
        n = 0;
    }
}
