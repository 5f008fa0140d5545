package dev.gonet.browsertest;

import static dev.gonet.browsertest.HttpCheck.field;
import static dev.gonet.browsertest.HttpCheck.text;

import dev.gonet.http.Client;
import dev.gonet.http.ClientException;
import dev.gonet.http.FetchOptions;
import dev.gonet.http.Request;
import dev.gonet.http.Response;
import dev.gonet.testkit.Case;
import dev.gonet.testkit.Check;
import dev.gonet.testkit.Suite;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every {@link FetchOptions} field as the server sees it (or, for priority, as Chromium's network
 * stack does: {@code PortableSuitesInChromiumTest.fetchPriorityReachesTheNetworkStack}), Go's
 * {@code js.fetch:} fields, and a request's options over its client's defaults. Against the demo
 * server's {@code /api/} on two origins.
 */
final class FetchOptionsCases {
    private FetchOptionsCases() {
    }

    static Suite suite(Endpoints ep) {
        String s = "FetchOptions";
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(s, "ModeSeenByServer", () -> mode(ep)));
        cases.add(new Case(s, "CredentialsSeenByServer", () -> credentials(ep)));
        cases.add(new Case(s, "CacheSeenByServer", () -> cache(ep)));
        cases.add(new Case(s, "RedirectOption", () -> redirectOption(ep)));
        cases.add(new Case(s, "ReferrerAndPolicySeenByServer", () -> referrer(ep)));
        cases.add(new Case(s, "Integrity", () -> integrity(ep)));
        cases.add(new Case(s, "Keepalive", () -> keepalive(ep)));
        cases.add(new Case(s, "PriorityAccepted", () -> priority(ep)));
        cases.add(new Case(s, "GoHeaderOptionsHonoured", () -> goHeaders(ep)));
        cases.add(new Case(s, "RequestOptionsOverClientDefaults", () -> clientDefaults(ep)));
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

    private static String inspect(Request req) throws IOException {
        return text(new Client().send(req));
    }

    private static Request get(String url, FetchOptions o) throws IOException {
        return new Request("GET", url, null).setFetchOptions(o);
    }

    private static void failsWith(String what, String want, Request req) {
        IOException e = Check.raises(IOException.class, what, () -> new Client().send(req));
        Check.isTrue(e.getMessage().contains(want), what + ": text \"" + e.getMessage() + "\" lacks \"" + want + "\"");
    }

    static void mode(Endpoints ep) throws Exception {
        String cors = inspect(get(ep.http("/api/inspect"), FetchOptions.DEFAULT.withMode(FetchOptions.Mode.CORS)));
        Check.equal("mode CORS: Sec-Fetch-Mode", field(cors, "Sec-Fetch-Mode"), "cors");
        String same = inspect(get(ep.http("/api/inspect"),
                FetchOptions.DEFAULT.withMode(FetchOptions.Mode.SAME_ORIGIN)));
        Check.equal("mode SAME_ORIGIN: Sec-Fetch-Mode", field(same, "Sec-Fetch-Mode"), "same-origin");
        String noCors = inspect(get(ep.http("/api/inspect"),
                FetchOptions.DEFAULT.withMode(FetchOptions.Mode.NO_CORS)));
        Check.equal("mode NO_CORS: Sec-Fetch-Mode", field(noCors, "Sec-Fetch-Mode"), "no-cors");
        Response opaque = new Client().send(get(ep.otherHttp("/api/text?s=x"),
                FetchOptions.DEFAULT.withMode(FetchOptions.Mode.NO_CORS)));
        Check.equal("cross-origin no-cors statusCode", opaque.statusCode(), 0);
        Check.isTrue(opaque.status().startsWith("0 opaque response"), "status " + opaque.status());
        Check.equal("cross-origin no-cors body", text(opaque), "");
        ClientException e = Check.raises(ClientException.class, "SAME_ORIGIN to another origin",
                () -> new Client().send(get(ep.otherHttp("/api/text?s=x"),
                        FetchOptions.DEFAULT.withMode(FetchOptions.Mode.SAME_ORIGIN))));
        Check.isTrue(e.getMessage().contains("which mode SAME_ORIGIN refuses"), "text: " + e.getMessage());
    }

