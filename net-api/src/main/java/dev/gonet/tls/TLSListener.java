package dev.gonet.tls;

import dev.gonet.Addr;
import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.spi.TLSProvider;
import java.io.IOException;

/**
 * Go's {@code tls.listener}: accepts from the inner listener and wraps each connection as a
 * server-side {@link TLSConn}; the handshake runs later, on the connection's first use, so a
 * slow client cannot hold up {@code accept}.
 */
final class TLSListener implements Listener {
    private final Listener inner;
    private final TLSConfig config;
    private final TLSProvider provider;

    TLSListener(Listener inner, TLSConfig config, TLSProvider provider) {
        this.inner = inner;
        this.config = config;
        this.provider = provider;
    }

    @Override
    public Conn accept() throws IOException {
        Conn c = inner.accept();
        try {
            return provider.server(c, config);
        } catch (IOException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }

    @Override
    public Addr addr() {
        return inner.addr();
    }

    @Override
    public String toString() {
        return "tls " + inner;
    }
}
