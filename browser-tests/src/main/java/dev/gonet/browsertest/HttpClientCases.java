package dev.gonet.browsertest;

import static dev.gonet.browsertest.HttpCheck.field;
import static dev.gonet.browsertest.HttpCheck.text;

import dev.gonet.NetError;
import dev.gonet.NetException;
import dev.gonet.http.AbortSignal;
import dev.gonet.http.Client;
import dev.gonet.http.ClientException;
import dev.gonet.http.FetchOptions;
import dev.gonet.http.HttpSentinel;
import dev.gonet.http.Request;
import dev.gonet.http.Response;
import dev.gonet.http.RoundTripper;
import dev.gonet.testkit.Case;
import dev.gonet.testkit.Check;
import dev.gonet.testkit.Suite;
import dev.gonet.url.Values;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The HTTP client against the demo server's {@code /api/}, one suite for every transport: in
 * Chromium over the browser's fetch (both bundles), and on the JVM over gonet's
 * {@code Transport} ({@code HttpClientCasesOnJvmTest}), so the same Java is checked to mean the
 * same thing on both. Only what both platforms can do is here; the browser's own rules are in
 * {@link FetchCases}.
 */
final class HttpClientCases {
    /**
     * How a case gets its transport: the plain one (looked up when a case runs, so listing the
     * case ids needs no platform), and one with a response-header timeout.
     */
    record Setup(Endpoints ep, Supplier<RoundTripper> transport, Function<Duration, RoundTripper> headerTimeout) {
        Client client() {
            return new Client(transport.get());
        }
    }

    private HttpClientCases() {
    }