    static void credentials(Endpoints ep) throws Exception {
        text(new Client().get(ep.http("/api/cookie?v=fetch")));
        String omit = inspect(get(ep.http("/api/inspect"),
                FetchOptions.DEFAULT.withCredentials(FetchOptions.Credentials.OMIT)));
        Check.equal("OMIT: Cookie", field(omit, "Cookie"), "");
        String same = inspect(get(ep.http("/api/inspect"),
                FetchOptions.DEFAULT.withCredentials(FetchOptions.Credentials.SAME_ORIGIN)));
        Check.equal("SAME_ORIGIN: Cookie", field(same, "Cookie"), "gonet=fetch");
        String other = inspect(get(ep.otherHttp("/api/inspect?cors=1"),
                FetchOptions.DEFAULT.withCredentials(FetchOptions.Credentials.INCLUDE)));
        Check.equal("INCLUDE to the other origin: Cookie", field(other, "Cookie"), "gonet=fetch");
        String otherDefault = inspect(get(ep.otherHttp("/api/inspect?cors=1"), FetchOptions.DEFAULT));
        Check.equal("default to the other origin: Cookie", field(otherDefault, "Cookie"), "");
    }

    static void cache(Endpoints ep) throws Exception {
        String noStore = inspect(get(ep.http("/api/inspect?c=1"),
                FetchOptions.DEFAULT.withCache(FetchOptions.Cache.NO_STORE)));
        Check.equal("NO_STORE: Pragma", field(noStore, "Pragma"), "no-cache");
        Check.equal("NO_STORE: Cache-Control", field(noStore, "Cache-Control"), "no-cache");
        String noCache = inspect(get(ep.http("/api/inspect?c=2"),
                FetchOptions.DEFAULT.withCache(FetchOptions.Cache.NO_CACHE)));
        Check.equal("NO_CACHE: Cache-Control", field(noCache, "Cache-Control"), "max-age=0");
        String plain = inspect(get(ep.http("/api/inspect?c=3"), FetchOptions.DEFAULT));
        Check.equal("default: Cache-Control", field(plain, "Cache-Control"), "");
    }

    static void redirectOption(Endpoints ep) throws Exception {
        ClientException e = Check.raises(ClientException.class, "redirect ERROR",
                () -> new Client().send(get(ep.http("/api/redirect/1"),
                        FetchOptions.DEFAULT.withRedirect(FetchOptions.Redirect.ERROR))));
        Check.isTrue(e.getMessage().contains("which FetchOptions redirect ERROR refuses"), "text: " + e.getMessage());
        Response manual = new Client().send(get(ep.http("/api/redirect/1"),
                FetchOptions.DEFAULT.withRedirect(FetchOptions.Redirect.MANUAL)));
        Check.equal("MANUAL statusCode", manual.statusCode(), 0);
        manual.body().close();
        Response follow = new Client().send(get(ep.http("/api/redirect/1"),
                FetchOptions.DEFAULT.withRedirect(FetchOptions.Redirect.FOLLOW)));
        Check.equal("FOLLOW body", text(follow), "redirected");
    }

    static void referrer(Endpoints ep) throws Exception {
        String ref = inspect(get(ep.http("/api/inspect"), FetchOptions.DEFAULT.withReferrer(ep.http("/from/here"))
                .withReferrerPolicy(FetchOptions.ReferrerPolicy.UNSAFE_URL)));
        Check.equal("Referer", field(ref, "Referer"), ep.http("/from/here"));
        String none = inspect(get(ep.http("/api/inspect"),
                FetchOptions.DEFAULT.withReferrerPolicy(FetchOptions.ReferrerPolicy.NO_REFERRER)));
        Check.equal("NO_REFERRER: Referer", field(none, "Referer"), "");
        String origin = inspect(get(ep.http("/api/inspect"), FetchOptions.DEFAULT.withReferrer(ep.http("/from/here"))
                .withReferrerPolicy(FetchOptions.ReferrerPolicy.ORIGIN)));
        Check.equal("ORIGIN: Referer", field(origin, "Referer"), ep.http("/"));
        String empty = inspect(get(ep.http("/api/inspect"), FetchOptions.DEFAULT.withReferrer("")));
        Check.equal("referrer \"\": Referer", field(empty, "Referer"), "");
    }

    /** SHA-256 of the five bytes {@code hello}, base64: the SRI test vector for {@code /api/text?s=hello}. */
    private static final String HELLO_SHA256 = "sha256-LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=";

