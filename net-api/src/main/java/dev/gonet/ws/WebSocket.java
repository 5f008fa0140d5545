package dev.gonet.ws;

import dev.gonet.http.Handler;
import java.util.List;
import java.util.Objects;

/**
 * The WebSocket server entry point: an {@link dev.gonet.http.Handler} that upgrades requests and
 * hands each connection to a {@link ConnHandler}, for any {@link dev.gonet.http.ServeMux}.
 *
 * <pre>{@code
 * ServeMux mux = new ServeMux();
 * mux.handle("GET /echo", WebSocket.handler((conn, r) -> conn.inputStream().transferTo(conn.outputStream())));
 * mux.handle("GET /chat", WebSocket.handler(new WebSocket.Options()
 *         .withSubprotocols("chat.v1")
 *         .withOriginPolicy(OriginPolicy.sameHostOr("app.example.com"))
 *         .withConfig(new WebSocketConfig().withPingInterval(Duration.ofSeconds(30), Duration.ofSeconds(10))),
 *     (conn, r) -> chat(conn)));
 * }</pre>
 *
 * <p>A request that is not an acceptable upgrade is answered with the status and Go's
 * {@code coder/websocket} text from {@link ServerHandshake} (426, 405, 400, 403) and the handler
 * is not called. When the {@link dev.gonet.http.Server} that read the request shuts down
 * ({@link dev.gonet.http.Server#shutdown}), every connection this handler opened on it is closed
 * with 1001 ({@code going away}) and reason {@code server shutting down}: the handler's pending
 * reads fail with the closed error, the client reads end of stream.
 */
public final class WebSocket {
    /** The close reason sent to every connection when the server shuts down. */
    public static final String SHUTDOWN_REASON = "server shutting down";

    private WebSocket() {
    }

    /** A handler with the default {@link Options}: no subprotocols, same-host origins only. */
    public static Handler handler(ConnHandler h) {
        return handler(new Options(), h);
    }

    /** A handler with {@code options}. */
    public static Handler handler(Options options, ConnHandler h) {
        return new UpgradeHandler(Objects.requireNonNull(options, "options"), Objects.requireNonNull(h, "h"));
    }

    /**
     * The server's choices: subprotocols it speaks, which browser origins may connect, and the
     * connection settings. Immutable; {@code with...} returns a changed copy.
     */
    public static final class Options {
        private final ServerHandshake handshake;
        private final WebSocketConfig config;

        /** No subprotocols, {@link OriginPolicy#SAME_HOST}, {@code new WebSocketConfig()}. */
        public Options() {
            this(new ServerHandshake(), new WebSocketConfig());
        }

        private Options(ServerHandshake handshake, WebSocketConfig config) {
            this.handshake = handshake;
            this.config = config;
        }

        /**
         * The subprotocols this server speaks; a client's first offered one that is listed is
         * chosen ({@link WebSocketConn#subprotocol()}), none when nothing matches.
         */
        public Options withSubprotocols(String... supported) {
            return new Options(handshake.withSubprotocols(supported), config);
        }

        /** Which {@code Origin}s may connect; default {@link OriginPolicy#SAME_HOST}, as Go's coder/websocket. */
        public Options withOriginPolicy(OriginPolicy policy) {
            return new Options(handshake.withOriginPolicy(policy), config);
        }

        /** Limits, buffers, keep-alive pings, close timeout. A null platform means the server's. */
        public Options withConfig(WebSocketConfig c) {
            return new Options(handshake, Objects.requireNonNull(c, "config"));
        }

        public List<String> subprotocols() {
            return handshake.subprotocols();
        }

        public OriginPolicy originPolicy() {
            return handshake.originPolicy();
        }

        public WebSocketConfig config() {
            return config;
        }

        ServerHandshake handshake() {
            return handshake;
        }
    }
}
