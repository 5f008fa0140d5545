/**
 * WebSockets (RFC 6455) as {@code Conn}s, over any {@code Conn}, on the JVM and in the browser's
 * shared code: the codec, the connection built on it, the server's handler, the client's dialer
 * and a relay. Pure code that TeaVM compiles (no regex, reflection, {@code java.net}, NIO or
 * {@code java.util.concurrent.locks}; SHA-1 and UTF-8 validation are written here).
 *
 * <p>The pieces, bottom up:
 * <ul>
 *   <li>the codec: {@link dev.gonet.ws.FrameReader} / {@link dev.gonet.ws.FrameWriter} (frames for
 *       one {@link dev.gonet.ws.Role}, every framing rule enforced),
 *       {@link dev.gonet.ws.MessageReader} (whole messages, pings answered and the close
 *       handshake run through a {@link dev.gonet.ws.ControlHandler}), and the opening handshake
 *       on {@link dev.gonet.http.Header} maps ({@link dev.gonet.ws.ServerHandshake},
 *       {@link dev.gonet.ws.ClientHandshake});</li>
 *   <li>the connection: {@link dev.gonet.ws.WebSocketConn}, a byte stream with Go's deadlines
 *       over messages, configured by {@link dev.gonet.ws.WebSocketConfig}; the package-private
 *       {@code FramedConn} runs it over a {@code Conn} with a reader and a writer thread and a
 *       keep-alive pinger (net-web's {@code BrowserWebSocketConn} is the other
 *       implementation);</li>
 *   <li>the server: {@link dev.gonet.ws.WebSocket#handler} (an HTTP handler that upgrades and
 *       hands each connection to a {@link dev.gonet.ws.ConnHandler}), checked by an
 *       {@link dev.gonet.ws.OriginPolicy};</li>
 *   <li>the client: {@link dev.gonet.ws.WebSocketDialer}, which {@code Net.dial("ws"/"wss")}
 *       reaches on the JVM (it reads the 101 response with the HTTP codec in
 *       {@code dev.gonet.http.internal}, in the same module);</li>
 *   <li>{@link dev.gonet.ws.Relay}: a websockify-style bridge from pages to allowlisted TCP
 *       services.</li>
 * </ul>
 *
 * <p>Errors: a peer's violation is a {@link dev.gonet.ws.WebSocketException} whose
 * {@code code()} is the close status to send (1002, 1007, 1009) or 1006 when the stream ended;
 * the peer's close frame is a {@link dev.gonet.ws.CloseException}; a failed upgrade is a
 * {@link dev.gonet.ws.HandshakeException}. Texts follow one style throughout, Go's
 * {@code coder/websocket}: {@code failed to read frame header: EOF},
 * {@code received close frame: status = StatusNormalClosure and reason = ""},
 * {@code received unmasked frame from client}, {@code read limited at 32768 bytes}.
 *
 * <p>Not here: the browser's own WebSocket (net-web's {@code dev.gonet.web}), the sockets under a
 * JVM dial (net-native), extensions such as permessage-deflate, and HTTP/2 WebSockets.
 */
package dev.gonet.ws;
