package dev.gonet.ws;

import dev.gonet.http.Request;

/**
 * What a WebSocket server does with each accepted connection ({@link WebSocket#handler}).
 *
 * <p>Runs on the HTTP request's thread, after the opening handshake; the connection is open
 * and belongs to the handler until it returns. When it returns the connection is closed with
 * 1000 (if the handler has not closed it), when it throws with 1011 and the exception goes on
 * to the server, which logs it. An {@link java.io.IOException} that only reports the end of
 * the connection ({@code use of closed network connection}, the peer's close or drop, as a
 * server shutdown causes) counts as a normal return. Blocking is expected: read and write until
 * done.
 */
@FunctionalInterface
public interface ConnHandler {

    /**
     * Serves {@code conn}, opened by the upgrade request {@code r} (its header, URL, remote address).
     *
     * @param conn the connection
     * @param r the request
     * @throws Exception anything; the connection is then closed with 1011
     */
    void serve(WebSocketConn conn, Request r) throws Exception;
}
