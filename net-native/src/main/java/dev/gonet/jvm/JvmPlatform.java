package dev.gonet.jvm;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import dev.gonet.NetException;
import dev.gonet.PacketConn;
import dev.gonet.Resolver;
import dev.gonet.jvm.dns.SystemResolver;
import dev.gonet.spi.Cancel;
import dev.gonet.spi.Platform;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The JVM side of the seam: virtual threads for every blocking task. Sockets (tcp, udp, unix),
 * the system resolver and TLS arrive with the native-sockets work; until then those networks
 * fail with an "operation not supported" {@link NetException} rather than half-working.
 */
public final class JvmPlatform implements Platform {
    static final String NAME = "jvm";
    private static final Resolver RESOLVER = new SystemResolver();
    private static final String SOCKETS_HINT = "TCP, UDP and Unix sockets are not implemented yet;"
            + " the mem network and Net.pipe() work";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Conn dial(Dialer d, String network, String address) throws IOException {
        throw NetException.unsupported("dial", network, address, NAME, SOCKETS_HINT);
    }

    @Override
    public Listener listen(ListenConfig lc, String network, String address) throws IOException {
        throw NetException.unsupported("listen", network, address, NAME, SOCKETS_HINT);
    }

    @Override
    public PacketConn listenPacket(ListenConfig lc, String network, String address) throws IOException {
        throw NetException.unsupported("listen", network, address, NAME, SOCKETS_HINT);
    }

    @Override
    public Resolver resolver() {
        return RESOLVER;
    }

    @Override
    public Thread startThread(String name, Runnable task) {
        return Thread.ofVirtual().name(name).start(task);
    }

    /** A sleeping virtual thread per timer: cheap, and cancel needs no shared scheduler. */
    @Override
    public Cancel schedule(long delayMillis, Runnable task) {
        AtomicBoolean state = new AtomicBoolean(); // true once ran or cancelled
        Thread t = Thread.ofVirtual().name("gonet-timer").unstarted(() -> {
            try {
                Thread.sleep(Math.max(0, delayMillis));
            } catch (InterruptedException e) {
                return;
            }
            if (state.compareAndSet(false, true)) {
                task.run();
            }
        });
        t.start();
        return () -> {
            if (state.compareAndSet(false, true)) {
                t.interrupt();
                return true;
            }
            return false;
        };
    }
}
