package dev.gonet.browsertest;

import static dev.gonet.browsertest.HttpCheck.text;

import dev.gonet.NetException;
import dev.gonet.http.CheckRedirect;
import dev.gonet.http.Client;
import dev.gonet.http.ClientException;
import dev.gonet.http.FetchOptions;
import dev.gonet.http.Http;
import dev.gonet.http.Request;
import dev.gonet.http.Response;
import dev.gonet.http.cookiejar.CookieJars;
import dev.gonet.testkit.Case;
import dev.gonet.testkit.Check;
import dev.gonet.testkit.Suite;
import dev.gonet.web.FetchTransport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;

/**
 * The browser's fetch transport beyond what {@link HttpClientCases} checks on both platforms:
 * the seam, relative URLs, what a page may not send, the client settings fetch cannot honour,
 * every {@link FetchOptions} field as the server sees it, Go's {@code js.fetch:} fields, CORS and
 * the streaming-upload opt-in. Against the demo server's {@code /api/} on two origins.
 */
final class FetchCases {
    private FetchCases() {
    }

    static Suite suite(Endpoints ep) {
        String s = "Fetch";
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(s, "DefaultTransportIsFetch", FetchCases::defaultTransport));
        cases.add(new Case(s, "HttpGetRelativeToThePage", () -> relative(ep)));
        cases.add(new Case(s, "ForbiddenFieldsFailLoudly", () -> forbidden(ep)));
        cases.add(new Case(s, "BodyOnGetFailsLoudly", () -> getWithBody(ep)));
        cases.add(new Case(s, "CookieJarRefused", () -> jar(ep)));
        cases.add(new Case(s, "CheckRedirectPolicies", () -> checkRedirect(ep)));
        cases.add(new Case(s, "RedirectOverBrowserLimit", () -> redirectLimit(ep)));
        cases.add(new Case(s, "CorsAllowedAndExposedFields", () -> corsAllowed(ep)));
        cases.add(new Case(s, "CorsRefusedIsNetException", () -> corsRefused(ep)));
        cases.add(new Case(s, "StreamingUploadOverHttp1Fails", () -> streamingUpload(ep)));
        cases.add(new Case(s, "InMemoryBodyNeverStreams", () -> inMemoryNotStreamed(ep)));
        cases.add(new Case(s, "StreamingUploadUndetectedNamesFix", () -> noRequestStreams(ep)));
        cases.add(new Case(s, "ArrayBufferFallbackWithoutStreams", () -> arrayBufferFallback(ep)));
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

    static void defaultTransport() {
        Check.isTrue(Http.defaultTransport() instanceof FetchTransport,
                "Http.defaultTransport() = " + Http.defaultTransport() + ", want a FetchTransport");
        Check.isTrue(new Client().transport() == Http.defaultTransport(), "a new Client does not use the default");
    }

    static void relative(Endpoints ep) throws Exception {
        Response r = Http.get("/api/text?s=relative");
        Check.equal("body", text(r), "relative");
        Check.equal("final URL", r.request().url().toString(), ep.http("/api/text?s=relative"));
    }

    private static void failsWith(String what, String want, Request req) {
        IOException e = Check.raises(IOException.class, what, () -> new Client().send(req));
        Check.isTrue(e.getMessage().contains(want), what + ": text \"" + e.getMessage() + "\" lacks \"" + want + "\"");
    }

    static void forbidden(Endpoints ep) throws Exception {
        Request cookie = new Request("GET", ep.http("/api/inspect"), null);
        cookie.header().set("Cookie", "a=b");
        failsWith("Cookie", "does not let a page set the Cookie header field; the browser sends its own cookies",
                cookie);
        Request referer = new Request("GET", ep.http("/api/inspect"), null);
        referer.header().set("Referer", ep.http("/"));
        failsWith("Referer", "use FetchOptions.withReferrer", referer);
        Request sec = new Request("GET", ep.http("/api/inspect"), null);
        sec.header().set("Sec-Fetch-Mode", "navigate");
        failsWith("Sec-Fetch-Mode", "the browser sets it itself", sec);
        Request host = new Request("GET", ep.http("/api/inspect"), null).setHost("example.com");
        failsWith("setHost", "does not let a page set the Host header field", host);
        failsWith("TRACE", "refuses the method TRACE", new Request("TRACE", ep.http("/api/inspect"), null));
        Request bad = new Request("GET", ep.http("/api/inspect"), null);
        bad.header().set("X-Bad", "a\nb");
        failsWith("newline in a value", "net/http: invalid header field value for \"X-Bad\"", bad);
    }

    static void getWithBody(Endpoints ep) throws Exception {
        failsWith("GET with a body", "cannot send a body with GET",
                new Request("GET", ep.http("/api/inspect"), new ByteArrayInputStream(new byte[] {1})));
    }

    static void jar(Endpoints ep) {
        Client c = new Client().withJar(CookieJars.rfc6265());
        IOException e = Check.raises(IOException.class, "jar", () -> c.get(ep.http("/api/text?s=x")));
        Check.isTrue(e.getMessage().contains("a Client cookie jar cannot work over fetch"), "text: " + e.getMessage());
    }

