package dev.gonet.jvm;

import static dev.gonet.jvm.Loopback.DIALER;
import static dev.gonet.jvm.Loopback.LISTEN;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.NetException;
import dev.gonet.SockOpt;
import dev.gonet.TCPConn;
import dev.gonet.TCPListener;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jdk.net.ExtendedSocketOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Half-close, TCP options and Go's defaults, read back from the kernel. */
class TcpControlsTest {
    @TempDir
    Path dir;

    static <T> T opt(Conn c, SocketOption<T> o) throws Exception {
        return ((StreamConn) c).getOption(o);
    }

    /** Go's TestCloseWrite shape: request, FIN, then the whole reply still arrives. */
    void halfClose(String network, String address) throws Exception {
        byte[] reply = new byte[1 << 20];
        new Random(7).nextBytes(reply);
        try (Loopback.Pair<Conn> p = Loopback.pair(network, address)) {
            CompletableFuture<byte[]> server = VirtualThreads.start(() -> {
                byte[] req = Loopback.readAll(p.server()); // ends at the client's FIN
                p.server().write(reply);
                p.server().close();
                return req;
            });
            p.client().write("request".getBytes(UTF_8));
            if (p.client() instanceof TCPConn t) {
                t.closeWrite();
            } else {
                ((dev.gonet.UnixConn) p.client()).closeWrite();
            }
            NetException e = assertThrows(NetException.class, () -> p.client().write(new byte[1]), "write after closeWrite");
            assertTrue(e.getMessage().endsWith(": write: broken pipe"), e.getMessage());
            byte[] got = Loopback.readAll(p.client());
            assertEquals("request", new String(server.get(10, TimeUnit.SECONDS), UTF_8), network + ": server read");
            assertArrayEquals(reply, got, network + ": reply after closeWrite");
        }
    }

    @Test
    void halfCloseTcp() throws Exception {
        halfClose("tcp", "127.0.0.1:0");
    }

    @Test
    void halfCloseUnix() throws Exception {
        halfClose("unix", dir.resolve("half.sock").toString());
    }

    @Test
    void closeReadEndsReadsIncludingABlockedOne() throws Exception {
        try (Loopback.Pair<TCPConn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            CompletableFuture<Integer> blocked = VirtualThreads.start(() -> p.client().read(new byte[8]));
            Thread.sleep(50);
            p.client().closeRead();
            assertEquals(-1, blocked.get(5, TimeUnit.SECONDS), "blocked read after closeRead");
            assertEquals(-1, p.client().read(new byte[8]), "read after closeRead");
            p.client().write("still writes".getBytes(UTF_8));
            byte[] got = new byte[12];
            Loopback.readFully(p.server(), got);
            assertEquals("still writes", new String(got, UTF_8));
        }
    }

    @Test
    void goDefaultsNoDelayAndKeepAlive() throws Exception {
        try (Loopback.Pair<TCPConn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            for (Conn c : new Conn[] {p.client(), p.server()}) {
                String end = c == p.client() ? "dialed" : "accepted";
                assertEquals(true, opt(c, StandardSocketOptions.TCP_NODELAY), end + " TCP_NODELAY");
                assertEquals(true, opt(c, StandardSocketOptions.SO_KEEPALIVE), end + " SO_KEEPALIVE");
                assertEquals(15, opt(c, ExtendedSocketOptions.TCP_KEEPIDLE), end + " TCP_KEEPIDLE");
                assertEquals(15, opt(c, ExtendedSocketOptions.TCP_KEEPINTERVAL), end + " TCP_KEEPINTVL");
            }
        }
        try (TCPListener ln = (TCPListener) LISTEN.withKeepAlive(Duration.ofSeconds(-1)).listen("tcp", "127.0.0.1:0")) {
            CompletableFuture<Conn> acc = Loopback.acceptAsync(ln);
            try (Conn c = DIALER.withKeepAlive(Duration.ofMillis(20_500)).dial("tcp", ln.addr().toString());
                    Conn s = acc.get(10, TimeUnit.SECONDS)) {
                assertEquals(true, opt(c, StandardSocketOptions.SO_KEEPALIVE), "dialer keepAlive 20.5s");
                assertEquals(21, opt(c, ExtendedSocketOptions.TCP_KEEPIDLE), "20.5 s rounds up, as Go");
                assertEquals(false, opt(s, StandardSocketOptions.SO_KEEPALIVE), "listener keepAlive negative = off");
            }
        }
    }

