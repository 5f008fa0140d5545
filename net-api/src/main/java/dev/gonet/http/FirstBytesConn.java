package dev.gonet.http;

import dev.gonet.Addr;
import dev.gonet.Conn;
import java.io.IOException;
import java.time.Instant;

/**
 * A connection that remembers the first five bytes the peer sent. Go's client looks at the
 * record header of a failed TLS handshake and says {@code http: server gave HTTP response to
 * HTTPS client} when it reads {@code HTTP/}; a TLS provider does not expose that header, so the
 * transport records it underneath the TLS layer instead.
 */
final class FirstBytesConn implements Conn {
    private final Conn c;
    private final byte[] first = new byte[5];
    private volatile int n;

    FirstBytesConn(Conn c) {
        this.c = c;
    }

    /** Whether the peer's first bytes were {@code HTTP/}. */
    boolean sawHTTP() {
        return n == 5 && first[0] == 'H' && first[1] == 'T' && first[2] == 'T' && first[3] == 'P' && first[4] == '/';
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int k = c.read(b, off, len);
        if (n < 5 && k > 0) {
            int take = Math.min(5 - n, k);
            System.arraycopy(b, off, first, n, take);
            n += take;
        }
        return k;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        c.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        c.close();
    }

    @Override
    public Addr localAddr() {
        return c.localAddr();
    }

    @Override
    public Addr remoteAddr() {
        return c.remoteAddr();
    }

    @Override
    public void setDeadline(Instant t) throws IOException {
        c.setDeadline(t);
    }

    @Override
    public void setReadDeadline(Instant t) throws IOException {
        c.setReadDeadline(t);
    }

    @Override
    public void setWriteDeadline(Instant t) throws IOException {
        c.setWriteDeadline(t);
    }
}
