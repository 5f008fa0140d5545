package dev.gonet.browsertest;

/**
 * Where the browser suites find the demo server's WebSocket endpoints, handed in by the page
 * (the server that served it): {@code base} is {@code ws://127.0.0.1:PORT}; {@code tcpEcho} a
 * loopback TCP echo the server's relay allows, {@code tcpDenied} one it does not.
 */
public record WsEndpoints(String base, String tcpEcho, String tcpDenied) {
    /** Placeholder endpoints for listing case ids on the JVM, where nothing is dialed. */
    public static final WsEndpoints LISTING = new WsEndpoints("ws://127.0.0.1:0", "127.0.0.1:0", "127.0.0.1:0");

    /** {@code base + path}, e.g. {@code url("/ws/echo")}. */
    public String url(String path) {
        return base + path;
    }

    /** The server's {@code host:port}, as a dialed conn's remote address prints it. */
    public String hostPort() {
        return base.substring(base.indexOf("://") + 3);
    }
}
