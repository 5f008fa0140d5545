package dev.gonet.demo;

import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import dev.gonet.http.Handler;
import dev.gonet.http.Server;
import dev.gonet.jvm.JvmPlatform;
import dev.gonet.spi.Platform;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

/** Any handler on gonet's server at 127.0.0.1 on a free port, for tests that build their own routes. */
final class Serving implements AutoCloseable {
    private final Server server;
    final String base;

    Serving(Handler h) throws IOException {
        this(h, null);
    }

    /** As {@link #Serving(Handler)}, the server's error log going to {@code errorLog} (null: stderr). */
    Serving(Handler h, Consumer<String> errorLog) throws IOException {
        Platform p = new JvmPlatform();
        Listener ln = new ListenConfig().withPlatform(p).listen("tcp", "127.0.0.1:0");
        server = new Server("", h).withPlatform(p).withErrorLog(errorLog);
        base = "http://" + ln.addr();
        p.startThread("test server", () -> {
            try {
                server.serve(ln);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        server.shutdown(Duration.ofSeconds(2));
    }
}
