/**
 * Go's {@code net/http}: the HTTP/1.1 server, the client, routing and file serving, on any
 * {@code Conn} and {@code Listener} (TCP, Unix, TLS, the in-memory networks), on the JVM and in
 * the browser.
 *
 * <ul>
 *   <li>server: {@link dev.gonet.http.Server}, {@link dev.gonet.http.Handler} /
 *       {@link dev.gonet.http.HandlerFunc}, {@link dev.gonet.http.Request},
 *       {@link dev.gonet.http.ResponseWriter} and its optional interfaces
 *       ({@link dev.gonet.http.Flusher}, {@link dev.gonet.http.Hijacker},
 *       {@link dev.gonet.http.ResponseController}), {@link dev.gonet.http.Handlers} (Go's helper
 *       functions), {@link dev.gonet.http.TimeoutHandler}, {@link dev.gonet.http.MaxBytesReader},
 *       {@link dev.gonet.http.MinDataRate};</li>
 *   <li>routing: Go 1.22's {@link dev.gonet.http.ServeMux} on {@link dev.gonet.http.Routes};</li>
 *   <li>files: {@link dev.gonet.http.FileServer} over a {@link dev.gonet.http.FileSystem} (ranges,
 *       conditional requests, directory listings);</li>
 *   <li>client: {@link dev.gonet.http.Http} (Go's package functions),
 *       {@link dev.gonet.http.Client}, {@link dev.gonet.http.Transport},
 *       {@link dev.gonet.http.RoundTripper}, {@link dev.gonet.http.UserAgentRoundTripper} (the
 *       seam to a browser's {@code fetch}), {@link dev.gonet.http.ProxyConfig},
 *       {@link dev.gonet.http.FetchOptions}, {@link dev.gonet.http.AbortSignal};</li>
 *   <li>shared values: {@link dev.gonet.http.Header}, {@link dev.gonet.http.Response},
 *       {@link dev.gonet.http.Cookie} and the {@link dev.gonet.http.CookieJar} interface,
 *       {@link dev.gonet.http.Status}, {@link dev.gonet.http.HttpDate},
 *       {@link dev.gonet.http.ContentType}, and the errors a caller sees
 *       ({@link dev.gonet.http.ClientException}, {@link dev.gonet.http.HttpError},
 *       {@link dev.gonet.http.ProtocolException}, {@link dev.gonet.http.MaxBytesException}, ...).</li>
 * </ul>
 * The server's and client's machinery is package-private beside them: connections
 * ({@code ServerConn}, {@code ServerResponse}, {@code PersistConn}, {@code ConnPool}), the
 * routing tree, redirects, request writing, gzip.
 *
 * <p>Not here: URLs and query strings ({@code dev.gonet.url}), the cookie jar
 * ({@code dev.gonet.http.cookiejar}), the HTTP/1.1 wire codec ({@code dev.gonet.http.internal},
 * not API), WebSockets ({@code dev.gonet.ws}), DNS over HTTPS ({@code dev.gonet.dns}), the
 * browser's {@code fetch} transport (net-web's {@code dev.gonet.web.FetchTransport}), a file
 * system on disk (net-native's {@code dev.gonet.jvm.http.DirFileSystem}), HTTP/2 and HTTP/3.
 * Pure code that TeaVM compiles.
 */
package dev.gonet.http;
