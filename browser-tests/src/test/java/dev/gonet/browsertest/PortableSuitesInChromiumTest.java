package dev.gonet.browsertest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
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

    /**
     * What a bundle's run left: its results, its case ids, the page's console errors, and the
     * priority Chromium's network stack gave each request (by URL), which no server can see over
     * HTTP/1.1 ({@code Network.requestWillBeSent} through the DevTools protocol).
     */
    record BundleRun(List<Map<String, Object>> results, List<String> ids, List<String> log,
            Map<String, String> priorities) {
    }

    @SuppressWarnings("unchecked")
    static BundleRun run(String bundle) {
        return RUNS.computeIfAbsent(bundle, b -> {
            List<String> log = Chromium.newLog();
            Page page = Chromium.page(log);
            Map<String, String> priorities = new ConcurrentHashMap<>();
            CDPSession cdp = page.context().newCDPSession(page);
            cdp.send("Network.enable");
            cdp.on("Network.requestWillBeSent", e -> {
                JsonObject req = e.getAsJsonObject("request");
                priorities.put(req.get("url").getAsString(), req.get("initialPriority").getAsString());
            });
            try {
                page.navigate(TestSite.url("suites-" + b + ".html?tcpEcho=" + TestSite.tcpEcho()
                        + "&tcpDenied=" + TestSite.tcpDenied() + "&other=" + TestSite.otherOrigin() + "&closed=" + TestSite.closed()));
                page.waitForFunction("window.gonetDone === true", null,
                        new Page.WaitForFunctionOptions().setTimeout(180_000));
                Object err = page.evaluate("window.gonetError || null");
                if (err != null) {
                    throw new AssertionError(b + " bundle failed to load: " + err + "\n" + log);
                }
                return new BundleRun(
                        (List<Map<String, Object>>) page.evaluate("window.gonetResults"),
                        (List<String>) page.evaluate("window.gonetCaseIds"),
                        log, priorities);
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

    /** {@code FetchCases.PriorityAccepted} asked for each priority; Chromium's network stack must have used it. */
    @Test
    void fetchPriorityReachesTheNetworkStack() {
        for (String bundle : List.of("js", "wasm")) {
            Map<String, String> p = run(bundle).priorities();
            String origin = TestSite.url("");
            String low = p.get(origin + "api/inspect?priority=low");
            String high = p.get(origin + "api/inspect?priority=high");
            String auto = p.get(origin + "api/inspect?priority=auto");
            assertEquals("Low", low, bundle + ": priority low, all seen: " + p);
            assertEquals("High", high, bundle + ": priority high");
            assertEquals("High", auto, bundle + ": priority auto (fetch's default)");
        }
    }

    @Test
    void bothBundlesRunTheJvmCasesAndTheBrowserOnes() {
        List<String> jvm = new ArrayList<>();
        for (Suite s : PortableSuites.all()) {
            for (Case c : s.cases()) {
                jvm.add(c.id());
            }
        }
        for (Suite s : BrowserSuites.all(Endpoints.LISTING)) {
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
