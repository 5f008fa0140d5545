/**
 * net-web's platform: {@link dev.gonet.web.WebPlatform}, the browser side of
 * {@code dev.gonet.spi.Platform} for code compiled by TeaVM (JS and WASM-GC bundles). What a page
 * can do, it does with the browser's own means:
 * <ul>
 *   <li>{@code Net.dial("ws"/"wss")} over the page's {@code WebSocket}
 *       ({@link dev.gonet.web.BrowserWebSocketConn}, a {@code dev.gonet.ws.WebSocketConn}), and
 *       {@code Net.dial("tcp")} through an opt-in WebSocket relay
 *       ({@link dev.gonet.web.WebPlatform#setRelay});</li>
 *   <li>HTTP over {@code fetch} ({@link dev.gonet.web.FetchTransport}, the default transport,
 *       with streamed bodies, {@code FetchOptions} and {@code AbortSignal});</li>
 *   <li>names through DNS over HTTPS ({@code dev.gonet.dns.DoHResolver}, replaceable with
 *       {@link dev.gonet.web.WebPlatform#setResolver});</li>
 *   <li>green threads and {@code setTimeout} timers; JS callbacks only enqueue data and complete
 *       stored callbacks, never block.</li>
 * </ul>
 * What a page cannot do (listen, UDP, raw TCP without a relay) fails with a
 * {@code NetException} that says why.
 *
 * <p>Not here: the JSO bindings TeaVM lacks ({@code dev.gonet.web.jso}), the JavaScript API
 * (js-glue's {@code dev.gonet.glue}), and any shared algorithm (net-api's).
 */
package dev.gonet.web;
