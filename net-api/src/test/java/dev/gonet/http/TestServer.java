package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Listener;
import dev.gonet.Net;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/** A {@link Server} serving a {@code mem} listener on its own thread, for one test. */
final class TestServer implements AutoCloseable {
    final Server server;
    final Listener listener;
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final Thread serving;
    private volatile Throwable serveFailure;

    private TestServer(Handler h, UnaryOperator<Server> config) throws IOException {
        server = config.apply(new Server("", h).withPlatform(TestThreads.INSTANCE).withErrorLog(log::add));
        listener = Net.listen("mem", "");
        serving = Thread.ofVirtual().start(() -> {
            try {
                server.serve(listener);
            } catch (Throwable e) {
                // A test that closes the server before this thread got to serve() sees Go's
                // ErrServerClosed from serve(): expected, not a failure.
                if (!HttpSentinel.SERVER_CLOSED.in(e)) {
                    serveFailure = e;
                }
            }
        });
    }

    static TestServer start(Handler h) throws IOException {
        return new TestServer(h, s -> s);
    }

    static TestServer start(Handler h, UnaryOperator<Server> config) throws IOException {
        return new TestServer(h, config);
    }

    String name() {
        return listener.addr().toString();
    }

    HttpConn dial() throws IOException {
        return new HttpConn(Net.dial("mem", name()));
    }

    /** Sends one request on a fresh connection and reads the response. */
    HttpConn.Resp roundTrip(String wire) throws IOException {
        try (HttpConn c = dial()) {
            c.send(wire);
            return c.read(wire.substring(0, wire.indexOf(' ')));
        }
    }

    /** Waits until serve() returned (after shutdown or close); fails after 10 s. */
    void awaitServeReturned() throws InterruptedException {
        assertTrue(serving.join(Duration.ofSeconds(10)), "serve() still running");
        assertTrue(serveFailure == null, "serve() failed: " + serveFailure);
    }

    @Override
    public void close() throws Exception {
        server.close();
        awaitServeReturned();
    }
}
