package dev.gonet.browsertest;

import dev.gonet.testkit.ConnConformance;
import dev.gonet.testkit.ConnTraits;
import dev.gonet.testkit.PlatformContract;
import dev.gonet.testkit.Suite;
import dev.gonet.http.Http;
import dev.gonet.web.FetchTransport;
import java.util.List;

/** Suites that only make sense in the browser, run after the portable ones in both bundles. */
public final class BrowserSuites {
    private BrowserSuites() {
    }

    /** The suites, dialing the endpoints the page passes in; case ids do not depend on them. */
    public static List<Suite> all(Endpoints endpoints) {
        return List.of(
                PlatformContract.suite("browser",
                        List.of("tcp", "tcp4", "tcp6", "udp", "udp4", "udp6", "unix", "unixpacket"),
                        List.of("tcp", "tcp6", "udp", "unix", "ws", "wss")),
                ConnConformance.suite("ws-browser", new WsPairMaker(endpoints), ConnTraits.NETWORK.withoutLocalAddr()),
                WebSocketCases.suite(endpoints),
                RelayCases.suite(endpoints),
                HttpClientCases.suite("HttpClient/fetch", new HttpClientCases.Setup(endpoints,
                        Http::defaultTransport, d -> new FetchTransport().withResponseHeaderTimeout(d))),
                FetchCases.suite(endpoints),
                FetchOptionsCases.suite(endpoints),
                DohCases.suite(endpoints),
                ReadmeBrowserExample.suite(endpoints));
    }
}
