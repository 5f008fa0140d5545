package dev.gonet.ws;

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

/** Threads for the server and the conns in net-api's tests (no platform on this classpath); mem only. */
final class VirtualThreads implements Platform {
    static final VirtualThreads INSTANCE = new VirtualThreads();

    @Override
    public String name() {
        return "virtual-threads";
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
        throw new UnsupportedOperationException("no resolver in net-api tests");
    }
}
