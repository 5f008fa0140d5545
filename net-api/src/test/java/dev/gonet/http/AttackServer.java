package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Net;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Our real {@link Server} on a {@link CountingListener}, for attack tests: they state how many
 * bytes the server read, and how much heap a request held after GC ({@link #heapAfterGC()}).
 */
final class AttackServer implements AutoCloseable {
    final Server server;
    final CountingListener listener;
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final Thread serving;

    private AttackServer(Handler h, UnaryOperator<Server> config) throws IOException {
        server = config.apply(new Server("", h).withPlatform(TestThreads.INSTANCE).withErrorLog(log::add));
        listener = new CountingListener();
        serving = Thread.ofVirtual().start(() -> {
            try {
                server.serve(listener);
            } catch (IOException e) {
                // closed by the test
            }
        });
    }

    static AttackServer start(Handler h) throws IOException {
        return new AttackServer(h, s -> s);
    }

    static AttackServer start(Handler h, UnaryOperator<Server> config) throws IOException {
        return new AttackServer(h, config);
    }

    HttpConn dial() throws IOException {
        return new HttpConn(Net.dial("mem", listener.name()));
    }

    /** Bytes the server has read from its connections so far. */
    long bytesRead() {
        return listener.read.get();
    }

    /** Heap in use after a few full collections: what live objects hold. */
    static long heapAfterGC() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(40);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    @Override
    public void close() throws Exception {
        server.close();
        serving.join(Duration.ofSeconds(10));
        assertTrue(!serving.isAlive(), "serve() still running");
    }
}
