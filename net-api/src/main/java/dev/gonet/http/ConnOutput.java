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
    static final int SIZE = 4096;
    /** Null while the server's connection is idle ({@link #detach}); allocated or lent on use. */
    private byte[] buf;
    private int n;
    private IOException err;

    ConnOutput(Conn conn) {
        this.conn = conn;
    }

    /** Makes {@code b} ({@link #SIZE} bytes) the buffer, if there is none. */
    synchronized void attach(byte[] b) {
        if (buf == null) {
            buf = b;
        }
    }

    /**
     * Lets go of the buffer if it holds nothing (a server's idle connection).
     *
     * @return true if the buffer is gone (or was), false if it holds bytes or a write failed
     */
    synchronized boolean detach() {
        if (n != 0 || err != null) {
            return false;
        }
        buf = null;
        return true;
    }

    private byte[] buf() {
        if (buf == null) {
            buf = new byte[SIZE];
        }
        return buf;
    }

    synchronized void write(byte[] b, int off, int len) throws IOException {
        check();
        byte[] buf = buf();
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
            byte[] buf = buf();
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
