package dev.gonet.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.AddrException;
import dev.gonet.DNSException;
import dev.gonet.IP;
import dev.gonet.MX;
import dev.gonet.NS;
import dev.gonet.SRV;
import dev.gonet.SRVResult;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link DoHResolver} against our {@link DoHHandler} over the mem network: answers and Go's errors. */
class DoHResolverTest {
    DoHFixture f;
    String zone;
    String reverse;

    @BeforeEach
    void start() throws IOException {
        f = new DoHFixture();
        zone = f.serve("zone.test", DoHHandler.forZone(DoHFixture.zone()));
        reverse = f.serve("reverse.test", DoHHandler.forZone(DoHFixture.reverseZone()));
    }

    @AfterEach
    void stop() throws IOException {
        f.close();
    }

    static List<String> texts(List<IP> ips) {
        return ips.stream().map(IP::toString).toList();
    }

    @Test
    void addresses() throws IOException {
        for (DoHResolver.Method m : DoHResolver.Method.values()) {
            DoHResolver r = f.resolver(zone).withMethod(m);
            assertEquals(List.of("127.0.0.1", "::1"), r.lookupHost("echo.gonet.test"), m + ": A first, then AAAA");
            assertEquals(List.of("127.0.0.1"), texts(r.lookupIP("ip4", "echo.gonet.test.")), m + ": ip4");
            assertEquals(List.of("::1"), texts(r.lookupIP("ip6", "ECHO.gonet.test")), m + ": ip6");
            assertEquals(List.of("192.0.2.11"), r.lookupHost("v4only.gonet.test"), m + ": AAAA's NODATA is no error for ip");
        }
    }

    @Test
    void cnameChains() throws IOException {
        DoHResolver r = f.resolver(zone);
        assertEquals(List.of("127.0.0.1", "::1"), r.lookupHost("www.gonet.test"), "www -> alias -> echo");
        assertEquals("echo.gonet.test.", r.lookupCNAME("www.gonet.test"));
        assertEquals("echo.gonet.test.", r.lookupCNAME("echo.gonet.test"), "a name is its own canonical name");
        DNSException loop = assertThrows(DNSException.class, () -> r.lookupHost("loop1.gonet.test"));
        assertEquals("lookup loop1.gonet.test on " + zone + ": server misbehaving", loop.getMessage(),
                "the zone's own loop is SERVFAIL");
        assertTrue(loop.isTemporary());
    }

    @Test
    void notFoundNamesTheEndpoint() {
        DoHResolver r = f.resolver(zone);
        for (String net : List.of("ip", "ip4", "ip6")) {
            DNSException e = assertThrows(DNSException.class, () -> r.lookupIP(net, "nx.gonet.test"), net);
            assertEquals("lookup nx.gonet.test on " + zone + ": no such host", e.getMessage(), net);
            assertTrue(e.isNotFound(), net + ": isNotFound");
            assertFalse(e.isTimeout(), net + ": isTimeout");
            assertFalse(e.isTemporary(), net + ": isTemporary");
            assertEquals(zone, e.server(), net + ": server");
        }
        DNSException nodata = assertThrows(DNSException.class, () -> r.lookupIP("ip6", "v4only.gonet.test"));
        assertEquals("lookup v4only.gonet.test on " + zone + ": no such host", nodata.getMessage());
        assertTrue(nodata.isNotFound(), "NODATA is not found, as in Go");
        for (String bad : List.of("bad name!", "a..b", "x".repeat(300), "")) {
            DNSException e = assertThrows(DNSException.class, () -> r.lookupHost(bad), bad);
            assertEquals("lookup " + bad + ": no such host", e.getMessage(), "nothing was sent for " + bad);
        }
        assertInstanceOf(AddrException.class, assertThrows(IOException.class, () -> r.lookupIP("ip", "x.onion")));
        assertEquals(3, f.hits("zone.test"), "nx A, nx AAAA (cached after, per name and type) and v4only AAAA");
    }

