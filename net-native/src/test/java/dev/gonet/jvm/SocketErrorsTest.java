package dev.gonet.jvm;

import static dev.gonet.jvm.Loopback.DIALER;
import static dev.gonet.jvm.Loopback.LISTEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.SockOpt;
import dev.gonet.TCPConn;
import dev.gonet.TCPListener;
import dev.gonet.UnixAddr;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Go's error texts on Linux, exactly, from real loopback sockets. */
class SocketErrorsTest {

    static NetException fails(String what, Executable call) {
        return assertThrows(NetException.class, call, what);
    }

    /** A port nobody listens on: listen, note the port, close. */
    static int closedPort(String host) throws IOException {
        Listener ln = LISTEN.listen("tcp", host + ":0");
        int port = ((TCPListener) ln).addr().port();
        ln.close();
        return port;
    }

    @Test
    void connectionRefused() throws IOException {
        int p4 = closedPort("127.0.0.1");
        NetException e = fails("dial refused", () -> Net.dial("tcp", "127.0.0.1:" + p4));
        assertEquals("dial tcp 127.0.0.1:" + p4 + ": connect: connection refused", e.getMessage());
        assertTrue(Sentinel.CONNECTION_REFUSED.in(e), "CONNECTION_REFUSED.in(" + e + ")");
        assertFalse(e.isTimeout(), "refused isTimeout()");
        int p6 = closedPort("[::1]");
        assertEquals("dial tcp6 [::1]:" + p6 + ": connect: connection refused",
                fails("dial6", () -> DIALER.dial("tcp6", "[::1]:" + p6)).getMessage());
    }

    @Test
    void addressInUse() throws IOException {
        try (Listener ln = LISTEN.listen("tcp", "127.0.0.1:0")) {
            String a = ln.addr().toString();
            NetException e = fails("listen twice", () -> Net.listen("tcp", a));
            assertEquals("listen tcp " + a + ": bind: address already in use", e.getMessage());
            assertTrue(Sentinel.ADDRESS_IN_USE.in(e), "ADDRESS_IN_USE.in(" + e + ")");
        }
    }

    @Test
    void dialTimeoutOnAFullBacklog() throws IOException {
        // A listener that never accepts, backlog 1: once its queue is full the kernel drops SYNs
        // and connects hang, which is the only deterministic way to time a dial out on loopback.
        List<Conn> queued = new ArrayList<>();
        try (Listener ln = LISTEN.withBacklog(1).listen("tcp", "127.0.0.1:0")) {
            String a = ln.addr().toString();
            NetException timeout = null;
            for (int i = 0; i < 20 && timeout == null; i++) {
                long start = System.nanoTime();
                try {
                    queued.add(Net.dialTimeout("tcp", a, Duration.ofMillis(300)));
                } catch (NetException e) {
                    long took = (System.nanoTime() - start) / 1_000_000;
                    assertTrue(took >= 250 && took < 5_000, "dial timed out after " + took + " ms, want ~300");
                    timeout = e;
                }
            }
            assertTrue(timeout != null, "no dial hung after 20 attempts");
            assertEquals("dial tcp " + a + ": i/o timeout", timeout.getMessage());
            assertTrue(timeout.isTimeout(), "dial timeout isTimeout()");
            assertTrue(Sentinel.DEADLINE_EXCEEDED.in(timeout), "DEADLINE_EXCEEDED.in(" + timeout + ")");
        } finally {
            for (Conn c : queued) {
                c.close();
            }
        }
    }

    @Test
    void passedDialDeadlineTimesOutWithoutConnecting() throws IOException {
        try (Listener ln = LISTEN.listen("tcp", "127.0.0.1:0")) {
            String a = ln.addr().toString();
            NetException e = fails("dial past deadline",
                    () -> DIALER.withDeadline(Instant.now().minusSeconds(1)).dial("tcp", a));
            assertEquals("dial tcp " + a + ": i/o timeout", e.getMessage());
            assertTrue(e.isTimeout(), "isTimeout()");
            NetException u = fails("unix past deadline",
                    () -> DIALER.withDeadline(Instant.now().minusSeconds(1)).dial("unix", "/nonexistent"));
            assertEquals("dial unix /nonexistent: i/o timeout", u.getMessage());
        }
    }

