package dev.gonet.browsertest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import dev.gonet.testkit.Case;
import dev.gonet.testkit.PortableSuites;
import dev.gonet.testkit.Suite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every portable suite (the same list JUnit runs on the JVM) and the browser-only suites,
 * compiled by TeaVM, in Chromium, once per bundle, and turns every browser case into its own JUnit pass or failure.
 */
class PortableSuitesInChromiumTest {
    private static final Map<String, BundleRun> RUNS = new ConcurrentHashMap<>();

    record BundleRun(List<Map<String, Object>> results, List<String> ids, List<String> log) {
    }

    @SuppressWarnings("unchecked")
    static BundleRun run(String bundle) {
        return RUNS.computeIfAbsent(bundle, b -> {
            List<String> log = Chromium.newLog();
            Page page = Chromium.page(log);
            try {
                page.navigate(TestSite.url("suites-" + b + ".html?tcpEcho=" + TestSite.tcpEcho()
                        + "&tcpDenied=" + TestSite.tcpDenied()));
                page.waitForFunction("window.gonetDone === true", null,
                        new Page.WaitForFunctionOptions().setTimeout(180_000));
                Object err = page.evaluate("window.gonetError || null");
                if (err != null) {
                    throw new AssertionError(b + " bundle failed to load: " + err + "\n" + log);
                }
                return new BundleRun(
                        (List<Map<String, Object>>) page.evaluate("window.gonetResults"),
                        (List<String>) page.evaluate("window.gonetCaseIds"),
                        log);
            } finally {
                page.close();
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> jsBundle() {
        return cases("js");
    }

    @TestFactory
    Stream<DynamicTest> wasmGcBundle() {
        return cases("wasm");
    }

    private Stream<DynamicTest> cases(String bundle) {
        BundleRun run = run(bundle);
        return run.results().stream().map(r -> DynamicTest.dynamicTest((String) r.get("id"), () -> {
            if (!Boolean.TRUE.equals(r.get("passed"))) {
                throw new AssertionError("[" + bundle + "] " + r.get("message"));
            }
        }));
    }

    @Test
    void bothBundlesRunTheJvmCasesAndTheBrowserOnes() {
        List<String> jvm = new ArrayList<>();
        for (Suite s : PortableSuites.all()) {
            for (Case c : s.cases()) {
                jvm.add(c.id());
            }
        }
        for (Suite s : BrowserSuites.all(WsEndpoints.LISTING)) {
            for (Case c : s.cases()) {
                jvm.add(c.id());
            }
        }
        for (String bundle : List.of("js", "wasm")) {
            BundleRun run = run(bundle);
            assertEquals(jvm, run.ids(), bundle + " bundle case ids");
            List<String> ran = run.results().stream().map(r -> (String) r.get("id")).toList();
            assertEquals(jvm, ran, bundle + " bundle ran cases");
            assertTrue(Chromium.unexpected(run.log()).isEmpty(), bundle + " page logged errors: " + run.log());
        }
    }
}
