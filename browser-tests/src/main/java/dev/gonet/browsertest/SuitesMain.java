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

    static List<Suite> suites(WsEndpoints endpoints) {
        List<Suite> all = new ArrayList<>(PortableSuites.all());
        all.addAll(BrowserSuites.all(endpoints));
        return all;
    }

    /** JSON array of every case id, to check both bundles run the JVM's cases plus the browser-only ones. */
    @JSExport
    public static String caseIds() {
        return ResultsJson.ids(suites(WsEndpoints.LISTING));
    }

    /**
     * Runs all suites on a green thread; resolves with the JSON results. The page passes the
     * server it was loaded from ({@code ws://host:port}) and the loopback TCP echo addresses the
     * server's relay allows ({@code tcpEcho}) and refuses ({@code tcpDenied}).
     */
    @JSExport
    public static JSPromise<JSString> runSuites(String wsBase, String tcpEcho, String tcpDenied) {
        WsEndpoints endpoints = new WsEndpoints(wsBase, tcpEcho, tcpDenied);
        return JSPromise.callAsync(() -> JSString.valueOf(
                ResultsJson.encode(Runner.runAll(suites(endpoints)))));
    }
}
