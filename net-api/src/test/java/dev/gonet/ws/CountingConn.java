package dev.gonet.ws;

import dev.gonet.Addr;
import dev.gonet.Conn;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** A conn that counts the bytes read from it, to see whether anyone is reading the socket. */
final class CountingConn implements Conn {
    private final Conn c;
    private final AtomicLong read;

    CountingConn(Conn c, AtomicLong read) {
        this.c = c;
        this.read = read;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = c.read(b, off, len);
        if (n > 0) {
            read.addAndGet(n);
        }
        return n;
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
