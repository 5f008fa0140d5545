package dev.gonet.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.DNSException;
import dev.gonet.IP;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The resolver's cache: TTLs, negative answers, caps, and its size bound under attack. */
class DoHCacheTest {
    DoHFixture f;

    @BeforeEach
    void start() {
        f = new DoHFixture();
    }

    @AfterEach
    void stop() throws IOException {
        f.close();
    }

    /** Answers every name with one A record of this TTL, and a negative one with an SOA when asked AAAA. */
    String synth(String host, long ttl) throws IOException {
        return f.serve(host, DoHFallbackTest.replying(q -> {
            Question qq = q.questions().get(0);
            Message.Builder b = DoHFallbackTest.responseTo(q).recursionAvailable(true);
            if (qq.type() == RRType.A) {
                b.answer(new AResource(qq.name(), ttl, IP.parse("192.0.2.1")));
            } else {
                b.rcode(RCode.NAME_ERROR).authority(new SOAResource(Samples.n("test"), 3600, Samples.n("ns.test"),
                        Samples.n("h.test"), 1, 2, 3, 4, ttl));
            }
            return b.build();
        }));
    }

    @Test
    void hitsAndExpiry() throws Exception {
        String ep = synth("ttl1.test", 1);
        DoHResolver r = f.resolver(ep);
        r.lookupIP("ip4", "a.test");
        r.lookupIP("ip4", "A.TEST");
        assertEquals(1, f.hits("ttl1.test"), "the second lookup, any case, is a cache hit");
        assertThrows(DNSException.class, () -> r.lookupIP("ip6", "a.test"));
        assertThrows(DNSException.class, () -> r.lookupIP("ip6", "a.test"));
        assertEquals(2, f.hits("ttl1.test"), "NXDOMAIN with an SOA is cached too (RFC 2308)");
        Thread.sleep(1100);
        r.lookupIP("ip4", "a.test");
        assertEquals(3, f.hits("ttl1.test"), "after the TTL the name is asked again");
    }

    @Test
    void capsAndOff() throws Exception {
        String ep = synth("long.test", 86400 * 7);
        DoHResolver capped = f.resolver(ep).withMaxTTL(Duration.ofSeconds(1));
        capped.lookupIP("ip4", "a.test");
        Thread.sleep(1100);
        capped.lookupIP("ip4", "a.test");
        assertEquals(2, f.hits("long.test"), "a week's TTL is held for the 1 s cap only");
        DoHResolver noNegative = f.resolver(ep).withMaxNegativeTTL(Duration.ZERO);
        assertThrows(DNSException.class, () -> noNegative.lookupIP("ip6", "a.test"));
        assertThrows(DNSException.class, () -> noNegative.lookupIP("ip6", "a.test"));
        assertEquals(4, f.hits("long.test"), "negative caching off");
        DoHResolver off = f.resolver(ep).withCacheSize(0);
        off.lookupIP("ip4", "b.test");
        off.lookupIP("ip4", "b.test");
        assertEquals(6, f.hits("long.test"), "cache size 0: every lookup asks");
        assertEquals(0, off.cachedEntries());
        String zero = synth("zero.test", 0);
        DoHResolver r = f.resolver(zero);
        r.lookupIP("ip4", "c.test");
        r.lookupIP("ip4", "c.test");
        assertEquals(2, f.hits("zero.test"), "TTL 0 is never cached");
    }

    @Test
    void negativeWithoutSoaIsNotCached() throws Exception {
        String ep = f.serve("nosoa.test", DoHFallbackTest.replying(q -> DoHFallbackTest.responseTo(q).recursionAvailable(true)
                .rcode(RCode.NAME_ERROR).build()));
        DoHResolver r = f.resolver(ep);
        assertThrows(DNSException.class, () -> r.lookupIP("ip4", "x.test"));
        assertThrows(DNSException.class, () -> r.lookupIP("ip4", "x.test"));
        assertEquals(2, f.hits("nosoa.test"));
    }

    /** Many distinct names: the cache stays at its bound, the most recent kept. */
    @Test
    void sizeBoundUnderAttack() throws Exception {
        String ep = synth("flood.test", 3600);
        DoHResolver r = f.resolver(ep);
        int names = 5000;
        for (int i = 0; i < names; i++) {
            r.lookupIP("ip4", "n" + i + ".flood.test");
            assertTrue(r.cachedEntries() <= DoHResolver.DEFAULT_CACHE_SIZE, "entries after " + i + ": " + r.cachedEntries());
        }
        assertEquals(DoHResolver.DEFAULT_CACHE_SIZE, r.cachedEntries(), "cachedEntries() after " + names + " names");
        int asked = f.hits("flood.test");
        r.lookupIP("ip4", "n" + (names - 1) + ".flood.test");
        assertEquals(asked, f.hits("flood.test"), "the newest name is still cached");
        r.lookupIP("ip4", "n0.flood.test");
        assertEquals(asked + 1, f.hits("flood.test"), "the oldest was dropped");
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = rt.totalMemory() - rt.freeMemory();
        System.out.println("doh cache bound: " + names + " names looked up, " + r.cachedEntries() + " entries kept (bound "
                + DoHResolver.DEFAULT_CACHE_SIZE + "), heap after GC " + heap / 1024 + " KiB");
        DoHResolver small = f.resolver(ep).withCacheSize(10);
        for (int i = 0; i < 100; i++) {
            small.lookupIP("ip4", "s" + i + ".flood.test");
        }
        assertEquals(10, small.cachedEntries(), "withCacheSize(10) after 100 names");
    }

    @Test
    void aChainIsCachedForItsShortestTtl() throws Exception {
        Zone z = Zone.builder("chain.test").ttl(1).cname("a", "b").ttl(3600).a("b", "192.0.2.5").build();
        String ep = f.serve("chain.test", DoHHandler.forZone(z));
        DoHResolver r = f.resolver(ep);
        assertEquals(List.of("192.0.2.5"), r.lookupHost("a.chain.test").subList(0, 1));
        Thread.sleep(1100);
        r.lookupIP("ip4", "a.chain.test");
        assertEquals(3, f.hits("chain.test"), "A and AAAA first, then A again once the 1 s CNAME expired");
    }
}
