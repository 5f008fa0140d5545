package dev.gonet.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.DNSException;
import dev.gonet.http.Handler;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Endpoints that fail in every way RFC 8484 clients meet: the next endpoint answers instead. */
class DoHFallbackTest {
    DoHFixture f;
    String good;

    @BeforeEach
    void start() throws IOException {
        f = new DoHFixture();
        good = f.serve("good.test", DoHHandler.forZone(DoHFixture.zone()));
    }

    @AfterEach
    void stop() throws IOException {
        f.close();
    }

    /** A DoH endpoint answering each GET query with {@code reply} applied to it. */
    static Handler replying(UnaryOperator<Message> reply) {
        return (w, r) -> {
            Message q = Message.parse(Base64.getUrlDecoder().decode(r.url().query().get("dns")));
            w.header().set("Content-Type", "application/dns-message");
            w.write(reply.apply(q).pack());
        };
    }

    static Message.Builder responseTo(Message q) {
        return Message.builder().id(q.id()).response(true).recursionDesired(true).question(q.questions().get(0));
    }

    /** A misbehaving endpoint, and what the resolver reports when it is the only one. */
    record Row(String name, Handler bad, String errContains, boolean timeout, boolean temporary) {
    }

    static List<Row> rows() {
        return List.of(
                new Row("HTTP 503", (w, r) -> w.writeHeader(503), "HTTP status 503 Service Unavailable", false, true),
                new Row("HTTP 404", (w, r) -> w.writeHeader(404), "HTTP status 404 Not Found", false, false),
                new Row("text/html", (w, r) -> {
                    w.header().set("Content-Type", "text/html");
                    w.writeString("<p>hi</p>");
                }, "unexpected Content-Type \"text/html\"", false, false),
                new Row("garbage", (w, r) -> {
                    w.header().set("Content-Type", "application/dns-message");
                    w.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13});
                }, "cannot unmarshal DNS message", false, false),
                new Row("another question", replying(q -> Message.builder().response(true).recursionAvailable(true)
                        .question(new Question(Samples.n("other.test"), RRType.A)).build()), "invalid DNS response", false,
                        false),
                new Row("not a response", replying(q -> q), "invalid DNS response", false, false),
                new Row("SERVFAIL", replying(q -> responseTo(q).recursionAvailable(true).rcode(RCode.SERVER_FAILURE).build()),
                        "server misbehaving", false, true),
                new Row("REFUSED", replying(q -> responseTo(q).recursionAvailable(true).rcode(RCode.REFUSED).build()),
                        "server misbehaving", false, false),
                new Row("lame referral", replying(q -> responseTo(q).build()), "lame referral", false, false),
                new Row("CNAME loop in the answer", replying(q -> {
                    Name n = q.questions().get(0).name();
                    return responseTo(q).recursionAvailable(true).answer(new CNAMEResource(n, 60, Samples.n("l.test")))
                            .answer(new CNAMEResource(Samples.n("l.test"), 60, n)).build();
                }), "cannot unmarshal DNS message", false, false),
                new Row("silence", (w, r) -> {
                    try {
                        Thread.sleep(3000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "context deadline exceeded", true, true));
    }

    @Test
    void eachFailureFallsBackToTheNextEndpoint() throws IOException {
        int i = 0;
        for (Row row : rows()) {
            String host = "bad" + i++ + ".test";
            String bad = f.serve(host, row.bad());
            DoHResolver r = f.resolver(bad, good).withTimeout(Duration.ofMillis(300));
            assertEquals(List.of("127.0.0.1"), r.lookupIP("ip4", "echo.gonet.test").stream().map(Object::toString).toList(),
                    row.name() + ": the second endpoint answers");
            assertEquals(1, f.hits(host), row.name() + ": the bad endpoint was asked once");
            DNSException e = assertThrows(DNSException.class, () -> f.resolver(bad).withTimeout(Duration.ofMillis(300))
                    .lookupIP("ip4", "echo.gonet.test"), row.name());
            assertTrue(e.getMessage().startsWith("lookup echo.gonet.test on " + bad + ": ")
                    && e.getMessage().contains(row.errContains()), row.name() + ": " + e.getMessage());
            assertEquals(row.timeout(), e.isTimeout(), row.name() + ": isTimeout");
            assertEquals(row.temporary(), e.isTemporary(), row.name() + ": isTemporary");
            assertTrue(!e.isNotFound(), row.name() + ": isNotFound");
        }
    }

    @Test
    void aClosedEndpointIsANetworkError() throws IOException {
        String down = "http://down.test/dns-query";
        DoHResolver r = f.resolver(down, good);
        assertEquals(List.of("127.0.0.1", "::1"), r.lookupHost("echo.gonet.test"));
        DNSException e = assertThrows(DNSException.class, () -> f.resolver(down).lookupHost("echo.gonet.test"));
        assertTrue(e.getMessage().startsWith("lookup echo.gonet.test on " + down + ": ")
                && e.getMessage().endsWith("connection refused"), e.getMessage());
        assertTrue(e.isTemporary(), "network errors are temporary, as Go's socket errors");
    }

    @Test
    void notFoundIsAuthoritative() throws IOException {
        String other = f.serve("other.test", DoHHandler.forZone(DoHFixture.zone()));
        DoHResolver r = f.resolver(good, other);
        DNSException nx = assertThrows(DNSException.class, () -> r.lookupIP("ip4", "nx.gonet.test"));
        assertEquals("lookup nx.gonet.test on " + good + ": no such host", nx.getMessage());
        assertThrows(DNSException.class, () -> r.lookupIP("ip6", "v4only.gonet.test"));
        assertEquals(0, f.hits("other.test"), "NXDOMAIN and NODATA end the lookup: no fallback");
    }

    @Test
    void theLastFailureIsReported() {
        DoHResolver r = f.resolver("http://down1.test/dns-query", "http://down2.test/dns-query");
        DNSException e = assertThrows(DNSException.class, () -> r.lookupHost("echo.gonet.test"));
        assertEquals("http://down2.test/dns-query", e.server());
    }
}
