package dev.gonet.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.Client;
import dev.gonet.http.Request;
import dev.gonet.http.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The handler's HTTP side (RFC 8484 media types, methods, CORS, bounds) and its DNS side. */
class DoHHandlerTest {
    DoHFixture f;
    Client c;
    String url;

    @BeforeEach
    void start() throws IOException {
        f = new DoHFixture();
        url = f.serve("zone.test", DoHHandler.forZone(DoHFixture.zone()));
        c = new Client(f.transport());
    }

    @AfterEach
    void stop() throws IOException {
        f.close();
    }

    static byte[] query(int id, String name, int type) throws IOException {
        return Message.builder().id(id).recursionDesired(true).question(new Question(Samples.n(name), type)).build().pack();
    }

    static String b64(byte[] b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A response read whole: status, header and body. */
    record Got(int status, dev.gonet.http.Header header, byte[] body) {
        Message message() throws IOException {
            return Message.parse(body);
        }
    }

    Got send(String method, String target, String contentType, byte[] body) throws IOException {
        Request req = new Request(method, target, body == null ? null : new ByteArrayInputStream(body));
        if (contentType != null) {
            req.header().set("Content-Type", contentType);
        }
        Response r = c.send(req);
        try (InputStream in = r.body()) {
            return new Got(r.statusCode(), r.header(), in.readAllBytes());
        }
    }

    Got get(byte[] q) throws IOException {
        return send("GET", url + "?dns=" + b64(q), null, null);
    }

    @Test
    void getAndPost() throws IOException {
        byte[] q = query(0, "echo.gonet.test", RRType.A);
        for (Got g : List.of(get(q), send("POST", url, "application/dns-message", q),
                send("POST", url, "Application/DNS-Message; charset=binary", q))) {
            assertEquals(200, g.status());
            assertEquals("application/dns-message", g.header().get("Content-Type"));
            assertEquals("max-age=60", g.header().get("Cache-Control"), "the answer's TTL");
            assertEquals("*", g.header().get("Access-Control-Allow-Origin"), "CORS");
            Message m = g.message();
            assertEquals(0, m.id());
            assertTrue(m.response() && m.authoritative() && m.recursionDesired() && !m.recursionAvailable(), "flags");
            assertEquals(List.of("echo.gonet.test. 60 IN A 127.0.0.1"), m.answers().stream().map(Resource::toString).toList());
        }
        assertEquals(0x4242, get(query(0x4242, "echo.gonet.test", RRType.A)).message().id(), "the ID is echoed");
        Got nx = get(query(0, "nx.gonet.test", RRType.A));
        assertEquals(RCode.NAME_ERROR, nx.message().rcode());
        assertEquals("max-age=60", nx.header().get("Cache-Control"), "the SOA's negative TTL");
    }

    /** A request the handler must refuse, and how. */
    record Refused(String name, String method, String target, String contentType, byte[] body, int status) {
    }

    @Test
    void httpErrors() throws IOException {
        byte[] q = query(0, "echo.gonet.test", RRType.A);
        List<Refused> rows = List.of(
                new Refused("no dns parameter", "GET", url, null, null, 400),
                new Refused("not base64url", "GET", url + "?dns=!!!!", null, null, 400),
                new Refused("base64 padding", "GET", url + "?dns=" + b64(q) + "==", null, null, 400),
                new Refused("standard base64 alphabet", "GET", url + "?dns=ab%2Bc", null, null, 400),
                new Refused("not a DNS message", "GET", url + "?dns=" + b64(new byte[] {1, 2, 3}), null, null, 400),
                new Refused("POST text/plain", "POST", url, "text/plain", q, 415),
                new Refused("POST no type", "POST", url, null, q, 415),
                new Refused("POST garbage", "POST", url, "application/dns-message",
                        new byte[] {0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, (byte) 0xC0, (byte) 0xFF, 0, 1, 0, 1}, 400),
                new Refused("PUT", "PUT", url, "application/dns-message", q, 405),
                new Refused("DELETE", "DELETE", url, null, null, 405),
                new Refused("body over 4096", "POST", url, "application/dns-message", new byte[4097], 413),
                new Refused("parameter over 4096 bytes", "GET", url + "?dns=" + "A".repeat(5500), null, null, 414));
        for (Refused r : rows) {
            Got g = send(r.method(), r.target(), r.contentType(), r.body());
            assertEquals(r.status(), g.status(), r.name() + ": status");
            assertEquals("*", g.header().get("Access-Control-Allow-Origin"), r.name() + ": CORS on errors too");
            if (r.status() == 405) {
                assertEquals("GET, POST, OPTIONS", g.header().get("Allow"), r.name() + ": Allow");
            }
        }
    }

    @Test
    void corsPreflightAndOrigins() throws Exception {
        Got pre = send("OPTIONS", url, null, null);
        assertEquals(204, pre.status());
        assertEquals("*", pre.header().get("Access-Control-Allow-Origin"));
        assertEquals("GET, POST, OPTIONS", pre.header().get("Access-Control-Allow-Methods"));
        assertTrue(pre.header().get("Access-Control-Allow-Headers").contains("Content-Type"));
        String one = f.serve("one.test", DoHHandler.forZone(DoHFixture.zone()).withAllowOrigin("https://app.example"));
        Got g = send("GET", one + "?dns=" + b64(query(0, "echo.gonet.test", RRType.A)), null, null);
        assertEquals("https://app.example", g.header().get("Access-Control-Allow-Origin"));
        assertEquals("Origin", g.header().get("Vary"));
        String none = f.serve("none.test", DoHHandler.forZone(DoHFixture.zone()).withAllowOrigin(""));
        assertTrue(!send("GET", none + "?dns=" + b64(query(0, "echo.gonet.test", RRType.A)), null, null).header()
                .has("Access-Control-Allow-Origin"), "no CORS when configured off");
    }

    @Test
    void queryBoundIsConfigurable() throws Exception {
        String small = f.serve("small.test", DoHHandler.forZone(DoHFixture.zone()).withMaxQueryBytes(40));
        byte[] ok = query(0, "echo.gonet.test", RRType.A);
        byte[] big = query(0, "a".repeat(30) + ".echo.gonet.test", RRType.A);
        assertEquals(200, send("POST", small, "application/dns-message", ok).status());
        assertEquals(413, send("POST", small, "application/dns-message", big).status());
        assertEquals(414, send("GET", small + "?dns=" + b64(big), null, null).status());
    }

    @Test
    void dnsLevelErrorsAndEdns() throws Exception {
        Name n = Samples.n("echo.gonet.test");
        Message notQuery = Message.builder().response(true).question(new Question(n, RRType.A)).build();
        Message twoQuestions = Message.builder().question(new Question(n, RRType.A)).question(new Question(n, RRType.AAAA))
                .build();
        Message status = Message.builder().opcode(2).question(new Question(n, RRType.A)).build();
        Message v1 = Message.builder().question(new Question(n, RRType.A))
                .additional(new OPTResource(1232, 0, 1, 0, List.of())).build();
        assertEquals(RCode.FORMAT_ERROR, get(notQuery.pack()).message().rcode());
        assertEquals(RCode.FORMAT_ERROR, get(twoQuestions.pack()).message().rcode());
        assertEquals(RCode.NOT_IMPLEMENTED, get(status.pack()).message().rcode());
        assertEquals(RCode.BAD_VERSION, get(v1.pack()).message().rcode());
        Message padded = Message.builder().question(new Question(n, RRType.A)).edns(1232, false).build();
        Got g = get(padded.packPadded());
        assertEquals(0, g.body().length % Message.RESPONSE_PADDING_BLOCK, "a padded query gets a padded answer");
        assertTrue(g.message().opt() != null, "EDNS answered with EDNS");
        Got plain = get(padded.pack());
        assertTrue(plain.message().opt().option(OPTResource.PADDING) == null, "no padding unasked");
        Got noEdns = get(query(0, "echo.gonet.test", RRType.A));
        assertTrue(noEdns.message().opt() == null, "no EDNS unasked");
    }

    @Test
    void answersFromAResolver() throws Exception {
        DoHResolver backing = f.resolver(url).withHosts("192.0.2.50 static.gonet.test\n");
        String rec = f.serve("recursive.test", DoHHandler.forResolver(backing));
        String rev = f.serve("rev-zone.test", DoHHandler.forZone(DoHFixture.reverseZone()));
        String revRec = f.serve("rev-recursive.test", DoHHandler.forResolver(f.resolver(rev)));
        DoHResolver r = f.resolver(rec);
        assertEquals(List.of("127.0.0.1", "::1"), r.lookupHost("www.gonet.test"));
        assertEquals("echo.gonet.test.", r.lookupCNAME("echo.gonet.test"));
        assertEquals(List.of(new dev.gonet.MX("mx1.gonet.test.", 10), new dev.gonet.MX("mx2.gonet.test.", 20)),
                r.lookupMX("gonet.test"));
        assertEquals(2, r.lookupSRV("http", "tcp", "gonet.test").addrs().size());
        assertEquals(List.of("v=spf1 -all", "two strings"), r.lookupTXT("gonet.test"));
        assertEquals(List.of(new dev.gonet.NS("ns1.gonet.test.")), r.lookupNS("gonet.test"));
        assertEquals(List.of("echo.gonet.test."), f.resolver(revRec).lookupAddr("127.0.0.1"));
        assertEquals(List.of("echo.gonet.test."), f.resolver(revRec).lookupAddr("::1"));
        assertEquals("lookup nx.gonet.test on " + rec + ": no such host",
                assertThrowsDNS(() -> r.lookupHost("nx.gonet.test")).getMessage());
        Message m = get(rec, query(0, "www.gonet.test", RRType.A));
        assertTrue(m.recursionAvailable() && !m.authoritative(), "RA, not AA");
        assertEquals(RCode.NAME_ERROR, get(rec, query(0, "v4only.gonet.test", RRType.AAAA)).rcode(),
                "a resolver's not found is NXDOMAIN: Go's DNSError does not tell NODATA apart");
        Message nodata = get(rec, query(0, "static.gonet.test", RRType.AAAA));
        assertEquals(RCode.SUCCESS, nodata.rcode(), "addresses of the other family only: NODATA");
        assertEquals(List.of(), nodata.answers());
        assertEquals(RCode.NOT_IMPLEMENTED, get(rec, query(0, "gonet.test", RRType.SOA)).rcode());
        String dead = f.serve("dead.test", DoHHandler.forResolver(f.resolver("http://nowhere.test/dns-query")));
        assertEquals(RCode.SERVER_FAILURE, get(dead, query(0, "x.test", RRType.A)).rcode(), "a failing resolver");
    }

    Message get(String endpoint, byte[] q) throws IOException {
        return send("GET", endpoint + "?dns=" + b64(q), null, null).message();
    }

    interface Lookup {
        void run() throws IOException;
    }

    static dev.gonet.DNSException assertThrowsDNS(Lookup l) {
        return org.junit.jupiter.api.Assertions.assertThrows(dev.gonet.DNSException.class, l::run);
    }

    @Test
    void arpaNamesBackToAddresses() throws Exception {
        record Row(String arpa, String addr) {
        }
        for (Row r : List.of(new Row("1.0.0.127.in-addr.arpa", "127.0.0.1"), new Row("4.3.2.1.IN-ADDR.ARPA.", "1.2.3.4"),
                new Row("1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa", "2001:db8::1"),
                new Row("256.0.0.1.in-addr.arpa", null), new Row("1.0.0.in-addr.arpa", null),
                new Row("x.0.0.1.in-addr.arpa", null), new Row("example.com", null))) {
            assertEquals(r.addr(), ResolverAnswers.addrFromArpa(Samples.n(r.arpa())), "addrFromArpa(" + r.arpa() + ")");
        }
    }
}