    static Suite suite(String name, Setup s) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(name, "GetText", () -> getText(s)));
        cases.add(new Case(name, "PostEchoBytes", () -> postEcho(s)));
        cases.add(new Case(name, "PostStreamBody", () -> postStream(s)));
        cases.add(new Case(name, "PostFormUrlencoded", () -> postForm(s)));
        cases.add(new Case(name, "HeadHasNoBody", () -> head(s)));
        cases.add(new Case(name, "PutDeleteReachServer", () -> methods(s)));
        cases.add(new Case(name, "StatusesAreNotErrors", () -> statuses(s)));
        cases.add(new Case(name, "RedirectChainFollowed", () -> redirects(s)));
        cases.add(new Case(name, "Redirect303TurnsPostIntoGet", () -> redirect303(s)));
        cases.add(new Case(name, "LargeBody10MiB", () -> large(s)));
        cases.add(new Case(name, "BodyStreamsBeforeItEnds", () -> gated(s)));
        cases.add(new Case(name, "GzipDecodedAndMarked", () -> gzip(s)));
        cases.add(new Case(name, "ClientTimeoutAwaitingHeaders", () -> clientTimeoutHead(s)));
        cases.add(new Case(name, "ClientTimeoutReadingBody", () -> clientTimeoutBody(s)));
        cases.add(new Case(name, "RequestDeadline", () -> requestDeadline(s)));
        cases.add(new Case(name, "ResponseHeaderTimeout", () -> headerTimeout(s)));
        cases.add(new Case(name, "BodyCloseInterruptsRead", () -> bodyClose(s)));
        cases.add(new Case(name, "AbortSignal", () -> abortSignal(s)));
        cases.add(new Case(name, "ConnectionRefusedIsNetException", () -> refused(s)));
        cases.add(new Case(name, "GoFetchFieldsNeverSent", () -> goFields(s)));
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

    static void getText(Setup s) throws Exception {
        String url = s.ep().http("/api/text?s=hello");
        Response r = s.client().get(url);
        Check.equal("statusCode", r.statusCode(), 200);
        Check.equal("status", r.status(), "200 OK");
        Check.equal("Content-Type", r.header().get("Content-Type"), "text/plain; charset=utf-8");
        Check.equal("contentLength", r.contentLength(), 5L);
        Check.equal("redirected", r.redirected(), false);
        Check.equal("request().url()", r.request().url().toString(), url);
        Check.equal("body", text(r), "hello");
    }

    static void postEcho(Setup s) throws Exception {
        byte[] body = new byte[100_000];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (i * 7);
        }
        Response r = s.client().post(s.ep().http("/api/echo"), "application/x-gonet", body);
        Check.equal("X-Echo-Method", r.header().get("X-Echo-Method"), "POST");
        Check.equal("X-Echo-Content-Type", r.header().get("X-Echo-Content-Type"), "application/x-gonet");
        Check.equal("X-Echo-Length", r.header().get("X-Echo-Length"), "100000");
        byte[] got;
        try (InputStream in = r.body()) {
            got = in.readAllBytes();
        }
        Check.isTrue(java.util.Arrays.equals(got, body), "echoed body differs (" + got.length + " bytes)");
    }

    /** A body that is not in memory: length unknown to the client (chunked on the JVM, buffered by fetch). */
    static void postStream(Setup s) throws Exception {
        byte[] data = "streamed, not in memory".getBytes(StandardCharsets.UTF_8);
        InputStream body = new InputStream() {
            private final ByteArrayInputStream in = new ByteArrayInputStream(data);

            @Override
            public int read() {
                return in.read();
            }
        };
        Response r = s.client().post(s.ep().http("/api/echo"), "text/plain", body);
        Check.equal("echo", text(r), "streamed, not in memory");
    }

    static void postForm(Setup s) throws Exception {
        Values form = new Values();
        form.add("a", "1");
        form.add("b", "x y");
        String report = text(s.client().postForm(s.ep().http("/api/inspect"), form));
        Check.equal("request line", HttpCheck.requestLine(report), "POST /api/inspect");
        Check.equal("Content-Type", field(report, "Content-Type"), "application/x-www-form-urlencoded");
        Check.equal("body-length", field(report, "body-length"), "9");
    }

    static void head(Setup s) throws Exception {
        Response r = s.client().head(s.ep().http("/api/bytes?n=1000"));
        Check.equal("statusCode", r.statusCode(), 200);
        Check.equal("contentLength", r.contentLength(), 1000L);
        Check.equal("body read", r.body().read(), -1);
        r.body().close();
    }

    static void methods(Setup s) throws Exception {
        for (String m : List.of("PUT", "DELETE", "PATCH", "OPTIONS")) {
            Request req = new Request(m, s.ep().http("/api/inspect?m=" + m),
                    m.equals("DELETE") || m.equals("OPTIONS") ? null : new ByteArrayInputStream(new byte[] {1, 2, 3}));
            String report = text(s.client().send(req));
            Check.equal(m + " request line", HttpCheck.requestLine(report), m + " /api/inspect?m=" + m);
        }
    }

    static void statuses(Setup s) throws Exception {
        for (int code : new int[] {201, 404, 418, 500, 503}) {
            Response r = s.client().get(s.ep().http("/api/status/" + code));
            Check.equal("statusCode", r.statusCode(), code);
            Check.equal("X-Api", r.header().get("X-Api"), "status");
            Check.equal(code + " body", text(r), "status " + code);
        }
        Response r = s.client().get(s.ep().http("/api/status/404"));
        Check.equal("status", r.status(), "404 Not Found");
        r.body().close();
    }

    static void redirects(Setup s) throws Exception {
        Response r = s.client().get(s.ep().http("/api/redirect/3"));
        Check.equal("statusCode", r.statusCode(), 200);
        Check.equal("redirected", r.redirected(), true);
        Check.equal("final URL", r.request().url().toString(), s.ep().http("/api/redirect/0"));
        Check.equal("body", text(r), "redirected");
    }

    static void redirect303(Setup s) throws Exception {
        Response r = s.client().post(s.ep().http("/api/redirect/1?code=303"), "text/plain", new byte[] {'x'});
        Check.equal("statusCode", r.statusCode(), 200);
        Check.equal("final URL", r.request().url().toString(), s.ep().http("/api/redirect/0?code=303"));
        Check.equal("body", text(r), "redirected");
    }

    static void large(Setup s) throws Exception {
        int n = 10 << 20;
        Response r = s.client().get(s.ep().http("/api/bytes?n=" + n));
        Check.equal("contentLength", r.contentLength(), (long) n);
        try (InputStream in = r.body()) {
            Check.equal("bytes read", HttpCheck.readPattern(in, 0, 50_000), (long) n);
        }
    }

    /** The first bytes are read while the server still holds the rest back at its gate. */
    static void gated(Setup s) throws Exception {
        String id = "g" + System.nanoTime();
        Response r = s.client().get(s.ep().http("/api/gate/" + id + "?first=1000&rest=300000"));
        try (InputStream in = r.body()) {
            long took = HttpCheck.millis(() -> HttpCheck.readExactly(in, 1000));
            Check.isTrue(took < 5000, "the first 1000 bytes took " + took + " ms: the body was not streamed");
            Response open = s.client().get(s.ep().http("/api/gate/" + id + "/open"));
            Check.equal("open gate", open.statusCode(), 204);
            open.body().close();
            Check.equal("rest", HttpCheck.readPattern(in, 1000, 8192), 300_000L);
        }
    }

    static void gzip(Setup s) throws Exception {
        Response r = s.client().get(s.ep().http("/api/bytes?n=200000&gzip=1"));
        Check.equal("uncompressed", r.uncompressed(), true);
        Check.equal("Content-Encoding", r.header().get("Content-Encoding"), "");
        Check.equal("Content-Length", r.header().get("Content-Length"), "");
        Check.equal("contentLength", r.contentLength(), -1L);
        try (InputStream in = r.body()) {
            Check.equal("decoded bytes", HttpCheck.readPattern(in, 0, 65536), 200_000L);
        }
    }

    static void clientTimeoutHead(Setup s) throws Exception {
        Client c = s.client().withTimeout(Duration.ofMillis(300));
        long[] took = new long[1];
        ClientException e = Check.raises(ClientException.class, "get /api/hang", () -> {
            long start = System.currentTimeMillis();
            try {
                c.get(s.ep().http("/api/hang?ms=3000"));
            } finally {
                took[0] = System.currentTimeMillis() - start;
            }
        });
        Check.isTrue(e.isTimeout(), "isTimeout() = false: " + e);
        Check.isTrue(e.getMessage().endsWith("(Client.Timeout exceeded while awaiting headers)"),
                "text: " + e.getMessage());
        Check.isTrue(took[0] >= 250 && took[0] < 2500, "failed after " + took[0] + " ms, want about 300");
    }

    static void clientTimeoutBody(Setup s) throws Exception {
        Client c = s.client().withTimeout(Duration.ofMillis(600));
        Response r = c.get(s.ep().http("/api/stall?first=100&ms=3000"));
        try (InputStream in = r.body()) {
            HttpCheck.readExactly(in, 100);
            IOException e = Check.raises(IOException.class, "read past the stall", () -> in.read(new byte[10]));
            Check.isTrue(e instanceof NetError ne && ne.isTimeout(), "got " + e + ", want a timeout");
            Check.isTrue(e.getMessage().endsWith("(Client.Timeout or context cancellation while reading body)"),
                    "text: " + e.getMessage());
        }
    }

    static void requestDeadline(Setup s) throws Exception {
        Request req = new Request("GET", s.ep().http("/api/hang?ms=3000"), null);
        req.setDeadline(Instant.now().plusMillis(300));
        ClientException e = Check.raises(ClientException.class, "send", () -> s.client().send(req));
        Check.isTrue(HttpSentinel.DEADLINE_EXCEEDED.in(e), "cause " + e.getCause() + ", want DEADLINE_EXCEEDED");
        Check.equal("text", e.getMessage(), "Get \"" + s.ep().http("/api/hang?ms=3000")
                + "\": context deadline exceeded");
    }

    static void headerTimeout(Setup s) throws Exception {
        Client c = new Client(s.headerTimeout().apply(Duration.ofMillis(300)));
        ClientException e = Check.raises(ClientException.class, "get", () -> c.get(s.ep().http("/api/hang?ms=3000")));
        Check.isTrue(e.isTimeout(), "isTimeout() = false: " + e);
        Check.isTrue(HttpSentinel.RESPONSE_HEADER_TIMEOUT.in(e), "cause " + e.getCause() + ", want RESPONSE_HEADER_TIMEOUT");
    }

    /** Closing the body from another thread fails a read that is waiting for data. */
    static void bodyClose(Setup s) throws Exception {
        Response r = s.client().get(s.ep().http("/api/stall?first=10&ms=5000"));
        InputStream in = r.body();
        HttpCheck.readExactly(in, 10);
        Throwable[] got = new Throwable[1];
        long[] took = new long[1];
        Thread reader = new Thread(() -> {
            long start = System.currentTimeMillis();
            try {
                in.read(new byte[10]);
            } catch (Throwable e) {
                got[0] = e;
            }
            took[0] = System.currentTimeMillis() - start;
        });
        reader.start();
        Thread.sleep(150);
        in.close();
        reader.join(3000);
        Check.isTrue(got[0] instanceof IOException, "blocked read ended with " + got[0] + " after " + took[0] + " ms");
        Check.isTrue(took[0] < 2500, "the read took " + took[0] + " ms to notice the close");
        IOException again = Check.raises(IOException.class, "read after close", () -> in.read(new byte[1]));
        Check.isTrue(HttpSentinel.READ_ON_CLOSED_RESPONSE_BODY.in(again),
                "read after close: " + again + ", want READ_ON_CLOSED_RESPONSE_BODY");
    }

    static void abortSignal(Setup s) throws Exception {
        // before sending: fails at once
        AbortSignal done = new AbortSignal();
        done.abort();
        Request early = new Request("GET", s.ep().http("/api/text?s=x"), null)
                .setFetchOptions(FetchOptions.DEFAULT.withSignal(done));
        ClientException e1 = Check.raises(ClientException.class, "aborted before", () -> s.client().send(early));
        Check.isTrue(HttpSentinel.CANCELED.in(e1), "cause " + e1.getCause() + ", want CANCELED");
        Check.isTrue(e1.getMessage().endsWith(": context canceled"), "text: " + e1.getMessage());

        // while waiting for the head
        AbortSignal head = new AbortSignal();
        Request hang = new Request("GET", s.ep().http("/api/hang?ms=3000"), null)
                .setFetchOptions(FetchOptions.DEFAULT.withSignal(head));
        abortLater(head, "stop waiting", 150);
        long[] took = new long[1];
        ClientException e2 = Check.raises(ClientException.class, "aborted while waiting", () -> {
            took[0] = HttpCheck.millis(() -> s.client().send(hang));
        });
        Check.isTrue(HttpSentinel.CANCELED.in(e2), "cause " + e2.getCause() + ", want CANCELED");
        Check.isTrue(e2.getMessage().endsWith(": stop waiting"), "text: " + e2.getMessage());

        // while reading the body
        AbortSignal body = new AbortSignal();
        Request stall = new Request("GET", s.ep().http("/api/stall?first=10&ms=5000"), null)
                .setFetchOptions(FetchOptions.DEFAULT.withSignal(body));
        Response r = s.client().send(stall);
        InputStream in = r.body();
        HttpCheck.readExactly(in, 10);
        abortLater(body, null, 150);
        long start = System.currentTimeMillis();
        IOException e3 = Check.raises(IOException.class, "read after abort", () -> in.read(new byte[10]));
        long readTook = System.currentTimeMillis() - start;
        Check.isTrue(HttpSentinel.CANCELED.in(e3), "read failed with " + e3 + ", want CANCELED");
        Check.equal("text", e3.getMessage(), HttpSentinel.CANCELED.text()); // the default reason is Go's text
        Check.isTrue(readTook < 2500, "the read took " + readTook + " ms to notice the abort");
        in.close();
    }

    private static void abortLater(AbortSignal signal, String reason, long millis) {
        new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            signal.abort(reason);
        }).start();
    }

    static void refused(Setup s) throws Exception {
        String url = "http://" + s.ep().closed() + "/";
        ClientException e = Check.raises(ClientException.class, "get " + url, () -> s.client().get(url));
        Check.isTrue(e.getCause() instanceof NetException, "cause " + e.getCause() + ", want a NetException");
        Check.isTrue(e.getMessage().startsWith("Get \"" + url + "\": "), "text: " + e.getMessage());
    }

    /** Go's wasm option fields are honoured (here: a valid mode) and never reach the server. */
    static void goFields(Setup s) throws Exception {
        Request req = new Request("GET", s.ep().http("/api/inspect"), null);
        req.header().set("js.fetch:mode", "cors");
        req.header().set("js.fetch:credentials", "same-origin");
        req.header().set("X-Gonet", "kept");
        String report = text(s.client().send(req));
        Check.equal("X-Gonet", field(report, "X-Gonet"), "kept");
        Check.isTrue(!report.toLowerCase().contains("js.fetch"), "a js.fetch field reached the server:\n" + report);
    }
}
