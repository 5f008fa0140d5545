package dev.gonet.spi;

import dev.gonet.Conn;
import dev.gonet.tls.TLS;
import dev.gonet.tls.TLSConfig;
import dev.gonet.tls.TLSConn;
import java.io.IOException;

/**
 * The TLS seam: what {@link TLS} delegates to. net-native provides the JSSE implementation in
 * {@code META-INF/services/dev.gonet.spi.TLSProvider}; the browser has none (it does TLS itself
 * for {@code wss://} and {@code https://}), so {@link TLS} fails there with a message naming
 * {@code dev.gonet:net-native}.
 *
 * <p><b>Contract.</b> Thread-safe. {@code client} and {@code server} do not handshake (the
 * returned {@link TLSConn} does, lazily); they may fail early for a configuration that cannot
 * work (bad key, no usable version), with a {@link dev.gonet.tls.TLSException} in Go's words.
 */
public interface TLSProvider {

    /**
     * {@return a client-side TLS connection over {@code conn} (Go's {@code tls.Client})}
     *
     * @param conn the connection
     * @param config the configuration
     * @throws IOException if the handshake or the configuration fails
     */
    TLSConn client(Conn conn, TLSConfig config) throws IOException;

    /**
     * {@return a server-side TLS connection over {@code conn} (Go's {@code tls.Server})}
     *
     * @param conn the connection
     * @param config the configuration
     * @throws IOException if the handshake or the configuration fails
     */
    TLSConn server(Conn conn, TLSConfig config) throws IOException;

    /**
     * Checks {@code config} for the given side and prepares what its connections share, so a
     * listener fails at {@code listen} time rather than on every accepted connection. Default:
     * nothing to check.
     *
     * @param config the configuration
     * @param server the server
     * @throws IOException if the handshake or the configuration fails
     */
    default void prepare(TLSConfig config, boolean server) throws IOException {
    }
}
