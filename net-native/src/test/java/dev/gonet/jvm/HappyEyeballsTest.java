package dev.gonet.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.IP;
import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.TCPConn;
import dev.gonet.TCPListener;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Go's dialParallel over loopback. A name with both families comes from a fixed resolver
 * ({@code /etc/hosts} here maps localhost to 127.0.0.1 only), so which family is primary is
 * known; a primary that hangs is a [::1] listener whose backlog is full.
 */
class HappyEyeballsTest {
    static final JvmPlatform P = new JvmPlatform(new FixedResolver(
            Map.of("v6first.test", List.of(IP.parse("::1"), IP.parse("127.0.0.1"))), Map.of()));
    static final Dialer D = new Dialer().withPlatform(P);
    static final ListenConfig L = new ListenConfig().withPlatform(P);

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    @Test
    void refusedPrimaryStartsTheFallbackAtOnce() throws Exception {
        try (TCPListener v4 = (TCPListener) L.listen("tcp4", "127.0.0.1:0")) {
            int port = v4.addr().port();
            CompletableFuture<Conn> acc = Loopback.acceptAsync(v4);
            long start = System.nanoTime();
            try (TCPConn c = (TCPConn) D.withFallbackDelay(Duration.ofSeconds(5)).dial("tcp", "v6first.test:" + port);
                    Conn s = acc.get(10, TimeUnit.SECONDS)) {
                long took = millisSince(start);
                assertEquals("127.0.0.1:" + port, c.remoteAddr().toString(), "fallback won");
                assertTrue(took < 2_500, "fallback waited " + took + " ms for a primary that was refused");
            }
        }
    }

    @Test
    void hangingPrimaryGivesWayAfterTheFallbackDelay() throws Exception {
        List<Conn> queued = new ArrayList<>();
        try (TCPListener v4 = (TCPListener) L.listen("tcp4", "127.0.0.1:0");
                Listener v6 = L.withBacklog(1).listen("tcp6", "[::1]:" + v4.addr().port())) {
            int port = v4.addr().port();
            fillBacklog(v6.addr().toString(), queued);
            for (Duration delay : new Duration[] {Duration.ofMillis(400), Duration.ZERO}) {
                long want = delay.isZero() ? 300 : delay.toMillis(); // zero = Go's 300 ms
                CompletableFuture<Conn> acc = Loopback.acceptAsync(v4);
                long start = System.nanoTime();
                try (TCPConn c = (TCPConn) D.withFallbackDelay(delay).dial("tcp", "v6first.test:" + port);
                        Conn s = acc.get(10, TimeUnit.SECONDS)) {
                    long took = millisSince(start);
                    assertEquals("127.0.0.1:" + port, c.remoteAddr().toString(), "fallback won");
                    assertTrue(took >= want - 20, "fallback started after " + took + " ms, want >= " + want);
                    assertTrue(took < want + 2_500, "fallback took " + took + " ms, want about " + want);
                }
            }
            // Without racing, the hanging primary eats the whole timeout (its share is at least
            // 2 s, Go's partialDeadline), and the next address is out of time: Go names that one.
            long start = System.nanoTime();
            NetException e = assertThrows(NetException.class, () -> D.withFallbackDelay(Duration.ofMillis(-1))
                    .withTimeout(Duration.ofMillis(500)).dial("tcp", "v6first.test:" + port));
            assertEquals("dial tcp 127.0.0.1:" + port + ": i/o timeout", e.getMessage());
            long took = millisSince(start);
            assertTrue(took >= 480 && took < 3_000, "serial dial timed out after " + took + " ms, want ~500");
        } finally {
            for (Conn c : queued) {
                c.close();
            }
        }
    }

    /** Dials until a connect hangs: the kernel then drops SYNs to this listener. */
    static void fillBacklog(String address, List<Conn> queued) throws IOException {
        for (int i = 0; i < 20; i++) {
            try {
                queued.add(D.withTimeout(Duration.ofMillis(200)).dial("tcp", address));
            } catch (NetException e) {
                assertTrue(e.isTimeout(), "filling the backlog: " + e.getMessage());
                return;
            }
        }
        throw new AssertionError("backlog of " + address + " never filled");
    }

    @Test
    void bothFailReportsThePrimarysError() throws Exception {
        int port = SocketErrorsTest.closedPort("127.0.0.1");
        NetException e = assertThrows(NetException.class, () -> D.dial("tcp", "v6first.test:" + port));
        assertEquals("dial tcp [::1]:" + port + ": connect: connection refused", e.getMessage());
    }

    @Test
    void negativeDelayDialsInOrderWithoutRacing() throws Exception {
        try (TCPListener v4 = (TCPListener) L.listen("tcp4", "127.0.0.1:0")) {
            int port = v4.addr().port();
            // Go: no partition, so [::1] is tried (refused), then 127.0.0.1.
            CompletableFuture<Conn> acc = Loopback.acceptAsync(v4);
            try (TCPConn c = (TCPConn) D.withFallbackDelay(Duration.ofMillis(-1)).dial("tcp", "v6first.test:" + port);
                    Conn s = acc.get(10, TimeUnit.SECONDS)) {
                assertEquals("127.0.0.1:" + port, c.remoteAddr().toString(), "second address, serially");
            }
            // tcp4 narrows the name to IPv4 before any racing.
            acc = Loopback.acceptAsync(v4);
            try (TCPConn c = (TCPConn) D.dial("tcp4", "v6first.test:" + port); Conn s = acc.get(10, TimeUnit.SECONDS)) {
                assertEquals("127.0.0.1:" + port, c.remoteAddr().toString());
            }
        }
    }

    @Test
    void localhostConnectsWhicheverFamiliesItHas() throws Exception {
        for (String listenOn : new String[] {"127.0.0.1:0", ":0"}) {
            try (TCPListener ln = (TCPListener) Loopback.LISTEN.listen("tcp", listenOn)) {
                CompletableFuture<Conn> acc = Loopback.acceptAsync(ln);
                try (TCPConn c = (TCPConn) Loopback.DIALER.dial("tcp", "localhost:" + ln.addr().port());
                        Conn s = acc.get(10, TimeUnit.SECONDS)) {
                    assertTrue(c.remoteAddr().ip().isLoopback(), "localhost → " + c.remoteAddr());
                    assertEquals(c.localAddr().toString(), s.remoteAddr().toString(), "listening on " + listenOn);
                }
            }
        }
    }
}
