/**
 * The WebSocket protocol (RFC 6455) as a pure codec: frames, messages, the close handshake and
 * the opening handshake, with no I/O of its own beyond the streams it is given. It runs on the
 * JVM and under TeaVM (no regex, reflection, {@code java.net}, NIO or
 * {@code java.util.concurrent.locks}; SHA-1 and UTF-8 validation are written here).
 *
 * <p>The pieces, bottom up:
 * <ul>
 *   <li>{@link dev.gonet.ws.FrameReader} / {@link dev.gonet.ws.FrameWriter}: frames for one
 *       {@link dev.gonet.ws.Role}, every framing rule enforced;</li>
 *   <li>{@link dev.gonet.ws.MessageReader}: whole messages, pings answered and the close
 *       handshake run through a {@link dev.gonet.ws.ControlHandler} the connection layer
 *       supplies;</li>
 *   <li>{@link dev.gonet.ws.ServerHandshake} / {@link dev.gonet.ws.ClientHandshake}: the HTTP
 *       upgrade on {@link dev.gonet.http.Header} maps.</li>
 * </ul>
 *
 * <p>Errors: a peer's violation is a {@link dev.gonet.ws.WebSocketException} whose
 * {@code code()} is the close status to send (1002, 1007, 1009) or 1006 when the stream ended;
 * the peer's close frame is a {@link dev.gonet.ws.CloseException}; a failed upgrade is a
 * {@link dev.gonet.ws.HandshakeException}. Texts follow one style throughout, Go's
 * {@code coder/websocket}: {@code failed to read frame header: EOF},
 * {@code received close frame: status = StatusNormalClosure and reason = ""},
 * {@code received unmasked frame from client}, {@code read limited at 32768 bytes}.
 */
package dev.gonet.ws;
