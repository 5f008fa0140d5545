/**
 * The demo server's own TCP service, {@link dev.gonet.demo.tcp.TcpEcho}: an echo on a loopback
 * port that the WebSocket relay may reach, so a page can dial {@code "tcp"} through
 * {@code /ws/relay} without anything else running. Not here: the relay itself
 * ({@code dev.gonet.ws.Relay}, mounted by {@code dev.gonet.demo.ws}).
 */
package dev.gonet.demo.tcp;
