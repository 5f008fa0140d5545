package dev.gonet.internal;

import dev.gonet.Addr;
import dev.gonet.Conn;
import java.io.IOException;
import java.time.Instant;

/**
 * A {@link Conn} that hands every call to the one it wraps; subclasses override the calls they
 * watch or change (the first bytes read, a count, a gate before writing) and keep the wrapped
 * conn's contract for the rest.
 */
public abstract class ForwardingConn implements Conn {
    protected final Conn delegate;

    protected ForwardingConn(Conn delegate) {
        this.delegate = delegate;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        return delegate.read(b, off, len);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        delegate.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    @Override
    public Addr localAddr() {
        return delegate.localAddr();
    }

    @Override
    public Addr remoteAddr() {
        return delegate.remoteAddr();
    }

    @Override
    public void setDeadline(Instant t) throws IOException {
        delegate.setDeadline(t);
    }

    @Override
    public void setReadDeadline(Instant t) throws IOException {
        delegate.setReadDeadline(t);
    }

    @Override
    public void setWriteDeadline(Instant t) throws IOException {
        delegate.setWriteDeadline(t);
    }
}
