package dev.gonet.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Test helpers over real loopback sockets (127.0.0.1, [::1] and Unix files only). Public for the
 * tests of the subpackages (the poller's tests in {@code dev.gonet.jvm.poll}).
 */
public final class Loopback {
    static final JvmPlatform PLATFORM = new JvmPlatform();
    static final Dialer DIALER = new Dialer().withPlatform(PLATFORM);
    static final ListenConfig LISTEN = new ListenConfig().withPlatform(PLATFORM);

    private Loopback() {
    }

    /** Two connected ends and their listener (still open). */
    public record Pair<C extends Conn>(Listener ln, C client, Conn server) implements AutoCloseable {
        @Override
        public void close() {
            for (AutoCloseable c : new AutoCloseable[] {client, server, ln}) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // already closed by the test
                }
            }
        }
    }

    /** Listens, dials and accepts (on a virtual thread). */
    @SuppressWarnings("unchecked")
    public static <C extends Conn> Pair<C> pair(String network, String address) throws Exception {
        Listener ln = LISTEN.listen(network, address);
        CompletableFuture<Conn> accepted = acceptAsync(ln);
        Conn c = DIALER.dial(network, ln.addr().toString());
        return new Pair<>(ln, (C) c, accepted.get(10, TimeUnit.SECONDS));
    }

    static CompletableFuture<Conn> acceptAsync(Listener ln) {
        return VirtualThreads.start(Thread.ofVirtual().name("accept"), ln::accept);
    }

    /** Reads until EOF. */
    static byte[] readAll(Conn c) throws IOException {
        byte[] buf = new byte[4096];
        byte[] out = new byte[0];
        int n;
        while ((n = c.read(buf)) > 0) {
            out = Arrays.copyOf(out, out.length + n);
            System.arraycopy(buf, 0, out, out.length - n, n);
        }
        return out;
    }

    public static void readFully(Conn c, byte[] b) throws IOException {
        int off = 0;
        while (off < b.length) {
            int n = c.read(b, off, b.length - off);
            if (n < 0) {
                throw new IOException("EOF after " + off + " of " + b.length + " bytes");
            }
            off += n;
        }
    }

    /**
     * Waits up to 3 s for this process to have at most {@code limit} open descriptors, then
     * asserts it: the JDK releases a closed channel's descriptor only once each selector it was
     * registered with has dropped the registration.
     */
    public static void awaitFdsAtMost(int limit, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 3_000;
        int now;
        while ((now = openFds()) > limit && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(now <= limit, what + ": " + now + " open fds, want <= " + limit);
    }

    /** Open file descriptors of this process (Linux). */
    public static int openFds() {
        String[] fds = new File("/proc/self/fd").list();
        return fds == null ? -1 : fds.length;
    }
}
