package dev.gonet.http;

import dev.gonet.Addr;
import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.internal.ForwardingConn;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@code mem} listener whose connections count what the server reads from them: the number
 * an attack test states ("the server read N bytes for M bytes of body").
 */
final class CountingListener implements Listener {
    private final Listener ln;
    /** Bytes the server has read from every connection accepted so far. */
    final AtomicLong read = new AtomicLong();

    CountingListener() throws IOException {
        ln = Net.listen("mem", "");
    }

    String name() {
        return ln.addr().toString();
    }

    @Override
    public Conn accept() throws IOException {
        return new ForwardingConn(ln.accept()) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = delegate.read(b, off, len);
                if (n > 0) {
                    read.addAndGet(n);
                }
                return n;
            }
        };
    }

    @Override
    public void close() throws IOException {
        ln.close();
    }

    @Override
    public Addr addr() {
        return ln.addr();
    }
}
