/**
 * The demo server's WebSocket endpoints under {@code /ws/} ({@link dev.gonet.demo.ws.WsRoutes}):
 * echo, a conn pair joined through the server, a close probe for every way a connection ends, and
 * gonet's {@code Relay} to the TCP targets the command line allows (none by default). The browser
 * tests and the demo pages dial them.
 */
package dev.gonet.demo.ws;
