package dev.gonet.browsertest;

import dev.gonet.testkit.PortableSuites;
import dev.gonet.testkit.ResultsJson;
import dev.gonet.testkit.Runner;
import org.teavm.jso.JSExport;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;

/**
 * Entry of the test bundles (JS and WASM-GC): runs {@link PortableSuites} in the browser and
 * hands back JSON results. The page awaits the promise; Playwright reads what the page kept.
 */
public final class SuitesMain {
    private SuitesMain() {
    }

    /** JSON array of every case id, to check both bundles and the JVM run the same cases. */
    @JSExport
    public static String caseIds() {
        return ResultsJson.ids(PortableSuites.all());
    }

    /** Runs all suites on a green thread; resolves with the JSON results. */
    @JSExport
    public static JSPromise<JSString> runSuites() {
        return JSPromise.callAsync(() -> JSString.valueOf(
                ResultsJson.encode(Runner.runAll(PortableSuites.all()))));
    }
}
