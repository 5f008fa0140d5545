package dev.gonet.browsertest;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium page of a browser benchmark ({@code WsBrowserBench},
 * {@code FetchBrowserBench}): loaded from the test site with the cross-origin-isolation headers
 * (so {@code performance.now()} has 5 µs steps instead of 100 µs), its {@code window.bench(...)}
 * called and its JSON answers parsed, and the statistics the reports print.
 */
final class BenchPage implements AutoCloseable {
    private final Playwright pw;
    private final Browser browser;
    final Page page;
    final List<String> log = Chromium.newLog();

    /** Opens {@code pageName} of the test site and waits for {@code window.benchReady}. */
    BenchPage(String pageName) {
        pw = Playwright.create();
        browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("gonet.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                // Chromium.browser()'s flags, plus: the page is fulfilled by Playwright (to add the
                // isolation headers), so Chromium no longer sees it as a loopback page and would
                // block its requests to 127.0.0.1 as local network access.
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                        "--disable-features=LocalNetworkAccessChecks,LocalNetworkAccessChecksWebSockets")));
        page = browser.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                log.add("console.error: " + m.text());
            }
        });
        page.onPageError(e -> log.add("pageerror: " + e));
        page.route("**/" + pageName, route -> {
            APIResponse r = route.fetch();
            Map<String, String> h = new LinkedHashMap<>(r.headers());
            h.put("Cross-Origin-Opener-Policy", "same-origin");
            h.put("Cross-Origin-Embedder-Policy", "require-corp");
            route.fulfill(new Route.FulfillOptions().setResponse(r).setHeaders(h));
        });
        page.navigate(TestSite.url(pageName));
        page.waitForFunction("() => window.benchReady || window.benchError");
        // While a route is set, Playwright intercepts every request of the page and asks this
        // process about each (milliseconds per request): the page is loaded, so drop it.
        page.unrouteAll();
        Object err = page.evaluate("() => window.benchError");
        if (err != null) {
            throw new IllegalStateException("bench page did not load (built with -Pbench?): " + err);
        }
        if (!Boolean.TRUE.equals(page.evaluate("() => self.crossOriginIsolated"))) {
            throw new IllegalStateException("bench page is not cross-origin isolated: timings would have 100 µs steps");
        }
    }

    /** {@code window.bench(args...)}: the JSON text the page resolves with. */
    String run(Object... args) {
        try {
            return (String) page.evaluate("(args) => window.bench(...args)", List.of(args));
        } catch (RuntimeException e) {
            throw new IllegalStateException(Arrays.toString(args) + " failed; page log: " + log, e);
        }
    }

    /** Fails if the page logged errors that no benchmark provokes. */
    void checkLog() {
        if (!Chromium.unexpected(log).isEmpty()) {
            throw new IllegalStateException("page errors: " + Chromium.unexpected(log));
        }
    }

    @Override
    public void close() {
        browser.close();
        pw.close();
    }

    static Map<String, Number> parseObject(String json) {
        Map<String, Number> m = new LinkedHashMap<>();
        for (String kv : json.replaceAll("[{}\"]", "").split(",")) {
            String[] p = kv.split(":");
            m.put(p[0].trim(), Double.parseDouble(p[1].trim()));
        }
        return m;
    }

    static double[] parseArray(String json) {
        String body = json.replaceAll("[\\[\\]]", "").trim();
        return body.isEmpty() ? new double[0] : Arrays.stream(body.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    /** The {@code p}th percentile of sorted values (nearest rank). */
    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static List<Double> col(List<double[]> rows, int i) {
        return rows.stream().map(r -> r[i]).toList();
    }

    static double median(List<Double> v) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static String join(List<Double> v, String format) {
        return String.join(", ", v.stream().map(d -> String.format(format, d)).toList());
    }
}
