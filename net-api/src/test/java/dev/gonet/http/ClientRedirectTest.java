package dev.gonet.http;

import static dev.gonet.http.ClientFixture.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.url.URL;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's redirect rules: methods and bodies per status, the limit, policies, header copying, Referer. */
class ClientRedirectTest {
    /**
     * /{code}/... redirects with that status to /done; /done answers with what it received;
     * /loop redirects to itself.
     */
    static final Handler REDIRECTOR = (w, r) -> {
        String p = r.url().path();
        if (p.equals("/done")) {
            w.writeString(r.method() + " body=" + new String(r.body().readAllBytes()) + " auth="
                    + r.header().get("Authorization") + " cookie=" + r.header().get("Cookie") + " x="
                    + r.header().get("X-Keep") + " referer=" + r.referer() + " host=" + r.host());
            return;
        }
        if (p.equals("/loop")) {
            Handlers.redirect(w, r, "/loop", 302);
            return;
        }
        if (p.equals("/cross")) {
            w.header().set("Location", "http://other.example/done");
            w.writeHeader(302);
            return;
        }
        if (p.equals("/sub")) {
            w.header().set("Location", "http://sub.redirect.example/done");
            w.writeHeader(302);
            return;
        }
        if (p.equals("/nolocation")) {
            w.writeHeader(302);
            w.writeString("no location");
            return;
        }
        r.body().readAllBytes();
        w.header().set("Location", "/done");
        w.writeHeader(Integer.parseInt(p.substring(1)));
    };
    static final String BASE = "http://redirect.example";

    static Request post(String path, String body) throws IOException {
        return new Request("POST", BASE + path, new ByteArrayInputStream(body.getBytes()));
    }

    @Test
    void methodAndBodyPerStatus() throws Exception {
        try (ClientFixture f = ClientFixture.start(REDIRECTOR)) {
            for (int code : List.of(301, 302, 303)) {
                assertTrue(read(f.client.send(post("/" + code, "payload"))).startsWith("GET body= "), "POST " + code);
                assertTrue(read(f.client.head(BASE + "/" + code)).isEmpty());
            }
            Request head = new Request("HEAD", BASE + "/301", (InputStream) null);
            Response hr = f.client.send(head);
            assertEquals("HEAD", hr.request().method(), "HEAD stays HEAD");
            hr.body().close();
            for (int code : List.of(307, 308)) {
                assertTrue(read(f.client.send(post("/" + code, "payload"))).startsWith("POST body=payload "),
                        "POST " + code);
                Request put = new Request("PUT", BASE + "/" + code, new ByteArrayInputStream("p".getBytes()));
                assertTrue(read(f.client.send(put)).startsWith("PUT body=p "));
            }
            // 307 with a body that cannot be sent again: the 307 itself is the answer
            Request stream = new Request("POST", BASE + "/307",
                    new java.io.BufferedInputStream(new ByteArrayInputStream("x".getBytes())));
            Response r = f.client.send(stream);
            assertEquals(307, r.statusCode());
            read(r);
            Response last = f.client.get(BASE + "/303");
            assertEquals(BASE + "/done", last.request().url().toString());
            assertEquals(303, last.request().response().statusCode(), "the redirect that led here");
            read(last);
            assertEquals(1, f.connections(), "small redirect bodies are drained, the connection reused");
        }
    }

    @Test
    void stopsAfterTenRedirects() throws Exception {
        try (ClientFixture f = ClientFixture.start(REDIRECTOR)) {
            ClientException e = assertThrows(ClientException.class, () -> f.client.get(BASE + "/loop"));
            assertEquals("Get \"/loop\": stopped after 10 redirects", e.getMessage());
            assertEquals(302, e.response().statusCode());
            assertEquals("Get", e.op());
        }
    }

    @Test
    void policies() throws Exception {
        try (ClientFixture f = ClientFixture.start(REDIRECTOR)) {
            Client noFollow = f.client.withCheckRedirect(CheckRedirect.useLastResponse());
            Response r = noFollow.get(BASE + "/302");
            assertEquals(302, r.statusCode());
            assertEquals("/done", r.header().get("Location"));
            assertEquals(BASE + "/done", r.location().toString());
            read(r);
            List<Integer> seen = new ArrayList<>();
            Client counting = f.client.withCheckRedirect((req, via) -> {
                seen.add(via.size());
                req.header().set("X-Keep", "set by policy");
                if (via.size() == 3) {
                    throw new IOException("enough");
                }
            });
            ClientException e = assertThrows(ClientException.class, () -> counting.get(BASE + "/loop"));
            assertEquals("Get \"/loop\": enough", e.getMessage());
            assertEquals(List.of(1, 2, 3), seen);
            assertTrue(read(f.client.withCheckRedirect(CheckRedirect.limit(2)).get(BASE + "/301"))
                    .startsWith("GET"));
            Response noLoc = f.client.get(BASE + "/nolocation");
            assertEquals(302, noLoc.statusCode(), "a 3xx without Location is the answer");
            assertEquals("no location", read(noLoc));
            IOException noLocErr = assertThrows(IOException.class, noLoc::location);
            assertTrue(HttpSentinel.NO_LOCATION.in(noLocErr), "location(): " + noLocErr + ", want NO_LOCATION");
        }
    }

