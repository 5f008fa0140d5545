package dev.gonet.demo.ws;

import dev.gonet.http.Request;
import dev.gonet.ws.ConnHandler;
import dev.gonet.ws.WebSocketConn;

/** {@code /ws/echo}: sends back every byte it reads, until the client closes. */
public final class WsEcho implements ConnHandler {
    @Override
    public void serve(WebSocketConn conn, Request r) throws Exception {
        byte[] buf = new byte[64 * 1024];
        int n;
        while ((n = conn.read(buf)) >= 0) {
            conn.write(buf, 0, n);
        }
    }
}