    static void checkRedirect(Endpoints ep) throws Exception {
        Client custom = new Client().withCheckRedirect((req, via) -> { });
        IOException e = Check.raises(IOException.class, "custom policy",
                () -> custom.get(ep.http("/api/redirect/1")));
        Check.isTrue(e.getMessage().contains("cannot see each hop"), "text: " + e.getMessage());
        Response r = new Client().withCheckRedirect(CheckRedirect.useLastResponse()).get(ep.http("/api/redirect/2"));
        Check.equal("useLastResponse statusCode", r.statusCode(), 0);
        Check.isTrue(r.status().startsWith("0 opaque redirect"), "status " + r.status());
        Check.equal("no header fields", r.header().keys(), List.of());
        Check.equal("empty body", r.body().read(), -1);
        r.body().close();
    }

    /** Chromium stops after 20 redirects and says no more than a network error would. */
    static void redirectLimit(Endpoints ep) {
        ClientException e = Check.raises(ClientException.class, "25 redirects",
                () -> new Client().get(ep.http("/api/redirect/25")));
        Check.isTrue(e.getCause() instanceof NetException, "cause " + e.getCause());
    }








    static void corsAllowed(Endpoints ep) throws Exception {
        Response r = new Client().get(ep.otherHttp("/api/status/202?cors=1"));
        Check.equal("statusCode", r.statusCode(), 202);
        Check.equal("exposed X-Api", r.header().get("X-Api"), "status");
        Check.equal("hidden Vary", r.header().get("Vary"), "");
        Check.equal("body", text(r), "status 202");
        Request put = new Request("PUT", ep.otherHttp("/api/echo?cors=1"), new ByteArrayInputStream(new byte[] {'p'}));
        put.header().set("X-Preflighted", "yes");
        Response echoed = new Client().send(put);
        Check.equal("preflighted PUT echo", text(echoed), "p");
        Check.equal("X-Echo-Method", echoed.header().get("X-Echo-Method"), "PUT");
    }

    static void corsRefused(Endpoints ep) {
        ClientException e = Check.raises(ClientException.class, "other origin without CORS",
                () -> new Client().get(ep.otherHttp("/api/text?s=x")));
        Check.isTrue(e.getCause() instanceof NetException, "cause " + e.getCause() + ", want a NetException");
        NetException ne = (NetException) e.getCause();
        Check.equal("op", ne.op(), "fetch");
        Check.isTrue(e.getMessage().contains("a network error or a CORS refusal: the browser does not tell a page which"),
                "text: " + e.getMessage());
    }

    /** Our demo server speaks HTTP/1.1, over which Chromium refuses streamed bodies: the error says so. */
    static void streamingUpload(Endpoints ep) throws Exception {
        Check.isTrue(FetchTransport.canStreamUploads(), "Chromium should support request streams");
        InputStream body = new InputStream() {
            private int left = 100_000;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
        };
        Request req = new Request("POST", ep.http("/api/echo"), body)
                .setFetchOptions(FetchOptions.DEFAULT.withStreamingUpload(true));
        IOException e = Check.raises(IOException.class, "streamed POST over HTTP/1.1", () -> new Client().send(req));
        Check.isTrue(e.getMessage().contains("streams request bodies only over HTTP/2 or later"),
                "text: " + e.getMessage());
        Check.isTrue(e.getMessage().contains("withStreamingUpload(false)"), "no fix named: " + e.getMessage());
    }

    static void inMemoryNotStreamed(Endpoints ep) throws Exception {
        Client c = new Client().withFetchOptions(FetchOptions.DEFAULT.withStreamingUpload(true));
        Response r = c.post(ep.http("/api/echo"), "text/plain", "in memory".getBytes());
        Check.equal("echo", text(r), "in memory");
    }

    static void noRequestStreams(Endpoints ep) throws Exception {
        JSObject saved = PageHacks.hideRequestStreams();
        try {
            Check.isTrue(!FetchTransport.canStreamUploads(), "streams still detected");
            Request req = new Request("POST", ep.http("/api/echo"), new InputStream() {
                @Override
                public int read() {
                    return -1;
                }
            }).setFetchOptions(FetchOptions.DEFAULT.withStreamingUpload(true));
            failsWith("streaming without browser support", "this browser cannot stream request bodies", req);
        } finally {
            PageHacks.restoreRequest(saved);
        }
        Check.isTrue(FetchTransport.canStreamUploads(), "streams not detected after the restore");
    }

    /** Where responses have no body stream, the body comes whole from {@code arrayBuffer()}. */
    static void arrayBufferFallback(Endpoints ep) throws Exception {
        JSObject saved = PageHacks.hideResponseBodies();
        try {
            Response r = new Client().get(ep.http("/api/bytes?n=300000"));
            try (InputStream in = r.body()) {
                Check.equal("bytes", HttpCheck.readPattern(in, 0, 4096), 300_000L);
            }
            Response empty = new Client().get(ep.http("/api/status/204"));
            Check.equal("204 body", empty.body().read(), -1);
            empty.body().close();
        } finally {
            PageHacks.restoreResponseBodies(saved);
        }
    }
}