    /** A policy of its own stops with Go's ErrUseLastResponse, bare or wrapped, and gets the 3xx. */
    @Test
    void policyThrowingUseLastResponse() throws Exception {
        try (ClientFixture f = ClientFixture.start(REDIRECTOR)) {
            for (boolean wrapped : new boolean[] {false, true}) {
                Client c = f.client.withCheckRedirect((req, via) -> {
                    if (via.size() == 2) {
                        IOException stop = HttpSentinel.USE_LAST_RESPONSE.exception();
                        throw wrapped ? new IOException("policy", stop) : stop;
                    }
                });
                Response r = c.get(BASE + "/loop");
                assertEquals(302, r.statusCode(), "wrapped=" + wrapped + ": status");
                assertEquals("/loop", r.header().get("Location"), "wrapped=" + wrapped + ": Location");
                read(r);
            }
        }
    }

    @Test
    void credentialsStayOnTheirHost() throws Exception {
        try (ClientFixture f = ClientFixture.start(REDIRECTOR)) {
            Request same = new Request("GET", BASE + "/302", (InputStream) null);
            same.header().set("Authorization", "secret");
            same.header().set("Cookie", "a=1");
            same.header().set("X-Keep", "yes");
            assertEquals("GET body= auth=secret cookie=a=1 x=yes referer=" + BASE + "/302 host=redirect.example",
                    read(f.client.send(same)));
            Request cross = new Request("GET", BASE + "/cross", (InputStream) null);
            cross.header().set("Authorization", "secret");
            cross.header().set("Cookie", "a=1");
            cross.header().set("X-Keep", "yes");
            assertEquals("GET body= auth= cookie= x=yes referer=" + BASE + "/cross host=other.example",
                    read(f.client.send(cross)));
            Request sub = new Request("GET", BASE + "/sub", (InputStream) null);
            sub.header().set("Authorization", "secret");
            assertTrue(read(f.client.send(sub)).contains("auth=secret"), "subdomains get them (Go 1.19)");
        }
    }

    @Test
    void customHostSurvivesARelativeRedirect() throws Exception {
        try (ClientFixture f = ClientFixture.start(REDIRECTOR)) {
            Request r = new Request("GET", BASE + "/302", (InputStream) null);
            r.setHost("virtual.example");
            assertTrue(read(f.client.send(r)).endsWith("host=virtual.example"));
        }
    }

    @Test
    void badLocation() throws Exception {
        try (RawServer s = new RawServer((srv, c, i) -> {
            srv.readHead(c);
            RawServer.write(c, "HTTP/1.1 302 Found\r\nLocation: %zz\r\nContent-Length: 0\r\n\r\n");
        })) {
            IOException e = assertThrows(IOException.class, () -> new Client(s.transport()).get(BASE + "/"));
            assertEquals("Get \"" + BASE + "/\": failed to parse Location header \"%zz\": parse \"%zz\": "
                    + "invalid URL escape \"%zz\"", e.getMessage());
        }
    }

    /** Whether a redirect from one URL to another keeps the header key. */

    private record CopyHeaderCase(String key, String from, String to, boolean copied) {
    }

    @Test
    void refererAndHeaderRulesAsGo() throws Exception {
        assertEquals("", Redirects.referer(URL.parse("https://a/x"), URL.parse("http://b/")));
        assertEquals("https://a/x", Redirects.referer(URL.parse("https://u:p@a/x"), URL.parse("https://b/")));
        assertEquals("http://a/x?q=1", Redirects.referer(URL.parse("http://a/x?q=1"), URL.parse("https://b/")));
        CopyHeaderCase[] table = {
            new CopyHeaderCase("Authorization", "http://foo.com/", "http://foo.com/", true),
            new CopyHeaderCase("Authorization", "http://foo.com/", "http://sub.foo.com/", true),
            new CopyHeaderCase("Authorization", "http://foo.com/", "http://notfoo.com/", false),
            new CopyHeaderCase("Authorization", "http://foo.com/", "https://foo.com/", false), // :80 vs :443
            new CopyHeaderCase("Authorization", "http://foo.com:1234/", "http://foo.com:4321/", false),
            new CopyHeaderCase("www-authenticate", "http://foo.com/", "http://bar.com/", false),
            new CopyHeaderCase("Cookie", "http://foo.com/", "http://bar.com/", false),
            new CopyHeaderCase("Cookie2", "http://foo.com/", "http://bar.com/", false),
            new CopyHeaderCase("X-Other", "http://foo.com/", "http://bar.com/", true),
        };
        for (CopyHeaderCase row : table) {
            assertEquals(row.copied(),
                    Redirects.shouldCopyOnRedirect(row.key(), URL.parse(row.from()), URL.parse(row.to())),
                    "shouldCopyOnRedirect(" + row.key() + ", " + row.from() + ", " + row.to() + ")");
        }
        assertEquals("http://user:***@h/p", Redirects.stripPassword(URL.parse("http://user:pa%20ss@h/p")));
        assertEquals("http://user@h/p", Redirects.stripPassword(URL.parse("http://user@h/p")));
        assertEquals("Get", ClientException.op("GET"));
        assertEquals("Propfind", ClientException.op("PROPFIND"));
        assertNotNull(CheckRedirect.DEFAULT);
    }
}