    @Test
    void unixNoSuchFile() {
        NetException e = fails("dial unix", () -> Net.dial("unix", "/nonexistent"));
        assertEquals("dial unix /nonexistent: connect: no such file or directory", e.getMessage());
        assertTrue(Sentinel.NO_SUCH_FILE.in(e), "NO_SUCH_FILE.in(" + e + ")");
    }

    @Test
    void resetByPeer() throws Exception {
        try (Loopback.Pair<TCPConn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            ((TCPConn) p.server()).setLinger(0); // close sends RST
            p.server().close();
            NetException e = fails("read after RST", () -> p.client().read(new byte[8]));
            assertEquals("read tcp " + p.client().localAddr() + "->" + p.client().remoteAddr()
                    + ": read: connection reset by peer", e.getMessage());
            assertTrue(Sentinel.CONNECTION_RESET.in(e), "CONNECTION_RESET.in(" + e + ")");
        }
    }

    @Test
    void brokenPipe() throws Exception {
        try (Loopback.Pair<TCPConn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            p.server().close();
            assertEquals(-1, p.client().read(new byte[8]), "read after peer close"); // FIN seen
            // The first write goes out and draws an RST; a later one fails with EPIPE.
            NetException e = fails("write to closed peer", () -> {
                for (int i = 0; i < 200; i++) {
                    p.client().write(new byte[100]);
                    Thread.sleep(5);
                }
            });
            assertEquals("write tcp " + p.client().localAddr() + "->" + p.client().remoteAddr()
                    + ": write: broken pipe", e.getMessage());
            assertTrue(Sentinel.BROKEN_PIPE.in(e), "BROKEN_PIPE.in(" + e + ")");
        }
    }

    @Test
    void closedTexts() throws Exception {
        try (Loopback.Pair<TCPConn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            TCPConn c = p.client();
            String ends = c.localAddr() + "->" + c.remoteAddr();
            c.close();
            String closed = ": use of closed network connection";
            assertEquals("read tcp " + ends + closed, fails("read", () -> c.read(new byte[1])).getMessage());
            assertEquals("write tcp " + ends + closed, fails("write", () -> c.write(new byte[1])).getMessage());
            assertEquals("close tcp " + ends + closed, fails("close twice", c::close).getMessage());
            assertEquals("set tcp " + ends + closed, fails("setNoDelay", () -> c.setNoDelay(true)).getMessage());
            assertEquals("close tcp " + ends + closed, fails("closeWrite", c::closeWrite).getMessage());
            assertEquals("set tcp " + c.localAddr() + closed,
                    fails("setDeadline", () -> c.setDeadline(Instant.now())).getMessage());
            TCPListener ln = (TCPListener) p.ln();
            ln.close();
            assertEquals("accept tcp " + ln.addr() + closed, fails("accept", ln::accept).getMessage());
            assertEquals("close tcp " + ln.addr() + closed, fails("close listener twice", ln::close).getMessage());
            assertEquals("set tcp " + ln.addr() + closed,
                    fails("listener setDeadline", () -> ln.setDeadline(null)).getMessage());
            assertTrue(Sentinel.CLOSED.in(fails("read", () -> c.read(new byte[1]))), "CLOSED.in(read error)");
        }
    }

    private record DialErrorCase(String network, String address, String err) {
    }

    @Test
    void addressErrorsAreGos() {
        DialErrorCase[] table = {
                new DialErrorCase("tcp", "127.0.0.1:99999", "dial tcp: address 99999: invalid port"),
                new DialErrorCase("tcp", "127.0.0.1", "dial tcp: address 127.0.0.1: missing port in address"),
                new DialErrorCase("tcp", "", "dial tcp: missing address"),
                new DialErrorCase("tcp6", "127.0.0.1:80", "dial tcp6: address 127.0.0.1: no suitable address found"),
                new DialErrorCase("tcp4", "[::1]:80", "dial tcp4: address ::1: no suitable address found"),
                new DialErrorCase("unix", "", "dial unix: missing address"),
                new DialErrorCase("foo", "x:1", "dial foo: unknown network foo"),
        };
        for (DialErrorCase row : table) {
            assertEquals(row.err(),
                    fails("dial " + row.network() + " " + row.address(), () -> DIALER.dial(row.network(), row.address()))
                            .getMessage(),
                    "dial(\"" + row.network() + "\", \"" + row.address() + "\")");
        }
        assertEquals("listen tcp: address 99999: invalid port",
                fails("listen", () -> LISTEN.listen("tcp", "127.0.0.1:99999")).getMessage());
        assertEquals("dial tcp: address /x.sock: mismatched local address type",
                fails("local unix", () -> DIALER.withLocalAddr(new UnixAddr("/x.sock", "unix"))
                        .dial("tcp", "127.0.0.1:1")).getMessage());
    }

