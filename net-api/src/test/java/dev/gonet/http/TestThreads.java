package dev.gonet.http;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import dev.gonet.NetException;
import dev.gonet.PacketConn;
import dev.gonet.Resolver;
import dev.gonet.spi.Cancel;
import dev.gonet.spi.Platform;
import java.io.IOException;

/**
 * The one thing the server and the WebSocket conns need from a platform in net-api's tests
 * (which have none on the classpath): threads, virtual ones as on the JVM. Networks here are
 * {@code mem} only.
 */
public final class TestThreads implements Platform {
    public static final TestThreads INSTANCE = new TestThreads();

    @Override
    public String name() {
        return "test-threads";
    }

    @Override
    public Thread startThread(String name, Runnable task) {
        return Thread.ofVirtual().name(name).start(task);
    }

    @Override
    public Cancel schedule(long delayMillis, Runnable task) {
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(delayMillis);
                task.run();
            } catch (InterruptedException e) {
                // cancelled
            }
        });
        return () -> {
            boolean alive = t.isAlive();
            t.interrupt();
            return alive;
        };
    }

    @Override
    public Conn dial(Dialer d, String network, String address) throws IOException {
        throw NetException.unsupported("dial", network, address, name(), "mem only");
    }

    @Override
    public Listener listen(ListenConfig lc, String network, String address) throws IOException {
        throw NetException.unsupported("listen", network, address, name(), "mem only");
    }

    @Override
    public PacketConn listenPacket(ListenConfig lc, String network, String address) throws IOException {
        throw NetException.unsupported("listen", network, address, name(), "mem only");
    }

    @Override
    public Resolver resolver() {
        throw new UnsupportedOperationException("mem only");
    }
}
