package dev.gonet.demo.ws;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.http.Handler;
import dev.gonet.http.Handlers;
import dev.gonet.http.Status;
import dev.gonet.jvm.JvmPlatform;
import dev.gonet.ws.CloseCode;
import dev.gonet.ws.WebSocket;
import dev.gonet.ws.WebSocketConn;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code /ws/relay?target=host:port}: a websockify-style relay, what a page's
 * {@code WebPlatform.setRelay(url)} dials for {@code Net.dial("tcp", ...)}. The target must be
 * one of the allowed {@code host:port}s, exactly as written; anything else is refused with 403
 * before the upgrade, so the page's dial fails. Bytes are copied both ways until either side
 * ends; a target that cannot be reached closes the WebSocket with 1011 and the dial error.
 */
public final class WsRelay {
    private WsRelay() {
    }

    /** The relay handler; an empty {@code allow} refuses every target. */
    public static Handler handler(List<String> allow) {
        Set<String> allowed = Set.copyOf(allow);
        Dialer tcp = new Dialer().withPlatform(new JvmPlatform()).withTimeout(Duration.ofSeconds(10));
        Handler upgrade = WebSocket.handler((ws, r) -> relay(ws, tcp, r.url().query().get("target")));
        return (w, r) -> {
            String target = r.url().query().get("target");
            if (target == null || target.isEmpty()) {
                Handlers.error(w, "relay: missing ?target=host:port", Status.BAD_REQUEST);
            } else if (!allowed.contains(target)) {
                Handlers.error(w, "relay: target " + target + " is not allowed", Status.FORBIDDEN);
            } else {
                upgrade.serveHTTP(w, r);
            }
        };
    }

    private static void relay(WebSocketConn ws, Dialer tcp, String target) throws IOException {
        Conn c;
        try {
            c = tcp.dial("tcp", target);
        } catch (IOException e) {
            ws.close(CloseCode.INTERNAL_ERROR, cut(e.getMessage()));
            return;
        }
        Thread up = Thread.ofVirtual().name("relay to " + target).start(() -> copyThenClose(ws, c));
        copyThenClose(c, ws);
        try {
            up.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies until {@code from} ends or fails, then closes both, which ends the other direction. */
    private static void copyThenClose(Conn from, Conn to) {
        byte[] buf = new byte[32 * 1024];
        try {
            int n;
            while ((n = from.read(buf)) >= 0) {
                to.write(buf, 0, n);
            }
        } catch (IOException ended) {
            // one side closed or failed: either way the relay is over
        } finally {
            closeQuietly(to);
            closeQuietly(from);
        }
    }

    private static void closeQuietly(Conn c) {
        try {
            c.close();
        } catch (IOException alreadyClosed) {
            // closed by the other direction first
        }
    }

    /** A close reason must fit in 123 bytes. */
    private static String cut(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100);
    }
}
