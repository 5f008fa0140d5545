package dev.gonet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenConfigTest {

    @Test
    void withersReturnChangedCopies() {
        ListenConfig zero = new ListenConfig();
        TestPlatform p = new TestPlatform();
        ListenConfig c = zero.withKeepAlive(Duration.ofSeconds(30)).withBacklog(7).withPlatform(p);
        assertEquals(Duration.ZERO, zero.keepAlive(), "zero.keepAlive()");
        assertEquals(0, zero.backlog(), "zero.backlog()");
        assertNull(zero.platform(), "zero.platform()");
        assertEquals(new ListenConfig(), zero, "the zero config changed");
        assertEquals(Duration.ofSeconds(30), c.keepAlive());
        assertEquals(7, c.backlog());
        assertSame(p, c.platform());
        assertNotEquals(zero, c);
        assertEquals(c, zero.withKeepAlive(Duration.ofSeconds(30)).withBacklog(7).withPlatform(p));
        assertEquals(Duration.ZERO, c.withKeepAlive(null).keepAlive(), "withKeepAlive(null) clears");
    }

    @Test
    void sockOptsAreAnImmutableMapInEquals() {
        ListenConfig zero = new ListenConfig();
        ListenConfig c = zero.withSockOpt(SockOpt.SO_REUSEPORT, 1).withBacklog(5);
        assertEquals(java.util.Map.of(), zero.sockOpts(), "zero.sockOpts()");
        assertEquals(java.util.Map.of(SockOpt.SO_REUSEPORT, 1), c.sockOpts());
        assertEquals(c, zero.withBacklog(5).withSockOpt(SockOpt.SO_REUSEPORT, 1));
        assertEquals(c.hashCode(), zero.withBacklog(5).withSockOpt(SockOpt.SO_REUSEPORT, 1).hashCode());
        assertEquals(false, c.equals(c.withSockOpt(SockOpt.SO_REUSEPORT, 0)), "value is part of equals");
        assertEquals(c.sockOpts(), c.withKeepAlive(java.time.Duration.ofSeconds(3)).sockOpts(), "kept by withers");
        assertThrows(UnsupportedOperationException.class, () -> c.sockOpts().clear());
    }

    @Test
    void unknownNetworkFailsLikeGo() {
        assertEquals("listen foo: unknown network foo",
                assertThrows(NetException.class, () -> Net.listen("foo", ":0")).getMessage());
        assertEquals("listen foo: unknown network foo",
                assertThrows(NetException.class, () -> Net.listenPacket("foo", ":0")).getMessage());
    }

    @Test
    void memIsStreamOnly() {
        NetException e = assertThrows(NetException.class, () -> Net.listenPacket("mem", "x"));
        assertEquals("listen mem x: address x: unexpected address type", e.getMessage());
    }

    @Test
    void otherNetworksGoToThePlatform() throws Exception {
        TestPlatform p = new TestPlatform();
        ListenConfig c = new ListenConfig().withPlatform(p).withBacklog(3);
        assertEquals("listen tcp :0: operation not supported on platform test",
                assertThrows(NetException.class, () -> c.listen("tcp", ":0")).getMessage());
        assertEquals("listen udp :0: operation not supported on platform test (no packets here)",
                assertThrows(NetException.class, () -> c.listenPacket("udp", ":0")).getMessage());
        assertEquals(List.of("listen tcp :0", "listenPacket udp :0"), p.calls);
        assertSame(c, p.lastConfig, "the config passed to the platform");
        p.fail = new IOException("boom");
        NetException e = assertThrows(NetException.class, () -> c.listen("unix", "/tmp/x"));
        assertEquals("listen unix /tmp/x: boom", e.getMessage(), "wrapped once");
        assertTrue(e.getCause() == p.fail, "cause kept");
    }
}
