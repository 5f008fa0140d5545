package dev.gonet.demo.ws;

import dev.gonet.http.Request;
import dev.gonet.ws.CloseCode;
import dev.gonet.ws.CloseException;
import dev.gonet.ws.ConnHandler;
import dev.gonet.ws.WebSocketConn;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /ws/pair?id=X}: joins the two WebSocket connections that ask for the same id, byte for
 * byte in both directions, so one page can hold both ends of a conn pair through a real server
 * (the browser conformance suite's {@code ConnPairMaker}).
 *
 * <p>The first connection waits (without reading, so a writer to it meets backpressure) up to
 * {@link #PARTNER_WAIT_MILLIS} for the second, then is closed with 1008. When one side ends,
 * the other is closed the same way: end of stream (1000/1001) as 1000, the peer's close code as
 * itself when it may be sent, anything else (1006, a violation) as 1011.
 */
public final class WsPair implements ConnHandler {
    static final long PARTNER_WAIT_MILLIS = 30_000;

    private static final class Waiting {
        final WebSocketConn conn;
        WebSocketConn partner; // guarded by WsPair.this

        Waiting(WebSocketConn conn) {
            this.conn = conn;
        }
    }

    private final Map<String, Waiting> waiting = new HashMap<>(); // guarded by this

    @Override
    public void serve(WebSocketConn conn, Request r) throws Exception {
        String id = r.url().query().get("id");
        if (id == null || id.isEmpty() || id.length() > 200) {
            conn.close(CloseCode.POLICY_VIOLATION, "want ?id= of 1 to 200 characters");
            return;
        }
        WebSocketConn partner;
        synchronized (this) {
            Waiting first = waiting.remove(id);
            if (first != null) {
                first.partner = conn;
                notifyAll();
                partner = first.conn;
            } else {
                Waiting mine = new Waiting(conn);
                waiting.put(id, mine);
                long until = System.currentTimeMillis() + PARTNER_WAIT_MILLIS;
                long left;
                while (mine.partner == null && (left = until - System.currentTimeMillis()) > 0) {
                    wait(left);
                }
                if (mine.partner == null) {
                    waiting.remove(id, mine);
                    closeQuietly(conn, CloseCode.POLICY_VIOLATION, "no partner for this id");
                    return;
                }
                partner = mine.partner;
            }
        }
        splice(conn, partner);
    }

    /** Copies {@code from} to {@code to} until {@code from} ends, then ends {@code to} likewise. */
    private static void splice(WebSocketConn from, WebSocketConn to) {
        byte[] buf = new byte[64 * 1024];
        try {
            int n;
            while ((n = from.read(buf)) >= 0) {
                to.write(buf, 0, n);
            }
            closeQuietly(to, CloseCode.NORMAL_CLOSURE, "");
        } catch (IOException e) {
            int code = CloseException.statusOf(e);
            boolean forward = code >= 3000 && code <= 4999 || code == CloseCode.NORMAL_CLOSURE
                    || code == CloseCode.GOING_AWAY || code == CloseCode.POLICY_VIOLATION;
            String reason = forward && e.getCause() instanceof CloseException ce ? ce.reason() : "";
            closeQuietly(to, forward ? code : CloseCode.INTERNAL_ERROR, reason);
        }
    }

    private static void closeQuietly(WebSocketConn c, int code, String reason) {
        try {
            c.close(code, reason);
        } catch (IOException | IllegalArgumentException alreadyClosed) {
            // the other direction got there first; the connection is closed either way
        }
    }
}
