package dev.gonet.ws;

import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.http.Handler;
import dev.gonet.http.Server;
import dev.gonet.http.TestThreads;
import java.io.IOException;
import java.time.Duration;

/**
 * A real {@link Server} serving a handler on a fresh {@code mem} listener, and clients that
 * upgrade over {@code mem} dials: the whole WebSocket stack in memory, for net-api's tests.
 */
final class MemWs implements AutoCloseable {
    final Server server;
    final Listener ln;
    final String name;
    /** The server's error log. */
    final java.util.List<String> log = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    MemWs(Handler h) throws IOException {
        ln = Net.listen("mem", "");
        name = ln.addr().toString();
        server = new Server("", h).withPlatform(TestThreads.INSTANCE).withErrorLog(log::add);
        TestThreads.INSTANCE.startThread("serve " + name, () -> {
            try {
                server.serve(ln);
            } catch (IOException e) {
                // closed by the test
            }
        });
    }

    /** The URL of {@code path} on this server. */
    String url(String path) {
        return "ws://" + name + path;
    }

    /** A raw mem connection to the server (no handshake). */
    dev.gonet.Conn raw() throws IOException {
        return Net.dial("mem", name);
    }

    /** A WebSocket client for {@code path}, upgraded over a mem dial with {@code d}'s options. */
    WebSocketConn dial(WebSocketDialer d, String path) throws IOException {
        return d.withConfig(d.config().withPlatform(TestThreads.INSTANCE)).upgrade(raw(), "ws", url(path));
    }

    WebSocketConn dial(String path) throws IOException {
        return dial(new WebSocketDialer(), path);
    }

    @Override
    public void close() throws IOException {
        server.shutdown(Duration.ofSeconds(5));
    }
}
