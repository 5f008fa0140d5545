package dev.gonet.glue;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.NetException;
import dev.gonet.ws.WebSocketConn;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * The connections JavaScript holds, by number: JS gets an id from {@link #dial} and passes it
 * back to read, write, close and set deadlines. Results and errors cross as JSON strings (data as
 * an {@code Int8Array}) so both bundles behave the same; {@code gonet.mjs} turns them into
 * {@code Uint8Array}s, {@code null} at EOF, and thrown {@code GonetError}s.
 *
 * <p>Touched only on the page's thread (exports and green threads between suspensions), so the
 * table needs no lock.
 */
final class ConnTable {
    private static final Map<Integer, Conn> CONNS = new HashMap<>();
    private static int nextId = 1;

    private ConnTable() {
    }

    /** Blocks (on a green thread) until dialed: {@code {"id",...}} or an error object. */
    static String dial(String network, String address, int timeoutMillis, String subprotocols) {
        try {
            Dialer d = new Dialer();
            if (timeoutMillis > 0) {
                d = d.withTimeout(Duration.ofMillis(timeoutMillis));
            }
            if (subprotocols != null && !subprotocols.isEmpty()) {
                d = d.withSubprotocols(subprotocols.split(","));
            }
            Conn c = d.dial(network, address);
            int id = nextId++;
            CONNS.put(id, c);
            return Json.object("id", id, "network", c.remoteAddr().network(), "localAddr", c.localAddr().toString(),
                    "remoteAddr", c.remoteAddr().toString(),
                    "subprotocol", c instanceof WebSocketConn ws ? ws.subprotocol() : "");
        } catch (IOException | RuntimeException e) {
            return Json.error(e);
        }
    }

    /** Blocks until data: an {@code Int8Array}, or {@code {"eof":true}}, or an error object. */
    static JSObject read(int id, int max) {
        try {
            Conn c = conn(id, "read");
            byte[] b = new byte[Math.max(1, Math.min(max, 1 << 20))];
            int n = c.read(b, 0, b.length);
            if (n < 0) {
                return JSString.valueOf(Json.object("eof", true));
            }
            byte[] out = n == b.length ? b : java.util.Arrays.copyOf(b, n);
            return Int8Array.copyFromJavaArray(out);
        } catch (IOException | RuntimeException e) {
            return JSString.valueOf(Json.error(e));
        }
    }

    /** Blocks until written: {@code {"n":len}} or an error object. */
    static String write(int id, Int8Array data) {
        try {
            byte[] b = data.copyToJavaArray();
            conn(id, "write").write(b, 0, b.length);
            return Json.object("n", b.length);
        } catch (IOException | RuntimeException e) {
            return Json.error(e);
        }
    }

    /** Never blocks: {@code {}} or an error object. {@code code} 0 means a plain close (1000). */
    static String close(int id, int code, String reason) {
        try {
            // Kept until JS lets go of the conn object (release): later calls then get the
            // conn's own closed error, with its addresses, as in Go.
            Conn c = conn(id, "close");
            if (code != 0 && c instanceof WebSocketConn ws) {
                ws.close(code, reason == null ? "" : reason);
            } else {
                c.close();
            }
            return "{}";
        } catch (IOException | RuntimeException e) {
            return Json.error(e);
        }
    }

    /**
     * Drops the handle (called when the JS conn object is garbage collected); closes the conn
     * if JS never did, so an abandoned conn does not keep its WebSocket open.
     */
    static void release(int id) {
        Conn c = CONNS.remove(id);
        if (c != null) {
            try {
                c.close();
            } catch (IOException alreadyClosed) {
                // the usual case: JS closed it before dropping it
            }
        }
    }

    /**
     * Never blocks: sets the {@code which} ("both", "read", "write") deadline to
     * {@code epochMillis}, or clears it when negative. {@code {}} or an error object.
     */
    static String setDeadline(int id, String which, double epochMillis) {
        try {
            Conn c = conn(id, "set");
            Instant t = epochMillis < 0 || Double.isNaN(epochMillis) ? null : Instant.ofEpochMilli((long) epochMillis);
            switch (which) {
                case "read" -> c.setReadDeadline(t);
                case "write" -> c.setWriteDeadline(t);
                default -> c.setDeadline(t);
            }
            return "{}";
        } catch (IOException | RuntimeException e) {
            return Json.error(e);
        }
    }

    private static Conn conn(int id, String op) throws NetException {
        Conn c = CONNS.get(id);
        if (c == null) {
            // A released (or never opened) handle: the closed-connection error, as Go reports it.
            throw new NetException(op, "", null, null, dev.gonet.Sentinel.CLOSED.exception());
        }
        return c;
    }
}
