package dev.gonet.browsertest;

/**
 * Where the browser suites find the demo server, handed in by the page: {@code origin} is the
 * server that served the page, {@code http://127.0.0.1:PORT}; {@code other} a second server on
 * another port, so a different origin (CORS); {@code closed} a loopback {@code host:port} where
 * nothing listens (not one of the ports browsers refuse outright, like 1); {@code tcpEcho} a
 * loopback TCP echo the server's relay allows, {@code tcpDenied} one it does not.
 */
public record Endpoints(String origin, String other, String closed, String tcpEcho, String tcpDenied) {
    /** Placeholder endpoints for listing case ids on the JVM, where nothing is dialed. */
    public static final Endpoints LISTING = new Endpoints("http://127.0.0.1:0", "http://127.0.0.1:1",
            "127.0.0.1:2", "127.0.0.1:0", "127.0.0.1:0");

    /** The WebSocket URL of {@code path} on the page's server, e.g. {@code url("/ws/echo")}. */
    public String url(String path) {
        return "ws" + origin.substring(4) + path;
    }

    /** The HTTP URL of {@code path} on the page's server. */
    public String http(String path) {
        return origin + path;
    }

    /** The HTTP URL of {@code path} on the other origin. */
    public String otherHttp(String path) {
        return other + path;
    }

    /** The server's {@code host:port}, as a dialed conn's remote address prints it. */
    public String hostPort() {
        return origin.substring(origin.indexOf("://") + 3);
    }
}
