package dev.gonet.ws;

import dev.gonet.Conn;
import dev.gonet.internal.ForwardingConn;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/** A conn that counts the bytes read from it, to see whether anyone is reading the socket. */
final class CountingConn extends ForwardingConn {
    private final AtomicLong read;

    CountingConn(Conn c, AtomicLong read) {
        super(c);
        this.read = read;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = delegate.read(b, off, len);
        if (n > 0) {
            read.addAndGet(n);
        }
        return n;
    }
}