    private record UnsupportedCase(String op, String network, String address, String err) {
    }

    @Test
    void unsupportedNetworksNameThemselves() {
        UnsupportedCase[] table = {
                new UnsupportedCase("dial", "unixgram", "/tmp/x.sock",
                        "dial unixgram /tmp/x.sock: operation not supported on platform jvm"
                                + " (the JDK has no unixgram sockets; unix (stream) works)"),
                new UnsupportedCase("listen", "unixpacket", "/tmp/x.sock",
                        "listen unixpacket /tmp/x.sock: operation not supported on platform jvm"
                                + " (the JDK has no unixpacket sockets; unix (stream) works)"),
                new UnsupportedCase("dial", "ip4:icmp", "127.0.0.1",
                        "dial ip4:icmp 127.0.0.1: operation not supported on platform jvm (the JDK has no raw IP sockets)"),
                new UnsupportedCase("listen", "ip6:58", "::1",
                        "listen ip6:58 ::1: operation not supported on platform jvm (the JDK has no raw IP sockets)"),
                new UnsupportedCase("dial", "unix", "@abstract",
                        "dial unix @abstract: operation not supported on platform jvm"
                                + " (the JDK has no Linux abstract Unix socket names; use a file path)"),
        };
        for (UnsupportedCase row : table) {
            NetException e = fails(row.op() + " " + row.network(), () -> {
                if (row.op().equals("dial")) {
                    DIALER.dial(row.network(), row.address());
                } else {
                    LISTEN.listen(row.network(), row.address());
                }
            });
            assertEquals(row.err(), e.getMessage(), row.op() + " " + row.network());
            assertTrue(Sentinel.UNSUPPORTED.in(e), "UNSUPPORTED.in(" + e + ")");
        }
        assertEquals("listen udp 127.0.0.1:0: address 127.0.0.1:0: unexpected address type",
                fails("listen udp", () -> LISTEN.listen("udp", "127.0.0.1:0")).getMessage());
        assertEquals("listen tcp 127.0.0.1:0: address 127.0.0.1:0: unexpected address type",
                fails("listenPacket tcp", () -> LISTEN.listenPacket("tcp", "127.0.0.1:0")).getMessage());
    }

    @Test
    void unexposedSocketOptionsFailNamingTheOption() throws IOException {
        try (Listener ln = LISTEN.listen("tcp", "127.0.0.1:0")) {
            String a = ln.addr().toString();
            for (SockOpt o : List.of(SockOpt.TCP_CORK, SockOpt.TCP_FASTOPEN, SockOpt.TCP_USER_TIMEOUT, SockOpt.IP_TTL,
                    SockOpt.SO_BINDTODEVICE)) {
                NetException d = fails("dial " + o, () -> DIALER.withSockOpt(o, 1).dial("tcp", a));
                assertEquals("dial tcp " + a + ": setsockopt " + o
                        + ": operation not supported (the JVM does not expose this socket option)", d.getMessage());
                assertTrue(Sentinel.UNSUPPORTED.in(d), "UNSUPPORTED.in(" + d + ")");
                NetException l = fails("listen " + o, () -> LISTEN.withSockOpt(o, 1).listen("tcp", "127.0.0.1:0"));
                assertEquals("listen tcp 127.0.0.1:0: setsockopt " + o
                        + ": operation not supported (the JVM does not expose this socket option)", l.getMessage());
            }
            NetException m = fails("multicast on tcp", () -> DIALER.withSockOpt(SockOpt.IP_MULTICAST_TTL, 2).dial("tcp", a));
            assertEquals("dial tcp " + a + ": setsockopt IP_MULTICAST_TTL: operation not supported"
                    + " (the JVM does not expose this socket option on tcp sockets)", m.getMessage());
            NetException bad = fails("negative buffer", () -> DIALER.withSockOpt(SockOpt.SO_RCVBUF, -1).dial("tcp", a));
            assertEquals("dial tcp " + a + ": setsockopt: invalid argument", bad.getMessage());
        }
    }
}
