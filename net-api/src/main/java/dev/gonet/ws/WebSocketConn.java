package dev.gonet.ws;

import dev.gonet.Conn;
import java.io.IOException;

/**
 * A WebSocket as a byte stream: Go's {@code websocket.NetConn}, and what {@code Net.dial("ws",
 * url)} returns on every platform. The JVM implementation ({@link #over}) frames bytes over any
 * {@link Conn} (TCP, TLS, {@code mem}); the browser's wraps the page's {@code WebSocket}. Both
 * keep exactly this contract, on top of {@link Conn}'s:
 *
 * <p><b>Reading.</b> Incoming data messages, binary or text (as their UTF-8 bytes), are queued in
 * arrival order and {@code read} drains the queue across message boundaries: message framing is
 * not visible. Messages are streamed, in pieces as they arrive, never assembled: a message that
 * fails later (bad UTF-8 further on, the limit reached by a later fragment) has had its first
 * pieces read already. While more than the read buffer ({@link WebSocketConfig#readBufferSize()})
 * is queued, nothing more is taken from the network, so a slow reader slows the peer down. Pings
 * are answered at once by the connection itself, whether or not the application is reading.
 * The read deadline applies to the wait for queued data: when it passes, the pending read throws
 * the {@code i/o timeout} {@link dev.gonet.NetException} and data that arrives later is kept for
 * the next read.
 *
 * <p><b>Writing.</b> Each {@code write} is sent as binary messages: one message for up to
 * {@link #MAX_WRITE_MESSAGE} bytes, consecutive messages of that size for more. Messages go to an
 * outgoing queue that a writer thread drains; {@code write} blocks while more than the write
 * buffer ({@link WebSocketConfig#writeBufferSize()}, the browser's {@code bufferedAmount}) is
 * queued, honouring the write deadline. A message is queued whole or not at all: a timed-out
 * write sends nothing of the message it was waiting to queue, and the connection stays usable.
 * Concurrent writes do not interleave.
 *
 * <p><b>End of stream and errors.</b> The peer's close with 1000 (normal) or 1001 (going away)
 * reads as end of stream ({@code -1}) once the queued data is read. Any other close code, a
 * protocol violation (this side then closes with 1002, 1007 or 1009) or the connection dropping
 * without a close frame (1006) fails reads with a {@link dev.gonet.NetException} whose cause is
 * the {@link CloseException} (peer's code and reason) or {@link WebSocketException} (with
 * {@link WebSocketException#code()}); {@link CloseException#statusOf} finds the code.
 *
 * <p><b>The peer's close.</b> What was sent before it is read first, and what is written until a
 * read has returned the end is sent before the reply to the close, as with Go's
 * {@code coder/websocket} (an echo of the last message arrives). The reply goes out once a read
 * returned the end and the queue is flushed, or when the close timeout since the peer's close
 * passes, whichever comes first; writes after that fail as reads do. A write that returned is
 * never dropped by this side, except what the close timeout cuts off.
 *
 * <p><b>Closing.</b> {@link #close()} is {@code close(1000, "")}. It returns at once: pending and
 * later reads and writes on this end throw {@code use of closed network connection}; in the
 * background the queued messages are flushed, the close frame is sent, the peer's close frame
 * is awaited, and the underlying connection is closed, all within the close timeout
 * ({@link WebSocketConfig#closeTimeout()}). Closing again throws the closed error (as network
 * connections do in Go); the connection is closed either way.
 *
 * <p><b>Addresses.</b> {@code localAddr()} and {@code remoteAddr()} are the underlying
 * connection's where there is one (the browser knows only the URL's host and port). Errors name
 * network {@code ws} or {@code wss}.
 */
public interface WebSocketConn extends Conn {
    /** The largest message one {@code write} sends; longer writes are split (1 MiB). */
    int MAX_WRITE_MESSAGE = 1 << 20;

    /** {@return the subprotocol the handshake chose, or {@code ""} for none} */
    String subprotocol();

    /**
     * Closes with {@code code} and {@code reason} (at most 123 bytes of UTF-8), as {@link #close()}
     * does with 1000. The peer reads end of stream for 1000 and 1001, an error carrying the code
     * and reason otherwise.
     *
     * @param code the status code
     * @param reason the reason text
     * @throws IllegalArgumentException if {@code code} may not be sent (RFC 6455 §7.4: 1000-1003,
     *                                  1007-1014 and 3000-4999 may) or the reason is too long
     *
     * @throws IOException if the close handshake fails
     */
    void close(int code, String reason) throws IOException;

    /**
     * {@return a WebSocket over {@code conn}, whose opening handshake is done, for {@code role}}
     *
     * @param conn        the connection; the WebSocket owns it from now on and closes it
     * @param buffered    bytes already read from {@code conn} that belong to the WebSocket (e.g.
     *                    {@link dev.gonet.http.Hijacked#buffered()}); read before {@code conn}
     * @param role        which end this is (decides masking)
     * @param network     {@code ws} or {@code wss}, for error texts
     * @param subprotocol the subprotocol the handshake chose, {@code ""} for none
     * @param config      limits, buffers, keep-alive, threads
     *
     */
    static WebSocketConn over(Conn conn, byte[] buffered, Role role, String network, String subprotocol,
            WebSocketConfig config) {
        return new FramedConn(conn, buffered, role, network, subprotocol, config);
    }
}