    @Test
    void records() throws IOException {
        DoHResolver r = f.resolver(zone);
        assertEquals(List.of(new MX("mx1.gonet.test.", 10), new MX("mx2.gonet.test.", 20)), r.lookupMX("gonet.test"));
        SRVResult srv = r.lookupSRV("http", "tcp", "gonet.test");
        assertEquals("_http._tcp.gonet.test.", srv.cname());
        assertEquals(List.of(new SRV("echo.gonet.test.", 8081, 0, 0), new SRV("echo.gonet.test.", 8080, 1, 10)),
                srv.addrs(), "by priority");
        assertEquals(List.of("v=spf1 -all", "two strings"), r.lookupTXT("gonet.test"), "one record's strings joined");
        assertEquals(List.of(new NS("ns1.gonet.test.")), r.lookupNS("gonet.test"));
        assertEquals("lookup nx.gonet.test on " + zone + ": no such host",
                assertThrows(DNSException.class, () -> r.lookupMX("nx.gonet.test")).getMessage());
        assertEquals("lookup _x._udp.gonet.test on " + zone + ": no such host",
                assertThrows(DNSException.class, () -> r.lookupSRV("x", "udp", "gonet.test")).getMessage());
        assertEquals(80, r.lookupPort("tcp", "http"), "Go's built-in services");
        DoHResolver rev = f.resolver(reverse);
        assertEquals(List.of("echo.gonet.test."), rev.lookupAddr("127.0.0.1"));
        assertEquals(List.of("echo.gonet.test."), rev.lookupAddr("::1"));
        DNSException e = assertThrows(DNSException.class, () -> rev.lookupAddr("127.0.0.2"));
        assertEquals("lookup 2.0.0.127.in-addr.arpa. on " + reverse + ": no such host", e.getMessage(),
                "Go names the arpa name");
        assertEquals("lookup nope: unrecognized address",
                assertThrows(DNSException.class, () -> rev.lookupAddr("nope")).getMessage());
    }

    @Test
    void staticHostsComeFirst() throws IOException {
        DoHResolver r = f.resolver(zone).withHosts("192.0.2.99 echo.gonet.test static.test\n::2 static.test\n");
        assertEquals(List.of("192.0.2.99"), r.lookupHost("echo.gonet.test"), "the static entry wins over DNS");
        assertEquals(List.of("192.0.2.99", "::2"), r.lookupHost("STATIC.test"));
        assertEquals(List.of("echo.gonet.test.", "static.test."), r.lookupAddr("192.0.2.99"));
        assertEquals("static.test.", r.lookupCNAME("static.test"));
        assertEquals(0, f.hits("zone.test"), "nothing was asked");
    }

    /** RFC 6761: localhost is loopback without a query, whatever the endpoints; reverse lookups still ask. */
    @Test
    void localhostNeverAsked() throws IOException {
        DoHResolver r = f.resolver(zone);
        assertEquals(List.of("127.0.0.1", "::1"), r.lookupHost("localhost"));
        assertEquals(List.of("::1"), texts(r.lookupIP("ip6", "LOCALHOST")));
        assertEquals(0, f.hits("zone.test"), "nothing was asked");
        DoHResolver mine = r.withHosts("127.0.0.2 localhost\n");
        assertEquals(List.of("127.0.0.1", "::1", "127.0.0.2"), mine.lookupHost("localhost"),
                "static entries add to the built-in ones");
    }

    @Test
    void paddedAndUnpadded() throws IOException {
        for (boolean pad : new boolean[] {true, false}) {
            assertEquals(List.of("127.0.0.1"), texts(f.resolver(zone).withPadding(pad).lookupIP("ip4", "echo.gonet.test")),
                    "padding " + pad);
        }
    }

    @Test
    void configurationIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> new DoHResolver(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new DoHResolver(List.of("ftp://x/dns-query")));
        assertThrows(IllegalArgumentException.class, () -> new DoHResolver(List.of("https:///dns-query")));
        assertThrows(IllegalArgumentException.class, () -> new DoHResolver().withTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new DoHResolver().withCacheSize(-1));
        DoHResolver d = new DoHResolver();
        assertEquals(DoHResolver.DEFAULT_ENDPOINTS, d.endpoints());
        assertEquals(Duration.ofSeconds(5), d.timeout());
        assertEquals(1024, d.cacheSize());
        assertEquals(DoHResolver.Method.GET, d.method());
        assertTrue(d.padding());
        assertEquals(Duration.ofSeconds(1), d.withTimeout(Duration.ofSeconds(1)).timeout());
        assertEquals(Duration.ofSeconds(5), d.timeout(), "with* does not change the original");
    }
}
