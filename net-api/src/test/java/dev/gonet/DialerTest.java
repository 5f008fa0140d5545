package dev.gonet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialerTest {

    @Test
    void withersReturnChangedCopies() {
        Dialer zero = new Dialer();
        TestPlatform p = new TestPlatform();
        Instant t = Instant.ofEpochSecond(1_000_000);
        Dialer d = zero.withTimeout(Duration.ofSeconds(5)).withDeadline(t).withLocalAddr(new MemAddr("me"))
                .withKeepAlive(Duration.ofSeconds(-1)).withFallbackDelay(Duration.ofMillis(100)).withPlatform(p);

        assertEquals(Duration.ZERO, zero.timeout(), "zero.timeout()");
        assertNull(zero.deadline(), "zero.deadline()");
        assertNull(zero.localAddr(), "zero.localAddr()");
        assertEquals(Duration.ZERO, zero.keepAlive(), "zero.keepAlive()");
        assertEquals(Duration.ZERO, zero.fallbackDelay(), "zero.fallbackDelay()");
        assertNull(zero.platform(), "zero.platform()");
        assertEquals(new Dialer(), zero, "the zero dialer changed");

        assertEquals(Duration.ofSeconds(5), d.timeout());
        assertEquals(t, d.deadline());
        assertEquals(new MemAddr("me"), d.localAddr());
        assertEquals(Duration.ofSeconds(-1), d.keepAlive());
        assertEquals(Duration.ofMillis(100), d.fallbackDelay());
        assertSame(p, d.platform());
        assertNotEquals(zero, d);
        assertEquals(d, zero.withTimeout(Duration.ofSeconds(5)).withDeadline(t).withLocalAddr(new MemAddr("me"))
                .withKeepAlive(Duration.ofSeconds(-1)).withFallbackDelay(Duration.ofMillis(100)).withPlatform(p));
        assertEquals(Duration.ZERO, d.withTimeout(null).timeout(), "withTimeout(null) clears");
    }

    @Test
    void sockOptsAreAnImmutableMapInEquals() {
        Dialer zero = new Dialer();
        Dialer d = zero.withSockOpt(SockOpt.TCP_NODELAY, 0).withSockOpt(SockOpt.SO_RCVBUF, 4096);
        assertEquals(java.util.Map.of(), zero.sockOpts(), "zero.sockOpts()");
        assertEquals(List.of(SockOpt.TCP_NODELAY, SockOpt.SO_RCVBUF), List.copyOf(d.sockOpts().keySet()), "order set");
        assertEquals(4096, d.sockOpts().get(SockOpt.SO_RCVBUF));
        assertEquals(8192, d.withSockOpt(SockOpt.SO_RCVBUF, 8192).sockOpts().get(SockOpt.SO_RCVBUF), "replaced");
        assertEquals(d, zero.withSockOpt(SockOpt.TCP_NODELAY, 0).withSockOpt(SockOpt.SO_RCVBUF, 4096));
        assertEquals(d.hashCode(), zero.withSockOpt(SockOpt.TCP_NODELAY, 0).withSockOpt(SockOpt.SO_RCVBUF, 4096).hashCode());
        assertNotEquals(d, zero.withSockOpt(SockOpt.TCP_NODELAY, 1).withSockOpt(SockOpt.SO_RCVBUF, 4096));
        assertNotEquals(zero, d);
        assertEquals(d.sockOpts(), d.withTimeout(Duration.ofSeconds(1)).withPlatform(null).sockOpts(), "kept by withers");
        assertThrows(UnsupportedOperationException.class, () -> d.sockOpts().put(SockOpt.SO_LINGER, 1));
        assertTrue(d.toString().contains("sockOpts={TCP_NODELAY=0, SO_RCVBUF=4096}"), d.toString());
    }

    @Test
    void effectiveDeadlineIsTheEarlier() {
        Instant now = Instant.ofEpochSecond(1000);
        Dialer d = new Dialer();
        assertNull(d.effectiveDeadline(now), "no timeout, no deadline");
        assertEquals(now.plusSeconds(5), d.withTimeout(Duration.ofSeconds(5)).effectiveDeadline(now));
        assertEquals(now.plusSeconds(2), d.withDeadline(now.plusSeconds(2)).effectiveDeadline(now));
        assertEquals(now.plusSeconds(2),
                d.withTimeout(Duration.ofSeconds(5)).withDeadline(now.plusSeconds(2)).effectiveDeadline(now));
        assertEquals(now.plusSeconds(5),
                d.withTimeout(Duration.ofSeconds(5)).withDeadline(now.plusSeconds(9)).effectiveDeadline(now));
    }

    @Test
    void unknownNetworkFailsLikeGo() {
        for (String net : List.of("foo", "", "TCP", "ip", "ip4", "ip:", "pipe")) {
            NetException e = assertThrows(NetException.class, () -> new Dialer().dial(net, "x:1"), "dial " + net);
            String want = (net.isEmpty() ? "dial" : "dial " + net) + ": unknown network " + net;
            assertEquals(want, e.getMessage(), "dial(" + net + ") text");
            assertTrue(Sentinel.UNKNOWN_NETWORK.in(e), "dial(" + net + "): kind");
        }
        assertEquals("dial foo: unknown network foo",
                assertThrows(NetException.class, () -> Net.dial("foo", "x")).getMessage());
    }

    @Test
    void otherNetworksGoToThePlatform() throws Exception {
        TestPlatform p = new TestPlatform();
        Dialer d = new Dialer().withPlatform(p).withTimeout(Duration.ofSeconds(3));
        Conn c = d.dial("tcp", "example.com:80");
        assertSame(PipeAddr.PIPE, c.localAddr(), "the platform's conn");
        assertEquals(List.of("dial tcp example.com:80"), p.calls);
        assertSame(d, p.lastDialer, "the dialer passed to the platform");

        p.fail = new IOException("boom");
        assertEquals("dial tcp example.com:80: boom",
                assertThrows(NetException.class, () -> d.dial("tcp", "example.com:80")).getMessage(), "wrapped once");
        p.fail = DNSException.notFound("example.invalid", "");
        NetException dns = assertThrows(NetException.class, () -> d.dial("tcp", "example.invalid:80"));
        assertEquals("dial tcp: lookup example.invalid: no such host", dns.getMessage());
        assertInstanceOf(DNSException.class, dns.getCause());
        NetException own = new NetException("dial", "tcp", null, null, Sentinel.CONNECTION_REFUSED.exception());
        p.fail = own;
        assertSame(own, assertThrows(NetException.class, () -> d.dial("tcp", "x:1")), "a NetException is not rewrapped");
        p.fail = NetException.unsupported("dial", "udp", "x:1", "test", "");
        assertEquals("dial udp x:1: operation not supported on platform test",
                assertThrows(NetException.class, () -> d.dial("udp", "x:1")).getMessage());
    }

    @Test
    void memNeverTouchesThePlatform() throws Exception {
        TestPlatform p = new TestPlatform();
        try (Listener ln = new ListenConfig().withPlatform(p).listen("mem", "")) {
            Conn c = new Dialer().withPlatform(p).dial("mem", ln.addr().toString());
            c.close();
        }
        assertEquals(List.of(), p.calls, "platform calls");
        NetException e = assertThrows(NetException.class, () -> new Dialer().dial("mem", ""));
        assertEquals("dial mem: missing address", e.getMessage());
    }

    @Test
    void memDialHonoursTheDeadline() throws Exception {
        try (Listener ln = new ListenConfig().withBacklog(1).listen("mem", "")) {
            String name = ln.addr().toString();
            Net.dial("mem", name); // fills the backlog of 1
            long start = System.currentTimeMillis();
            NetException e = assertThrows(NetException.class,
                    () -> new Dialer().withTimeout(Duration.ofMillis(50)).dial("mem", name));
            assertEquals("dial mem " + name + ": i/o timeout", e.getMessage());
            assertTrue(e.isTimeout(), "isTimeout() = false");
            assertTrue(System.currentTimeMillis() - start >= 40, "gave up before the timeout");
            NetException past = assertThrows(NetException.class,
                    () -> new Dialer().withDeadline(Instant.now().minusSeconds(1)).dial("mem", "no-such-name"));
            assertEquals("dial mem no-such-name: i/o timeout", past.getMessage(), "a passed deadline fails first");
        }
    }
}
