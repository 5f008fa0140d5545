package dev.gonet.http;

import dev.gonet.Conn;
import dev.gonet.internal.ForwardingConn;
import java.io.IOException;

/**
 * A connection that remembers the first five bytes the peer sent. Go's client looks at the
 * record header of a failed TLS handshake and says {@code http: server gave HTTP response to
 * HTTPS client} when it reads {@code HTTP/}; a TLS provider does not expose that header, so the
 * transport records it underneath the TLS layer instead.
 */
final class FirstBytesConn extends ForwardingConn {
    private final byte[] first = new byte[5];
    private volatile int n;

    FirstBytesConn(Conn c) {
        super(c);
    }

    /** Whether the peer's first bytes were {@code HTTP/}. */
    boolean sawHTTP() {
        return n == 5 && first[0] == 'H' && first[1] == 'T' && first[2] == 'T' && first[3] == 'P' && first[4] == '/';
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int k = delegate.read(b, off, len);
        if (n < 5 && k > 0) {
            int take = Math.min(5 - n, k);
            System.arraycopy(b, off, first, n, take);
            n += take;
        }
        return k;
    }
}
