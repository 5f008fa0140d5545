package dev.gonet.testkit.dns;

import dev.gonet.DNSException;
import dev.gonet.IP;
import dev.gonet.Listener;
import dev.gonet.MX;
import dev.gonet.Net;
import dev.gonet.SRV;
import dev.gonet.SRVResult;
import dev.gonet.dns.AResource;
import dev.gonet.dns.CNAMEResource;
import dev.gonet.dns.DNSFormatException;
import dev.gonet.dns.DoHHandler;
import dev.gonet.dns.DoHResolver;
import dev.gonet.dns.Message;
import dev.gonet.dns.Name;
import dev.gonet.dns.Question;
import dev.gonet.dns.RRType;
import dev.gonet.dns.TCPFraming;
import dev.gonet.dns.Zone;
import dev.gonet.http.Handler;
import dev.gonet.http.Server;
import dev.gonet.http.Transport;
import dev.gonet.testkit.Case;
import dev.gonet.testkit.Check;
import dev.gonet.testkit.Suite;
import dev.gonet.testkit.http.HttpClientSuites;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DNS on every platform: the codec, and {@link DoHResolver} through our {@link Transport} over
 * the {@code mem} network to our {@link Server} running a {@link DoHHandler} with a {@link Zone}.
 * Run in the browser bundles, this proves the codec and the DoH code are TeaVM-safe. Threads come
 * from {@link HttpClientSuites#THREADS} (green threads under TeaVM).
 */
public final class DnsSuites {
    private static final String CODEC = "Dns/codec";
    private static final String DOH = "Dns/doh-mem";

    private DnsSuites() {
    }

    /** {@return the DNS suites (codec and DoH over {@code mem})} */
    public static List<Suite> all() {
        return List.of(suite(CODEC, List.of(
                new Case(CODEC, "goldenCompressed", DnsSuites::goldenCompressed),
                new Case(CODEC, "malformedIsTyped", DnsSuites::malformedIsTyped),
                new Case(CODEC, "paddingAndFraming", DnsSuites::paddingAndFraming))),
                suite(DOH, List.of(
                        new Case(DOH, "A", DnsSuites::a),
                        new Case(DOH, "AAAA", DnsSuites::aaaa),
                        new Case(DOH, "cnameChain", DnsSuites::cnameChain),
                        new Case(DOH, "nxdomain", DnsSuites::nxdomain),
                        new Case(DOH, "mxSrvTxt", DnsSuites::mxSrvTxt),
                        new Case(DOH, "cacheHit", DnsSuites::cacheHit),
                        new Case(DOH, "endpointFallback", DnsSuites::endpointFallback))));
    }

    private static Suite suite(String name, List<Case> cases) {
        return new Suite() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Case> cases() {
                return cases;
            }
        };
    }

    static final String COMPRESSED = "1234818000010002000000000377777707" + "6578616d706c6503636f6d0000010001"
            + "c00c000500010000003c000603776562c010" + "c02d000100010000003c0004c0000207";

    private static void goldenCompressed() throws Exception {
        Name www = Name.parse("www.example.com");
        Name web = Name.parse("web.example.com");
        Message m = Message.builder().id(0x1234).response(true).recursionDesired(true).recursionAvailable(true)
                .question(new Question(www, RRType.A)).answer(new CNAMEResource(www, 60, web))
                .answer(new AResource(web, 60, IP.parse("192.0.2.7"))).build();
        Check.equal("pack(golden \"compressed\")", hex(m.pack()), COMPRESSED);
        Check.equal("parse(golden \"compressed\")", Message.parse(m.pack()), m);
        Check.equal("escapes", Name.parse("a\\.b.caf\\195\\169").toString(), "a\\.b.caf\\195\\169.");
    }

    private static void malformedIsTyped() throws Exception {
        // 12-byte header with one question, whose name is a pointer to itself.
        byte[] loop = {0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, (byte) 0xC0, 12, 0, 1, 0, 1};
        DNSFormatException e = Check.raises(DNSFormatException.class, "pointer loop", () -> Message.parse(loop));
        Check.equal("pointer loop reason", e.reason(), "compression pointer does not point backwards");
        byte[] lying = new byte[40];
        lying[6] = (byte) 0xff;
        lying[7] = (byte) 0xff;
        Check.equal("ANCOUNT 65535", Check.raises(DNSFormatException.class, "counts", () -> Message.parse(lying)).reason(),
                "section counts exceed the message size");
        byte[] full = Message.builder().question(new Question(Name.parse("a.test"), RRType.A)).edns(1232, true).build()
                .pack();
        for (int n = 0; n < full.length; n++) {
            byte[] part = new byte[n];
            System.arraycopy(full, 0, part, 0, n);
            Check.raises(DNSFormatException.class, "first " + n + " bytes", () -> Message.parse(part));
        }
    }

    private static void paddingAndFraming() throws Exception {
        Message q = Message.builder().question(new Question(Name.parse("a.test"), RRType.A)).edns(1232, false).build();
        Check.equal("padded query length", q.packPadded().length, 128);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TCPFraming.write(out, q.pack());
        byte[] framed = out.toByteArray();
        InputStream oneByte = new InputStream() {
            private int i;

            @Override
            public int read() {
                return i < framed.length ? framed[i++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                int c = read();
                if (c < 0) {
                    return -1;
                }
                b[off] = (byte) c;
                return 1;
            }
        };
        Check.equal("framed, one byte per read", Message.parse(TCPFraming.read(oneByte)), q);
    }

    static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(Character.forDigit(x >> 4 & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return s.toString();
    }

    static Zone zone() {
        return Zone.builder("gonet.test").ttl(60).a("echo", "127.0.0.1").aaaa("echo", "::1")
                .cname("www", "alias").cname("alias", "echo").mx("@", 20, "mx2").mx("@", 10, "mx1")
                .srv("_http._tcp", 0, 5, 8080, "echo").txt("@", "v=spf1 -all").build();
    }

    /** DoH servers on mem listeners, each under a host name, and a transport that dials them by it. */
    private static final class Servers implements AutoCloseable {
        private final Map<String, String> memNames = new HashMap<>(); // guarded by this
        private final Map<String, int[]> hits = new HashMap<>(); // guarded by this
        private final List<Server> servers = new ArrayList<>();

        String serve(String host, Handler h) throws IOException {
            int[] n = new int[1];
            Server s = new Server("", (w, r) -> {
                synchronized (this) {
                    n[0]++;
                }
                h.serveHTTP(w, r);
            }).withPlatform(HttpClientSuites.THREADS);
            Listener ln = Net.listen("mem", "");
            synchronized (this) {
                memNames.put(host, ln.addr().toString());
                hits.put(host, n);
            }
            servers.add(s);
            HttpClientSuites.THREADS.startThread("doh-" + host, () -> {
                try {
                    s.serve(ln);
                } catch (IOException e) {
                    // closed
                }
            });
            return "http://" + host + "/dns-query";
        }

        synchronized int hits(String host) {
            int[] n = hits.get(host);
            return n == null ? 0 : n[0];
        }

        private synchronized String memName(String host) {
            String m = memNames.get(host);
            return m == null ? "portable-nobody-" + host : m;
        }

        DoHResolver resolver(String... endpoints) {
            Transport t = new Transport().withProxy(null).withPlatform(HttpClientSuites.THREADS).withDial((network, addr) ->
                    Net.dial("mem", memName(addr.substring(0, addr.lastIndexOf(':')))));
            return new DoHResolver(List.of(endpoints)).withTransport(t).withPlatform(HttpClientSuites.THREADS);
        }

        @Override
        public void close() throws IOException {
            for (Server s : servers) {
                s.close();
            }
        }
    }

    private static List<String> texts(List<IP> ips) {
        List<String> out = new ArrayList<>();
        for (IP ip : ips) {
            out.add(ip.toString());
        }
        return out;
    }

    private static void a() throws Exception {
        try (Servers s = new Servers()) {
            DoHResolver r = s.resolver(s.serve("zone.test", DoHHandler.forZone(zone())));
            Check.equal("lookupIP(ip4, echo.gonet.test)", texts(r.lookupIP("ip4", "echo.gonet.test")), List.of("127.0.0.1"));
            Check.equal("lookupHost(echo.gonet.test)", r.lookupHost("echo.gonet.test"), List.of("127.0.0.1", "::1"));
        }
    }

    private static void aaaa() throws Exception {
        try (Servers s = new Servers()) {
            DoHResolver r = s.resolver(s.serve("zone.test", DoHHandler.forZone(zone()))).withMethod(DoHResolver.Method.POST);
            Check.equal("lookupIP(ip6, echo.gonet.test) by POST", texts(r.lookupIP("ip6", "echo.gonet.test")), List.of("::1"));
        }
    }

    private static void cnameChain() throws Exception {
        try (Servers s = new Servers()) {
            DoHResolver r = s.resolver(s.serve("zone.test", DoHHandler.forZone(zone())));
            Check.equal("lookupCNAME(www.gonet.test)", r.lookupCNAME("www.gonet.test"), "echo.gonet.test.");
            Check.equal("lookupIP(ip4, www.gonet.test)", texts(r.lookupIP("ip4", "www.gonet.test")), List.of("127.0.0.1"));
        }
    }

    private static void nxdomain() throws Exception {
        try (Servers s = new Servers()) {
            String ep = s.serve("zone.test", DoHHandler.forZone(zone()));
            DoHResolver r = s.resolver(ep);
            DNSException e = Check.raises(DNSException.class, "nx", () -> r.lookupHost("nx.gonet.test"));
            Check.equal("error", e.getMessage(), "lookup nx.gonet.test on " + ep + ": no such host");
            Check.equal("isNotFound", e.isNotFound(), true);
            Check.equal("isTemporary", e.isTemporary(), false);
        }
    }

    private static void mxSrvTxt() throws Exception {
        try (Servers s = new Servers()) {
            DoHResolver r = s.resolver(s.serve("zone.test", DoHHandler.forZone(zone())));
            Check.equal("lookupMX", r.lookupMX("gonet.test"), List.of(new MX("mx1.gonet.test.", 10), new MX("mx2.gonet.test.", 20)));
            SRVResult srv = r.lookupSRV("http", "tcp", "gonet.test");
            Check.equal("lookupSRV", srv, new SRVResult("_http._tcp.gonet.test.", List.of(new SRV("echo.gonet.test.", 8080, 0, 5))));
            Check.equal("lookupTXT", r.lookupTXT("gonet.test"), List.of("v=spf1 -all"));
        }
    }

    private static void cacheHit() throws Exception {
        try (Servers s = new Servers()) {
            DoHResolver r = s.resolver(s.serve("zone.test", DoHHandler.forZone(zone())));
            r.lookupIP("ip4", "echo.gonet.test");
            r.lookupIP("ip4", "ECHO.gonet.test.");
            Check.equal("queries sent for two lookups", s.hits("zone.test"), 1);
            Check.equal("cachedEntries", r.cachedEntries(), 1);
        }
    }

    private static void endpointFallback() throws Exception {
        try (Servers s = new Servers()) {
            String broken = s.serve("broken.test", (w, r) -> w.writeHeader(503));
            String good = s.serve("zone.test", DoHHandler.forZone(zone()));
            DoHResolver r = s.resolver("http://down.test/dns-query", broken, good);
            Check.equal("lookupIP after two failures", texts(r.lookupIP("ip4", "echo.gonet.test")), List.of("127.0.0.1"));
            Check.equal("broken endpoint asked", s.hits("broken.test"), 1);
            DNSException e = Check.raises(DNSException.class, "all broken",
                    () -> s.resolver(broken).lookupIP("ip4", "echo.gonet.test"));
            Check.equal("error", e.getMessage(), "lookup echo.gonet.test on " + broken + ": HTTP status 503 Service Unavailable");
            Check.equal("isTemporary", e.isTemporary(), true);
        }
    }
}
