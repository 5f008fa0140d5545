package dev.gonet.browsertest;

import dev.gonet.Conn;
import dev.gonet.DNSException;
import dev.gonet.Dialer;
import dev.gonet.IP;
import dev.gonet.MX;
import dev.gonet.Net;
import dev.gonet.NetException;
import dev.gonet.SRV;
import dev.gonet.TCPAddr;
import dev.gonet.dns.DoHResolver;
import dev.gonet.spi.Platforms;
import dev.gonet.testkit.Case;
import dev.gonet.testkit.Check;
import dev.gonet.testkit.Suite;
import dev.gonet.web.WebPlatform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * DNS over HTTPS in the page: the platform's default resolver, lookups through the demo
 * server's {@code /dns-query} (its local zone {@code gonet.test}) over the browser's fetch, same
 * origin and cross-origin, GET and POST, failures in Go's words, and {@code Net.dial("ws")} to a
 * name of the zone.
 */
final class DohCases {
    private DohCases() {
    }

    static Suite suite(Endpoints ep) {
        String s = "BrowserDoH";
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(s, "DefaultResolverIsPublicDoH", DohCases::defaultResolver));
        cases.add(new Case(s, "LookupsThroughThePageResolver", () -> lookups(ep)));
        cases.add(new Case(s, "CnameChain", () -> cname(ep)));
        cases.add(new Case(s, "NxdomainAndNodata", () -> notFound(ep)));
        cases.add(new Case(s, "MxTxtSrvNs", () -> records(ep)));
        cases.add(new Case(s, "CrossOriginGetAndPost", () -> crossOrigin(ep)));
        cases.add(new Case(s, "TimeoutThenFallback", () -> timeout(ep)));
        cases.add(new Case(s, "StaticEntriesFirst", () -> hosts(ep)));
        cases.add(new Case(s, "DialWsByZoneName", () -> dialByName(ep)));
        cases.add(new Case(s, "DialWsNoSuchHost", () -> dialNoSuchHost(ep)));
        return new Suite() {
            @Override
            public String name() {
                return s;
            }

            @Override
            public List<Case> cases() {
                return cases;
            }
        };
    }

    private static DoHResolver zone(Endpoints ep) {
        return new DoHResolver(List.of(ep.http("/dns-query")));
    }

    /** Runs {@code body} with {@code r} as the page's resolver, restoring the default after. */
    private static void withPageResolver(DoHResolver r, Case.Body body) throws Exception {
        WebPlatform.setResolver(r);
        try {
            body.run();
        } finally {
            WebPlatform.setResolver(null);
        }
    }

    static void defaultResolver() {
        Check.isTrue(Platforms.get().resolver() instanceof DoHResolver, "resolver " + Platforms.get().resolver());
        DoHResolver r = (DoHResolver) Platforms.get().resolver();
        Check.equal("default endpoints", r.endpoints(), DoHResolver.DEFAULT_ENDPOINTS);
    }

    static void lookups(Endpoints ep) throws Exception {
        withPageResolver(zone(ep), () -> {
            Check.equal("lookupHost", Net.lookupHost("echo.gonet.test"), List.of("127.0.0.1", "::1"));
            Check.equal("lookupIP ip6", Net.lookupIP("ip6", "echo.gonet.test"), List.of(IP.parse("::1")));
            Check.equal("lookupIP ip4", Net.lookupIP("ip4", "v4.gonet.test"), List.of(IP.parse("127.0.0.1")));
            TCPAddr a = Net.resolveTCPAddr("tcp", "echo.gonet.test:http");
            Check.equal("resolveTCPAddr", a.toString(), "127.0.0.1:80");
            Check.equal("literal, no query", Net.lookupHost("192.0.2.7"), List.of("192.0.2.7"));
        });
    }

    static void cname(Endpoints ep) throws Exception {
        withPageResolver(zone(ep), () -> {
            Check.equal("lookupCNAME", Net.lookupCNAME("www.gonet.test"), "echo.gonet.test.");
            Check.equal("addresses at the end of the chain", Net.lookupHost("www.gonet.test"),
                    List.of("127.0.0.1", "::1"));
        });
    }

    static void notFound(Endpoints ep) throws Exception {
        withPageResolver(zone(ep), () -> {
            DNSException nx = Check.raises(DNSException.class, "nx", () -> Net.lookupHost("nx.gonet.test"));
            Check.isTrue(nx.isNotFound(), "isNotFound() = false");
            Check.equal("text", nx.getMessage(), "lookup nx.gonet.test on " + ep.http("/dns-query") + ": no such host");
            DNSException nodata = Check.raises(DNSException.class, "v4 has no AAAA",
                    () -> Net.lookupIP("ip6", "v4.gonet.test"));
            Check.isTrue(nodata.isNotFound(), "NODATA: isNotFound() = false");
        });
    }

    static void records(Endpoints ep) throws Exception {
        DoHResolver r = zone(ep);
        Check.equal("MX", r.lookupMX("gonet.test"), List.of(new MX("mail.gonet.test.", 10)));
        Check.equal("TXT", r.lookupTXT("gonet.test"), List.of("gonet demo zone"));
        Check.equal("SRV", r.lookupSRV("http", "tcp", "gonet.test").addrs(),
                List.of(new SRV("echo.gonet.test.", 8080, 0, 5)));
        Check.equal("NS", r.lookupNS("gonet.test").get(0).host(), "ns1.gonet.test.");
    }

    /** The other origin's {@code /dns-query}: CORS lets a GET through, and a POST after its preflight. */
    static void crossOrigin(Endpoints ep) throws Exception {
        DoHResolver get = new DoHResolver(List.of(ep.otherHttp("/dns-query"))).withCacheSize(0);
        Check.equal("GET", get.lookupHost("v4.gonet.test"), List.of("127.0.0.1"));
        DoHResolver post = get.withMethod(DoHResolver.Method.POST);
        Check.equal("POST", post.lookupHost("v6.gonet.test"), List.of("::1"));
    }

    /** An endpoint that never answers times out, in Go's words; the next endpoint answers. */
    static void timeout(Endpoints ep) throws Exception {
        String hang = ep.http("/api/hang?ms=5000");
        DoHResolver slow = new DoHResolver(List.of(hang)).withTimeout(Duration.ofMillis(300));
        long start = System.currentTimeMillis();
        DNSException e = Check.raises(DNSException.class, "hanging endpoint", () -> slow.lookupIP("ip4", "echo.gonet.test"));
        long took = System.currentTimeMillis() - start;
        Check.isTrue(e.isTimeout(), "isTimeout() = false: " + e);
        Check.isTrue(e.getMessage().startsWith("lookup echo.gonet.test on " + hang + ": "), "text: " + e.getMessage());
        Check.isTrue(took < 2500, "the timeout took " + took + " ms, want about 300");
        DoHResolver fallback = slow.withEndpoints(List.of(hang, ep.http("/dns-query")));
        Check.equal("after the hanging one", fallback.lookupHost("v4.gonet.test"), List.of("127.0.0.1"));
    }

    static void hosts(Endpoints ep) throws Exception {
        DoHResolver r = zone(ep).withHosts("127.0.0.2 echo.gonet.test only.static.test\n");
        Check.equal("static first", r.lookupHost("echo.gonet.test"), List.of("127.0.0.2"));
        Check.equal("static only", r.lookupHost("only.static.test"), List.of("127.0.0.2"));
    }

    /** A ws URL whose name only the page's resolver knows: looked up, then dialed by address. */
    static void dialByName(Endpoints ep) throws Exception {
        String port = ep.hostPort().substring(ep.hostPort().lastIndexOf(':') + 1);
        try (Conn c = new Dialer().withPlatform(WebPlatform.withResolver(zone(ep)))
                .dial("ws", "ws://v4.gonet.test:" + port + "/ws/echo")) {
            Check.equal("remoteAddr", c.remoteAddr().toString(), "127.0.0.1:" + port);
            c.write("by name".getBytes(StandardCharsets.UTF_8));
            Check.equal("echo", WsChecks.readText(c, 7), "by name");
        }
        withPageResolver(zone(ep), () -> {
            try (Conn c = Net.dial("ws", "ws://echo.gonet.test:" + port + "/ws/echo")) {
                Check.equal("Net.dial remoteAddr (A first)", c.remoteAddr().toString(), "127.0.0.1:" + port);
            }
        });
    }

    static void dialNoSuchHost(Endpoints ep) throws Exception {
        String port = ep.hostPort().substring(ep.hostPort().lastIndexOf(':') + 1);
        IOException e = Check.raises(IOException.class, "dial nx", () -> new Dialer()
                .withPlatform(WebPlatform.withResolver(zone(ep))).dial("ws", "ws://nx.gonet.test:" + port + "/"));
        Check.isTrue(e instanceof NetException, "got " + e + ", want a NetException");
        Check.isTrue(e.getCause() instanceof DNSException d && d.isNotFound(), "cause " + e.getCause());
        Check.equal("text", e.getMessage(), "dial ws: lookup nx.gonet.test on " + ep.http("/dns-query")
                + ": no such host");
    }
}
