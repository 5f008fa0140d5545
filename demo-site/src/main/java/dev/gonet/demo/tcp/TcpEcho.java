package dev.gonet.demo.tcp;

import dev.gonet.Conn;
import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.spi.Platform;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP echo service on {@code 127.0.0.1} (loopback only: the address is not configurable, the
 * port is), for the demo page that dials {@code "tcp"} through the relay. Every byte a client
 * sends comes back.
 *
 * <p>Bounds: at most {@value #MAX_CONNS} connections at once (one more is accepted and closed
 * at once); a connection that sends nothing for {@link #IDLE_TIMEOUT} (60 s) is closed, as is
 * one whose echo cannot be written within {@link #WRITE_TIMEOUT} (30 s, a client that does not
 * read); each connection holds one {@value #BUFFER_SIZE}-byte buffer. A thread per connection,
 * from the platform ({@link Platform#startThread}: virtual threads on the JVM).
 */
public final class TcpEcho implements AutoCloseable {
    public static final int MAX_CONNS = 64;
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);
    static final int BUFFER_SIZE = 16 * 1024;

    private final Platform platform;
    private final Listener listener;
    private final Set<Conn> conns = ConcurrentHashMap.newKeySet();
    private final Duration idleTimeout;

    private TcpEcho(Platform platform, Listener listener, Duration idleTimeout) {
        this.platform = platform;
        this.listener = listener;
        this.idleTimeout = idleTimeout;
    }

    /** Listens on {@code 127.0.0.1:port} (0 picks a free port) and starts accepting. */
    public static TcpEcho start(Platform platform, int port) throws IOException {
        return start(platform, port, IDLE_TIMEOUT);
    }

    static TcpEcho start(Platform platform, int port, Duration idleTimeout) throws IOException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("invalid port " + port + " (want 0 to 65535)");
        }
        Listener ln = new ListenConfig().withPlatform(platform)
                .listen("tcp", Net.joinHostPort("127.0.0.1", Integer.toString(port)));
        TcpEcho echo = new TcpEcho(platform, ln, idleTimeout);
        platform.startThread("gonet demo tcp echo " + ln.addr(), echo::acceptLoop);
        return echo;
    }

    /** The address listened on, {@code 127.0.0.1:PORT}: what the relay allows and pages dial. */
    public String addr() {
        return listener.addr().toString();
    }

    /** Connections open now. */
    public int active() {
        return conns.size();
    }

    private void acceptLoop() {
        while (true) {
            Conn c;
            try {
                c = listener.accept();
            } catch (IOException closed) {
                return;
            }
            if (conns.size() >= MAX_CONNS) {
                closeQuietly(c);
                continue;
            }
            conns.add(c);
            platform.startThread("gonet demo tcp echo conn", () -> serve(c));
        }
    }

    private void serve(Conn c) {
        byte[] buf = new byte[BUFFER_SIZE];
        try (c) {
            while (true) {
                c.setReadDeadline(Instant.now().plus(idleTimeout));
                int n = c.read(buf);
                if (n < 0) {
                    return;
                }
                c.setWriteDeadline(Instant.now().plus(WRITE_TIMEOUT));
                c.write(buf, 0, n);
            }
        } catch (IOException ended) {
            // the client went away, idled out, or stopped reading: nothing to report
        } finally {
            conns.remove(c);
        }
    }

    /** Stops accepting and closes every connection. */
    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Conn c : conns) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Conn c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
