package dev.gonet.browsertest;

import dev.gonet.testkit.PortableSuites;
import dev.gonet.testkit.ResultsJson;
import dev.gonet.testkit.Runner;
import dev.gonet.testkit.Suite;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSExport;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;

/**
 * Entry of the test bundles (JS and WASM-GC): runs {@link PortableSuites} and then
 * {@link BrowserSuites} in the browser and hands back JSON results. The page awaits the promise; Playwright reads what the page kept.
 */
public final class SuitesMain {
    private SuitesMain() {
    }

    static List<Suite> suites(Endpoints endpoints) {
        List<Suite> all = new ArrayList<>(PortableSuites.all());
        all.addAll(BrowserSuites.all(endpoints));
        return all;
    }

    /** JSON array of every case id, to check both bundles run the JVM's cases plus the browser-only ones. */
    @JSExport
    public static String caseIds() {
        return ResultsJson.ids(suites(Endpoints.LISTING));
    }

    /**
     * Runs the suites on a green thread; resolves with the JSON results. The page passes the
     * server it was loaded from ({@code http://host:port}), a second server on another origin, a
     * loopback address where nothing listens, and the loopback TCP echo addresses the server's relay allows ({@code tcpEcho}) and refuses
     * ({@code tcpDenied}). {@code only}, when not empty, keeps the cases whose id starts with it
     * (for a quick look at one suite in a browser; the tests always run all).
     */
    @JSExport
    public static JSPromise<JSString> runSuites(String origin, String other, String closed, String tcpEcho,
            String tcpDenied, String only) {
        Endpoints endpoints = new Endpoints(origin, other, closed, tcpEcho, tcpDenied);
        List<Suite> suites = suites(endpoints);
        if (only != null && !only.isEmpty()) {
            suites = Runner.only(suites, only);
        }
        List<Suite> chosen = suites;
        return JSPromise.callAsync(() -> JSString.valueOf(ResultsJson.encode(Runner.runAll(chosen))));
    }
}
