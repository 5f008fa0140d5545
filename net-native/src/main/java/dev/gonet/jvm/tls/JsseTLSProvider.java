package dev.gonet.jvm.tls;

import dev.gonet.Conn;
import dev.gonet.spi.TLSProvider;
import dev.gonet.tls.TLSConfig;
import dev.gonet.tls.TLSConn;
import java.io.IOException;

/**
 * The JVM's {@link TLSProvider}: TLS through JSSE's {@code SSLEngine} over any gonet
 * {@link Conn}, registered in {@code META-INF/services/dev.gonet.spi.TLSProvider}.
 */
public final class JsseTLSProvider implements TLSProvider {

    /** For {@code ServiceLoader}. */
    public JsseTLSProvider() {
    }

    @Override
    public TLSConn client(Conn conn, TLSConfig config) throws IOException {
        return new JsseTLSConn(conn, Contexts.clientEngine(config), true, config.serverName(), null);
    }

    @Override
    public TLSConn server(Conn conn, TLSConfig config) throws IOException {
        Alpn alpn = new Alpn(config.nextProtos());
        return new JsseTLSConn(conn, Contexts.serverEngine(config, alpn), false, "", alpn);
    }

    @Override
    public void prepare(TLSConfig config, boolean server) throws IOException {
        Contexts.context(config, server);
    }
}
