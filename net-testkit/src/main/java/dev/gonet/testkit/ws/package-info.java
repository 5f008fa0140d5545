/**
 * WebSockets on every platform: the codec's portable checks ({@link dev.gonet.testkit.ws.WsSuites}:
 * frames, messages, handshakes) and {@code ConnConformance} over WebSocket conns
 * ({@link dev.gonet.testkit.ws.WsConnSuites}).
 */
package dev.gonet.testkit.ws;
