package dev.gonet.jvm;

import static dev.gonet.jvm.Loopback.DIALER;
import static dev.gonet.jvm.Loopback.LISTEN;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.IP;
import dev.gonet.Listener;
import dev.gonet.NetException;
import dev.gonet.SockOpt;
import dev.gonet.TCPListener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many short connections, failed dials and listeners leave no descriptor behind. Counted in
 * /proc/self/fd; the JDK releases a closed channel's descriptor once the poller has dropped its
 * selector registration, so the count is awaited briefly rather than read at once.
 */
class FdLeakTest {
    @TempDir
    Path dir;

    static void roundTrip(Listener ln, String network) throws Exception {
        CompletableFuture<Conn> acc = Loopback.acceptAsync(ln);
        try (Conn c = DIALER.dial(network, ln.addr().toString()); Conn s = acc.get(5, TimeUnit.SECONDS)) {
            c.write(new byte[] {7});
            byte[] one = new byte[1];
            Loopback.readFully(s, one);
            s.write(one);
            Loopback.readFully(c, one);
        }
    }

    @Test
    void shortConnectionsAndFailuresLeakNoDescriptors() throws Exception {
        Dialer racing = new Dialer().withPlatform(new JvmPlatform(new FixedResolver(
                Map.of("v6first.test", List.of(IP.parse("::1"), IP.parse("127.0.0.1"))), Map.of())));
        try (TCPListener warm = (TCPListener) LISTEN.listen("tcp", "127.0.0.1:0")) {
            roundTrip(warm, "tcp"); // starts the poller and loads classes before the count
        }
        Thread.sleep(100);
        int before = Loopback.openFds();
        assertTrue(before > 0, "can count fds");

        try (Listener ln4 = LISTEN.listen("tcp", "127.0.0.1:0");
                Listener ln6 = LISTEN.listen("tcp", "[::1]:0");
                Listener lnu = LISTEN.listen("unix", dir.resolve("leak.sock").toString())) {
            for (int i = 0; i < 150; i++) {
                roundTrip(ln4, "tcp");
                roundTrip(ln6, "tcp");
                roundTrip(lnu, "unix");
            }
            int port = ((TCPListener) ln4).addr().port();
            for (int i = 0; i < 30; i++) {
                // Happy Eyeballs: the refused [::1] racer loses to 127.0.0.1 and is cleaned up.
                CompletableFuture<Conn> acc = Loopback.acceptAsync(ln4);
                try (Conn c = racing.dial("tcp", "v6first.test:" + port); Conn s = acc.get(5, TimeUnit.SECONDS)) {
                    c.write(new byte[] {1});
                }
            }
        }
        int refusedPort = SocketErrorsTest.closedPort("127.0.0.1");
        for (int i = 0; i < 50; i++) {
            assertThrows(NetException.class, () -> DIALER.dial("tcp", "127.0.0.1:" + refusedPort));
            assertThrows(NetException.class, () -> DIALER.dial("unix", dir.resolve("none.sock").toString()));
            assertThrows(NetException.class, () -> DIALER.withSockOpt(SockOpt.SO_RCVBUF, -1)
                    .dial("tcp", "127.0.0.1:" + refusedPort));
            assertThrows(NetException.class, () -> DIALER.withTimeout(Duration.ofNanos(1)).dial("tcp", "127.0.0.1:1"));
        }
        for (int i = 0; i < 30; i++) {
            LISTEN.listen("tcp", "127.0.0.1:0").close();
            LISTEN.listen("unix", dir.resolve("l" + i + ".sock").toString()).close();
        }
        Loopback.awaitFdsAtMost(before + 3, "after 450 connections, 30 races, 200 failed dials, 60 listeners");
    }
}
