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
 *
 * <p>Incoming messages are limited to {@link #DEFAULT_MAX_MESSAGE_SIZE} (32 KiB, as Go's
 * {@code coder/websocket}) unless the options raise it ({@link Options#withMaxMessageSize});
 * a larger message fails the connection with 1009. Messages are streamed to {@code read}, never
 * assembled, so the limit is a policy, not what bounds memory: that is the read and write
 * buffers of {@link WebSocketConfig}.
 */
public final class WebSocket {
    /** The close reason sent to every connection when the server shuts down. */
    public static final String SHUTDOWN_REASON = "server shutting down";
    /**
     * The largest incoming message a handler accepts unless told otherwise: 32 KiB, Go's
     * {@code coder/websocket} default read limit. Clients ({@link WebSocketConfig}) default to
     * 32 MiB.
     */
    public static final int DEFAULT_MAX_MESSAGE_SIZE = 32 << 10;

    private WebSocket() {
    }

    /**
     * {@return a handler with the default {@link Options}: no subprotocols, same-host origins only, 32 KiB
     *   messages}
     *
     * @param h the handler each connection is given to
     */
    public static Handler handler(ConnHandler h) {
        return handler(new Options(), h);
    }

    /**
     * {@return a handler with {@code options}}
     *
     * @param options the handler options
     * @param h the handler each connection is given to
     */
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

        /**
         * No subprotocols, {@link OriginPolicy#SAME_HOST}, and {@code new WebSocketConfig()} with
         * the message limit at {@link #DEFAULT_MAX_MESSAGE_SIZE}.
         */
        public Options() {
            this(new ServerHandshake(), new WebSocketConfig().withMaxMessageSize(DEFAULT_MAX_MESSAGE_SIZE));
        }

        private Options(ServerHandshake handshake, WebSocketConfig config) {
            this.handshake = handshake;
            this.config = config;
        }

        /**
         * The subprotocols this server speaks; a client's first offered one that is listed is
         * chosen ({@link WebSocketConn#subprotocol()}), none when nothing matches.
         *
         * @param supported the subprotocols supported, most preferred first
         * @return a copy with this setting; the receiver is unchanged
         */
        public Options withSubprotocols(String... supported) {
            return new Options(handshake.withSubprotocols(supported), config);
        }

        /**
         * Which {@code Origin}s may connect; default {@link OriginPolicy#SAME_HOST}, as Go's
         * coder/websocket, which DNS rebinding defeats: see {@link #withAllowedOrigins}.
         *
         * @param policy the origin policy
         * @return a copy with this setting; the receiver is unchanged
         */
        public Options withOriginPolicy(OriginPolicy policy) {
            return new Options(handshake.withOriginPolicy(policy), config);
        }

        /**
         * Only pages from exactly these origins may connect ({@link OriginPolicy#allowing}, e.g.
         * {@code http://127.0.0.1:8080}), not the same host: DNS rebinding cannot pass it.
         *
         * @param origins the allowed origins, e.g. {@code http://127.0.0.1:8080}
         * @return a copy with this setting; the receiver is unchanged
         */
        public Options withAllowedOrigins(String... origins) {
            return withOriginPolicy(OriginPolicy.allowing(origins));
        }

        /**
         * Limits, buffers, keep-alive pings, close timeout, taken as given: a config built with
         * {@code new WebSocketConfig()} has the client's 32 MiB message limit, so start from
         * {@link #config()} to keep this handler's. A null platform means the server's.
         *
         * @param c the config
         * @return a copy with this setting; the receiver is unchanged
         */
        public Options withConfig(WebSocketConfig c) {
            return new Options(handshake, Objects.requireNonNull(c, "config"));
        }

        /**
         * The largest incoming message (all fragments), {@link #DEFAULT_MAX_MESSAGE_SIZE} by
         * default; a larger one fails the connection with 1009 ({@code read limited at N bytes}). Raise
         * it for clients that send larger messages, and keep it bounded.
         *
         * @param n the max message size
         * @return a copy with this setting; the receiver is unchanged
         */
        public Options withMaxMessageSize(int n) {
            return new Options(handshake, config.withMaxMessageSize(n));
        }

        /** {@return the subprotocols the handler supports, most preferred first} */
        public List<String> subprotocols() {
            return handshake.subprotocols();
        }

        /** {@return which {@code Origin}s are accepted} */
        public OriginPolicy originPolicy() {
            return handshake.originPolicy();
        }

        /** {@return the limits and timeouts of accepted connections} */
        public WebSocketConfig config() {
            return config;
        }

        ServerHandshake handshake() {
            return handshake;
        }
    }
}
