package dev.gonet.ws;

import dev.gonet.Conn;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.http.Handler;
import dev.gonet.http.Handlers;
import dev.gonet.http.Header;
import dev.gonet.http.Hijacked;
import dev.gonet.http.Request;
import dev.gonet.http.ResponseController;
import dev.gonet.http.ResponseWriter;
import dev.gonet.http.Server;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link WebSocket#handler}: handshake, hijack, the 101 response, then the {@link ConnHandler}
 * on the request's thread.
 *
 * <p>Graceful shutdown: the first upgrade read by a given {@link Server} registers a hook with
 * {@link Server#onShutdown} (the server is found through {@link Request#server()}, Go's
 * {@code ServerContextKey}); the hook closes every live connection of that server with 1001.
 * An upgrade that completes after the hook ran is closed with 1001 at once, so no connection
 * escapes the shutdown. Connections leave the registry when their handler returns.
 */
final class UpgradeHandler implements Handler {
    private final WebSocket.Options options;
    private final ConnHandler handler;

    private final Object lock = new Object();
    private final Map<Server, Set<WebSocketConn>> live = new HashMap<>(); // guarded by lock
    private final Set<Server> stopping = new HashSet<>(); // guarded by lock

    UpgradeHandler(WebSocket.Options options, ConnHandler handler) {
        this.options = options;
        this.handler = handler;
    }

    @Override
    public void serveHTTP(ResponseWriter w, Request r) throws IOException {
        ServerHandshake.Accepted accepted;
        try {
            accepted = options.handshake().accept(r.method(), r.proto(), r.host(), r.header());
        } catch (HandshakeException e) {
            for (String k : e.header().keys()) {
                for (String v : e.header().values(k)) {
                    w.header().add(k, v);
                }
            }
            Handlers.error(w, e.getMessage(), e.status());
            return;
        }
        Server server = r.server();
        WebSocketConfig config = options.config();
        if (config.platform() == null && server != null) {
            config = config.withPlatform(server.platform()); // virtual threads on the JVM
        }
        Hijacked hj = new ResponseController(w).hijack();
        Conn raw = hj.conn();
        try {
            // Written here rather than through the ResponseWriter, so exactly these fields go out.
            raw.write(switchingProtocols(accepted.responseHeader()));
        } catch (IOException e) {
            closeQuietly(raw);
            return; // the client left during the handshake: nobody to serve
        }
        WebSocketConn c = WebSocketConn.over(raw, hj.buffered(), Role.SERVER, r.tls() != null ? "wss" : "ws",
                accepted.subprotocol(), config);
        if (!register(server, c)) {
            closeQuietly(c, CloseCode.GOING_AWAY, WebSocket.SHUTDOWN_REASON);
        }
        boolean failed = true;
        try {
            handler.serve(c, r);
            failed = false;
        } catch (IOException e) {
            if (!endedConnection(e)) {
                throw e;
            }
            failed = false; // the conn was closed or the peer left: how handlers usually end
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            // Not an I/O failure of the conn but the handler's own: the server logs it as a panic.
            throw new RuntimeException(e);
        } finally {
            unregister(server, c);
            if (failed) {
                closeQuietly(c, CloseCode.INTERNAL_ERROR, "");
            } else {
                closeQuietly(c, CloseCode.NORMAL_CLOSURE, "");
            }
        }
    }

    /**
     * Whether {@code e} only says the connection is over (closed here or by the shutdown, closed
     * or dropped by the peer): not worth the server's error log.
     */
    private static boolean endedConnection(IOException e) {
        return Sentinel.CLOSED.in(e) || (e instanceof NetException && e.getCause() instanceof WebSocketException);
    }

    /**
     * The 101 head. The fields go through {@link Header#writeTo}, the one writer that keeps CR, LF
     * and other control characters of a value (a subprotocol the application configured, say)
     * from reaching the wire.
     */
    private static byte[] switchingProtocols(Header h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(Utf8.encode("HTTP/1.1 101 Switching Protocols\r\n"));
        h.writeTo(out);
        out.write('\r');
        out.write('\n');
        return out.toByteArray();
    }

    /** Adds {@code c} to its server's live set; false when that server is already shutting down. */
    private boolean register(Server server, WebSocketConn c) {
        if (server == null) {
            return true;
        }
        synchronized (lock) {
            Set<WebSocketConn> conns = live.get(server);
            if (conns == null) {
                conns = new HashSet<>();
                live.put(server, conns);
                server.onShutdown(() -> shutdown(server));
            }
            conns.add(c);
            return !stopping.contains(server);
        }
    }

    private void unregister(Server server, WebSocketConn c) {
        if (server == null) {
            return;
        }
        synchronized (lock) {
            Set<WebSocketConn> conns = live.get(server);
            if (conns != null) {
                conns.remove(c);
            }
        }
    }

    /** The server's onShutdown hook: 1001 to every live connection. */
    private void shutdown(Server server) {
        List<WebSocketConn> conns;
        synchronized (lock) {
            stopping.add(server);
            Set<WebSocketConn> s = live.get(server);
            conns = s == null ? List.of() : new ArrayList<>(s);
        }
        for (WebSocketConn c : conns) {
            closeQuietly(c, CloseCode.GOING_AWAY, WebSocket.SHUTDOWN_REASON);
        }
    }

    private static void closeQuietly(WebSocketConn c, int code, String reason) {
        try {
            c.close(code, reason);
        } catch (IOException e) {
            // already closed (by the handler, or the shutdown): the first close stands
        }
    }

    private static void closeQuietly(Conn c) {
        try {
            c.close();
        } catch (IOException e) {
            // already broken
        }
    }
}
