package dev.gonet.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.http.cookiejar.CookieJars;
import dev.gonet.url.URL;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a {@link Client} hands a {@link UserAgentRoundTripper} (the browser's fetch, which is
 * tested for real in Chromium): its redirect policy and jar with each request instead of
 * applying them itself, its fetch options merged under the request's, and its deadline. The
 * round tripper here is a stand-in that records what it got, since a user agent exists only in
 * a browser.
 */
class ClientUserAgentTest {
    record Call(Request req, CheckRedirect checkRedirect, CookieJar jar) {
    }

    static final class Recorder implements UserAgentRoundTripper {
        final List<Call> calls = new ArrayList<>();
        int status = 200;

        @Override
        public Response roundTrip(Request req, CheckRedirect checkRedirect, CookieJar jar) {
            calls.add(new Call(req, checkRedirect, jar));
            Response r = new Response(status, null, null).setRequest(req);
            if (status / 100 == 3) {
                r.header().set("Location", "/elsewhere");
            }
            return r;
        }
    }

    @Test
    void policyAndJarGoToTheUserAgent() throws IOException {
        Recorder ua = new Recorder();
        CookieJar jar = CookieJars.rfc6265();
        jar.setCookies(URL.parse("http://ua.example/"), List.of(new Cookie("a", "b")));
        Client c = new Client(ua).withJar(jar).withCheckRedirect(CheckRedirect.useLastResponse());
        c.get("http://ua.example/x");
        Call call = ua.calls.get(0);
        assertSame(CheckRedirect.USE_LAST_RESPONSE, call.checkRedirect());
        assertSame(jar, call.jar());
        assertEquals("", call.req().header().get("Cookie"), "the client did not add the jar's cookies itself");
    }

    @Test
    void aRedirectTheUserAgentReturnsIsNotFollowedTwiceButAsTheClientWould() throws IOException {
        // A user agent that returns a 3xx (it was told not to follow) gets the client's usual
        // treatment: the client follows with its own policy, one hop per round trip.
        Recorder ua = new Recorder();
        ua.status = 302;
        Client c = new Client(ua).withCheckRedirect(CheckRedirect.limit(2));
        ClientException e = assertThrows(ClientException.class, () -> c.get("http://ua.example/start"));
        assertEquals("Get \"/elsewhere\": stopped after 2 redirects", e.getMessage());
        assertEquals(2, ua.calls.size());
    }

    @Test
    void fetchOptionsMergedRequestFirst() throws IOException {
        Recorder ua = new Recorder();
        Client c = new Client(ua).withFetchOptions(FetchOptions.DEFAULT.withMode(FetchOptions.Mode.NO_CORS)
                .withCache(FetchOptions.Cache.RELOAD));
        Request req = new Request("GET", "http://ua.example/", null)
                .setFetchOptions(FetchOptions.DEFAULT.withMode(FetchOptions.Mode.CORS));
        c.send(req);
        FetchOptions sent = ua.calls.get(0).req().fetchOptions();
        assertEquals(FetchOptions.Mode.CORS, sent.mode());
        assertEquals(FetchOptions.Cache.RELOAD, sent.cache());
        assertEquals(FetchOptions.Mode.CORS, req.fetchOptions().mode());
        assertNull(req.fetchOptions().cache(), "the caller's request is not changed");
    }

    @Test
    void timeoutBecomesTheDeadline() throws IOException {
        Recorder ua = new Recorder();
        new Client(ua).withTimeout(Duration.ofSeconds(30)).get("http://ua.example/");
        assertTrue(ua.calls.get(0).req().deadline() != null, "no deadline handed over");
    }

    @Test
    void relativeUrlsOnlyOverAUserAgent() throws IOException {
        Recorder ua = new Recorder();
        Response r = new Client(ua).get("/api/relative");
        assertEquals("/api/relative", ua.calls.get(0).req().url().toString());
        assertEquals(200, r.statusCode());
        // Go's transport refuses a URL without a scheme, as http.Get("/api/relative") does.
        Client plain = new Client(ClientFixture.memTransport("nobody-listens-here"));
        IOException e = assertThrows(IOException.class, () -> plain.get("/api/relative"));
        assertEquals("Get \"/api/relative\": unsupported protocol scheme \"\"", e.getMessage());
    }
}
