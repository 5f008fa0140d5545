package dev.gonet.browsertest;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.gonet.Conn;
import dev.gonet.Net;
import dev.gonet.dns.DoHResolver;
import dev.gonet.http.Client;
import dev.gonet.http.FetchOptions;
import dev.gonet.http.Http;
import dev.gonet.http.Request;
import dev.gonet.http.Response;
import dev.gonet.testkit.Case;
import dev.gonet.testkit.Check;
import dev.gonet.testkit.Suite;
import dev.gonet.web.WebPlatform;
import java.time.Duration;
import java.util.List;

/**
 * The README's browser snippet, run as written in both bundles; only the demo server's port is
 * the one the page came from instead of 8080.
 */
final class ReadmeBrowserExample {
    private ReadmeBrowserExample() {
    }

    static Suite suite(Endpoints ep) {
        List<Case> cases = List.of(new Case("Readme", "BrowserSnippet", () -> run(ep)));
        return new Suite() {
            @Override
            public String name() {
                return "Readme";
            }

            @Override
            public List<Case> cases() {
                return cases;
            }
        };
    }

    static void run(Endpoints ep) throws Exception {
        String port = ep.hostPort().substring(ep.hostPort().lastIndexOf(':') + 1);
        try {
            Response r = Http.get("/api/text?s=hello");
            String hello = new String(r.body().readAllBytes(), UTF_8);
            Request req = new Request("GET", "/api/inspect", null)
                    .setFetchOptions(FetchOptions.DEFAULT.withCache(FetchOptions.Cache.NO_STORE));
            Response inspected = new Client().withTimeout(Duration.ofSeconds(5)).send(req);
            WebPlatform.setResolver(new DoHResolver(List.of("http://127.0.0.1:" + port + "/dns-query")));
            List<String> addrs = Net.lookupHost("echo.gonet.test");
            try (Conn ws = Net.dial("ws", "ws://echo.gonet.test:" + port + "/ws/echo")) {
                Check.equal("hello", hello, "hello");
                Check.equal("inspect", HttpCheck.field(HttpCheck.text(inspected), "Cache-Control"), "no-cache");
                Check.equal("lookupHost", addrs, List.of("127.0.0.1", "::1"));
                Check.equal("ws remoteAddr", ws.remoteAddr().toString(), "127.0.0.1:" + port);
            }
        } finally {
            WebPlatform.setResolver(null);
        }
    }
}