    @Test
    void dialerSockOptsAreAppliedBeforeConnect() throws Exception {
        try (TCPListener ln = (TCPListener) LISTEN.listen("tcp", "127.0.0.1:0")) {
            CompletableFuture<Conn> acc = Loopback.acceptAsync(ln);
            try (Conn c = DIALER.withSockOpt(SockOpt.SO_RCVBUF, 32768).withSockOpt(SockOpt.SO_SNDBUF, 32768)
                    .withSockOpt(SockOpt.TCP_KEEPIDLE, 30).withSockOpt(SockOpt.TCP_KEEPINTVL, 7)
                    .withSockOpt(SockOpt.TCP_KEEPCNT, 4).withSockOpt(SockOpt.IP_TOS, 0x10)
                    .withSockOpt(SockOpt.SO_LINGER, 5).withSockOpt(SockOpt.TCP_NODELAY, 0)
                    .withSockOpt(SockOpt.SO_REUSEADDR, 1).withSockOpt(SockOpt.TCP_QUICKACK, 1)
                    .dial("tcp", ln.addr().toString());
                    Conn s = acc.get(10, TimeUnit.SECONDS)) {
                // Linux doubles buffer sizes it reports; gVisor does not: at least what was asked.
                assertTrue(opt(c, StandardSocketOptions.SO_RCVBUF) >= 32768, "SO_RCVBUF");
                assertTrue(opt(c, StandardSocketOptions.SO_SNDBUF) >= 32768, "SO_SNDBUF");
                assertEquals(30, opt(c, ExtendedSocketOptions.TCP_KEEPIDLE), "explicit TCP_KEEPIDLE beats the 15 s default");
                assertEquals(7, opt(c, ExtendedSocketOptions.TCP_KEEPINTERVAL), "TCP_KEEPINTVL");
                assertEquals(4, opt(c, ExtendedSocketOptions.TCP_KEEPCOUNT), "TCP_KEEPCNT");
                assertEquals(0x10, opt(c, StandardSocketOptions.IP_TOS), "IP_TOS");
                assertEquals(5, opt(c, StandardSocketOptions.SO_LINGER), "SO_LINGER");
                assertEquals(false, opt(c, StandardSocketOptions.TCP_NODELAY), "explicit TCP_NODELAY=0");
                assertEquals(true, opt(c, StandardSocketOptions.SO_REUSEADDR), "SO_REUSEADDR");
                c.write(new byte[] {1});
                assertEquals(1, s.read(new byte[1]), "the conn works");
            }
        }
    }

    @Test
    void listenerReusePortSharesAPort() throws Exception {
        try (TCPListener a = (TCPListener) LISTEN.withSockOpt(SockOpt.SO_REUSEPORT, 1).listen("tcp", "127.0.0.1:0");
                TCPListener b = (TCPListener) LISTEN.withSockOpt(SockOpt.SO_REUSEPORT, 1)
                        .listen("tcp", a.addr().toString())) {
            assertEquals(a.addr(), b.addr(), "two SO_REUSEPORT listeners on one port");
        }
    }

    @Test
    void settersReachTheKernel() throws Exception {
        try (Loopback.Pair<TCPConn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            TCPConn c = p.client();
            c.setNoDelay(false);
            assertEquals(false, opt(c, StandardSocketOptions.TCP_NODELAY), "setNoDelay(false)");
            c.setKeepAlive(false);
            assertEquals(false, opt(c, StandardSocketOptions.SO_KEEPALIVE), "setKeepAlive(false)");
            c.setKeepAlivePeriod(Duration.ofMillis(1500));
            assertEquals(2, opt(c, ExtendedSocketOptions.TCP_KEEPIDLE), "period 1.5 s rounds up to 2");
            assertEquals(2, opt(c, ExtendedSocketOptions.TCP_KEEPINTERVAL), "period sets the interval too");
            c.setLinger(3);
            assertEquals(3, opt(c, StandardSocketOptions.SO_LINGER), "setLinger(3)");
            c.setLinger(-5);
            assertEquals(-1, opt(c, StandardSocketOptions.SO_LINGER), "negative linger = off");
            c.setReadBuffer(40000);
            assertTrue(opt(c, StandardSocketOptions.SO_RCVBUF) >= 40000, "setReadBuffer");
            c.setWriteBuffer(40000);
            assertTrue(opt(c, StandardSocketOptions.SO_SNDBUF) >= 40000, "setWriteBuffer");
            NetException e = assertThrows(NetException.class, () -> c.setKeepAlivePeriod(Duration.ZERO));
            assertEquals("set tcp " + c.localAddr() + "->" + c.remoteAddr() + ": setsockopt: invalid argument",
                    e.getMessage());
        }
    }

    @Test
    void unixListenerOptionsAndTcpOnlyOptions() throws Exception {
        Path sock = dir.resolve("opt.sock");
        try (var ln = LISTEN.withSockOpt(SockOpt.SO_RCVBUF, 65536).listen("unix", sock.toString())) {
            assertTrue(Files.exists(sock), "socket file");
            NetException e = assertThrows(NetException.class,
                    () -> DIALER.withSockOpt(SockOpt.TCP_NODELAY, 1).dial("unix", sock.toString()));
            assertEquals("dial unix " + sock + ": setsockopt TCP_NODELAY: operation not supported"
                    + " (the JVM does not expose this socket option on unix sockets)", e.getMessage());
        }
    }
}
