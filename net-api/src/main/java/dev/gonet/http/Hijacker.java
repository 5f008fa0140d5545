package dev.gonet.http;

import java.io.IOException;

/**
 * Go's {@code http.Hijacker}: a {@link ResponseWriter} that can hand its connection over to
 * the handler (for WebSocket and other upgrades, or CONNECT tunnels). Use it through
 * {@link ResponseController#hijack()}.
 */
public interface Hijacker {

    /**
     * Takes the connection over. The server stops using it: it will not read, write, time out
     * or close it; the caller owns it and must close it. Returns the connection and the bytes
     * the server had already read from it beyond the request head and consumed body.
     *
     * @return the connection and the bytes already buffered
     * @throws IOException if the connection was hijacked already or the response has started
     */
    Hijacked hijack() throws IOException;
}
