package dev.gonet.demo.ws;

import dev.gonet.Conn;
import dev.gonet.http.Handler;
import dev.gonet.http.Handlers;
import dev.gonet.http.Hijacked;
import dev.gonet.http.Request;
import dev.gonet.http.ResponseController;
import dev.gonet.http.ResponseWriter;
import dev.gonet.http.Status;
import dev.gonet.ws.CloseCode;
import dev.gonet.ws.FrameWriter;
import dev.gonet.ws.HandshakeException;
import dev.gonet.ws.Role;
import dev.gonet.ws.ServerHandshake;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;

/**
 * {@code /ws/close?code=N&reason=R}: a test endpoint that ends a WebSocket the way a client
 * must cope with. It accepts the upgrade, sends the text message {@code bye}, then either sends
 * a close frame with status {@code N} and reason {@code R} (and waits briefly for the client's
 * reply), or, for {@code code=drop}, cuts the TCP connection with no close frame at all, which
 * a browser reports as 1006. {@code delay=MS} (at most 10 s) holds the upgrade response back that
 * long first, for dial timeouts.
 *
 * <p>Written on the codec alone (hijack, {@link ServerHandshake}, {@link FrameWriter}) rather
 * than a full WebSocket connection, because dropping without a close frame is exactly what a
 * well-behaved connection never does.
 */
public final class WsCloseProbe implements Handler {
    /** How long to wait for the client's close frame before cutting the connection. */
    private static final long CLOSE_WAIT_MILLIS = 2_000;

    @Override
    public void serveHTTP(ResponseWriter w, Request r) throws IOException {
        String codeParam = r.url().query().get("code");
        String reason = r.url().query().get("reason"); // "" when absent
        boolean drop = "drop".equals(codeParam);
        int code;
        try {
            code = drop ? CloseCode.ABNORMAL_CLOSURE : Integer.parseInt(codeParam == null ? "" : codeParam);
        } catch (NumberFormatException e) {
            Handlers.error(w, "code: want a close status or \"drop\"", Status.BAD_REQUEST);
            return;
        }
        if (!drop && !CloseCode.isValidOnWire(code)) {
            Handlers.error(w, "code " + code + " cannot be sent in a close frame", Status.BAD_REQUEST);
            return;
        }
        String delay = r.url().query().get("delay");
        if (!delay.isEmpty()) { // Values.get gives "" when absent, as Go does
            try {
                Thread.sleep(Math.min(10_000, Math.max(0, Long.parseLong(delay))));
            } catch (NumberFormatException e) {
                Handlers.error(w, "delay: want milliseconds", Status.BAD_REQUEST);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        ServerHandshake.Accepted ok;
        try {
            ok = new ServerHandshake().accept(r.method(), r.proto(), r.host(), r.header());
        } catch (HandshakeException e) {
            Handlers.error(w, e.getMessage(), e.status());
            return;
        }
        Hijacked h = new ResponseController(w).hijack();
        Conn c = h.conn();
        try (c) {
            OutputStream out = new BufferedOutputStream(c.outputStream());
            out.write("HTTP/1.1 101 Switching Protocols\r\n".getBytes(StandardCharsets.ISO_8859_1));
            ok.responseHeader().writeTo(out);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            FrameWriter frames = new FrameWriter(out, Role.SERVER, new Random());
            frames.writeText("bye");
            if (!drop) {
                frames.writeClose(code, reason == null ? "" : reason);
            }
            out.flush();
            if (!drop) {
                // Let the client's close frame arrive before the TCP close, so its close is clean.
                c.setReadDeadline(Instant.now().plusMillis(CLOSE_WAIT_MILLIS));
                byte[] sink = new byte[512];
                try {
                    while (c.read(sink) >= 0) {
                        // discard: the client's close frame, then its TCP close
                    }
                } catch (IOException timeoutOrReset) {
                    // either ends the wait
                }
            }
        }
    }
}
