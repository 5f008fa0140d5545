/**
 * The HTTP/1.1 wire codec (RFC 9112) under {@code dev.gonet.http}, like Go's
 * {@code net/http/internal} and OkHttp's {@code internal.http1}: not API. Its public types are
 * public only so that {@code dev.gonet.http} and {@code dev.gonet.ws} (the WebSocket dialer
 * reads its 101 response with {@link dev.gonet.http.internal.Http1Reader}) can use them; both
 * are in the same module, net-api, so this package is never exported (JPMS) and may change in
 * any release. Its strictness and bounds are documented in {@code docs/http-codec.md}; what
 * users set are the {@link dev.gonet.http.Server} and {@link dev.gonet.http.Transport} options
 * that feed it.
 *
 * <p>Why internal and not a public wire package: nothing outside net-api needs it (net-native's
 * tests aside), and a public contract would freeze choices that belong to the server and client:
 * which leniencies are refused, the default bounds, the error reasons. Users get HTTP/1.1 through
 * {@code Server}, {@code Client} and {@code Transport}, and its one user-visible error,
 * {@link dev.gonet.http.ProtocolException}, stays public in {@code dev.gonet.http}.
 *
 * <p>What it holds:
 * <ul>
 *   <li>reading: {@link dev.gonet.http.internal.Http1Reader} (heads into
 *       {@link dev.gonet.http.internal.RequestHead} / {@link dev.gonet.http.internal.ResponseHead},
 *       with their {@link dev.gonet.http.internal.BodyFraming}), the request and status lines,
 *       field lines, and the framing rules that smuggling attacks
 *       ({@link dev.gonet.http.internal.Framing}: Transfer-Encoding, Content-Length, Trailer,
 *       Connection tokens, Host);</li>
 *   <li>bodies: {@link dev.gonet.http.internal.ChunkedInputStream},
 *       {@link dev.gonet.http.internal.FixedLengthInputStream} (both
 *       {@link dev.gonet.http.internal.WireCounted}: they count the bytes taken off the wire,
 *       framing included) and {@link dev.gonet.http.internal.ChunkedOutputStream};</li>
 *   <li>writing: {@link dev.gonet.http.internal.Http1Writer} (status lines and heads). Fields are
 *       always written by {@link dev.gonet.http.Header#writeTo}, the one writer of fields.</li>
 * </ul>
 *
 * <p>Not here: connections, keep-alive, pools, timeouts, handlers and routing (the server's and
 * client's machinery stays in {@code dev.gonet.http}: {@code ServerConn}, {@code ServerResponse},
 * {@code PersistConn}, {@code ConnPool}, ...), URLs ({@code dev.gonet.url}), the {@code Header}
 * type, and any I/O beyond the streams it is given. Pure code that TeaVM compiles: no regex,
 * {@code java.net}, NIO or reflection.
 */
package dev.gonet.http.internal;
