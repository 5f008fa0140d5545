package dev.gonet.demo.ws;

import dev.gonet.Dialer;
import dev.gonet.http.ServeMux;
import dev.gonet.jvm.JvmPlatform;
import dev.gonet.ws.Relay;
import dev.gonet.ws.WebSocket;
import java.time.Duration;
import java.util.List;

/**
 * The demo server's WebSocket endpoints:
 * <ul>
 *   <li>{@code /ws/echo}: {@link WsEcho}; speaks subprotocol {@value #ECHO_SUBPROTOCOL} when offered;</li>
 *   <li>{@code /ws/pair?id=X}: {@link WsPair}, both ends of a conn pair through the server;</li>
 *   <li>{@code /ws/close?code=N&reason=R}: {@link WsCloseProbe}, every way a connection ends;</li>
 *   <li>{@code /ws/relay?target=host:port}: gonet's websockify-style {@link Relay} to TCP,
 *       limited to {@code relayAllow} ({@code host:port} or {@code host:*} entries); empty (the
 *       default) refuses every target with 403 before the upgrade. The relay's own defaults
 *       apply: 64 KiB buffers, 30 s write timeout, the server's idle timeout, 256 relays at
 *       most.</li>
 * </ul>
 * Origins: same host only (the handler's default), so only pages this server served may connect.
 * Messages: echo and pair take up to {@link #MAX_MESSAGE_SIZE} (4 MiB), above the handler's 32 KiB
 * default, because the browser tests send messages of up to a few MiB (gonet's own conns send
 * at most 1 MiB per message); they stream, so a connection still holds only its buffers.
 */
public final class WsRoutes {
    /** The subprotocol {@code /ws/echo} accepts, so clients can check negotiation. */
    public static final String ECHO_SUBPROTOCOL = "gonet.echo.v1";
    /** The largest message {@code /ws/echo} and {@code /ws/pair} accept: 4 MiB. */
    public static final int MAX_MESSAGE_SIZE = 4 << 20;

    private WsRoutes() {
    }

    /** The routes, the relay allowing {@code relayAllow} for same-host pages. */
    public static void register(ServeMux mux, List<String> relayAllow) {
        register(mux, relayAllow, List.of());
    }

    /**
     * The routes, the relay allowing {@code relayAllow} for pages from exactly
     * {@code relayOrigins} ({@code http://host:port}, {@link Relay#withAllowedOrigins}); empty:
     * same-host pages, which DNS rebinding can pass (the demo server checks Host in front).
     */
    public static void register(ServeMux mux, List<String> relayAllow, List<String> relayOrigins) {
        WebSocket.Options opts = new WebSocket.Options().withMaxMessageSize(MAX_MESSAGE_SIZE);
        mux.handle("GET /ws/echo", WebSocket.handler(opts.withSubprotocols(ECHO_SUBPROTOCOL), new WsEcho()));
        mux.handle("GET /ws/pair", WebSocket.handler(opts, new WsPair()));
        mux.handle("GET /ws/close", new WsCloseProbe());
        // The JVM platform is named: browser-tests puts net-web on the same class path.
        Relay relay = Relay.allowing(relayAllow.toArray(new String[0]))
                .withDialer(new Dialer().withPlatform(new JvmPlatform()).withTimeout(Duration.ofSeconds(10)));
        if (!relayOrigins.isEmpty()) {
            relay = relay.withAllowedOrigins(relayOrigins.toArray(new String[0]));
        }
        mux.handle("GET /ws/relay", relay);
    }
}