    static void integrity(Endpoints ep) throws Exception {
        Response ok = new Client().send(get(ep.http("/api/text?s=hello"),
                FetchOptions.DEFAULT.withIntegrity(HELLO_SHA256)));
        Check.equal("matching integrity", text(ok), "hello");
        ClientException e = Check.raises(ClientException.class, "integrity mismatch",
                () -> text(new Client().send(get(ep.http("/api/text?s=hullo"),
                        FetchOptions.DEFAULT.withIntegrity(HELLO_SHA256)))));
        Check.isTrue(e.getMessage().contains("did not match FetchOptions integrity"), "text: " + e.getMessage());
    }

    static void keepalive(Endpoints ep) throws Exception {
        Request small = new Request("POST", ep.http("/api/inspect"), new ByteArrayInputStream(new byte[1000]))
                .setFetchOptions(FetchOptions.DEFAULT.withKeepalive(true));
        Check.equal("keepalive request body", field(inspect(small), "body-length"), "1000");
        Request big = new Request("POST", ep.http("/api/inspect"), new ByteArrayInputStream(new byte[100_000]))
                .setFetchOptions(FetchOptions.DEFAULT.withKeepalive(true));
        IOException e = Check.raises(IOException.class, "keepalive with 100 kB", () -> inspect(big));
        Check.isTrue(e.getMessage().contains("keepalive body over 64 KiB"), "text: " + e.getMessage());
    }

    /** The server cannot see a priority over HTTP/1.1; the browser-side check is in the Playwright test. */
    static void priority(Endpoints ep) throws Exception {
        for (FetchOptions.Priority p : FetchOptions.Priority.values()) {
            String r = inspect(get(ep.http("/api/inspect?priority=" + p.token()), FetchOptions.DEFAULT.withPriority(p)));
            Check.equal("request line", HttpCheck.requestLine(r), "GET /api/inspect?priority=" + p.token());
        }
    }

    static void goHeaders(Endpoints ep) throws Exception {
        Request mode = new Request("GET", ep.http("/api/inspect"), null);
        mode.header().set("js.fetch:mode", "no-cors");
        Check.equal("js.fetch:mode no-cors", field(inspect(mode), "Sec-Fetch-Mode"), "no-cors");
        text(new Client().get(ep.http("/api/cookie?v=go")));
        Request creds = new Request("GET", ep.http("/api/inspect"), null);
        creds.header().set("js.fetch:credentials", "omit");
        Check.equal("js.fetch:credentials omit", field(inspect(creds), "Cookie"), "");
        Request redirect = new Request("GET", ep.http("/api/redirect/1"), null);
        redirect.header().set("js.fetch:redirect", "manual");
        Response r = new Client().send(redirect);
        Check.equal("js.fetch:redirect manual", r.statusCode(), 0);
        r.body().close();
        Request bad = new Request("GET", ep.http("/api/inspect"), null);
        bad.header().set("js.fetch:mode", "navigate");
        failsWith("js.fetch:mode navigate", "invalid js.fetch:mode value \"navigate\"; want one of cors, no-cors, "
                + "same-origin", bad);
        Request both = new Request("GET", ep.http("/api/inspect"), null)
                .setFetchOptions(FetchOptions.DEFAULT.withMode(FetchOptions.Mode.CORS));
        both.header().set("js.fetch:mode", "no-cors");
        Check.equal("FetchOptions win over js.fetch:mode", field(inspect(both), "Sec-Fetch-Mode"), "cors");
    }

    static void clientDefaults(Endpoints ep) throws Exception {
        Client c = new Client().withFetchOptions(FetchOptions.DEFAULT.withMode(FetchOptions.Mode.NO_CORS)
                .withReferrerPolicy(FetchOptions.ReferrerPolicy.NO_REFERRER));
        String r = text(c.send(get(ep.http("/api/inspect"), FetchOptions.DEFAULT.withMode(FetchOptions.Mode.CORS))));
        Check.equal("the request's mode", field(r, "Sec-Fetch-Mode"), "cors");
        Check.equal("the client's referrer policy", field(r, "Referer"), "");
        String d = text(c.get(ep.http("/api/inspect")));
        Check.equal("the client's mode", field(d, "Sec-Fetch-Mode"), "no-cors");
    }
}
