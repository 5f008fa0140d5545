package dev.gonet.browsertest;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The browser half of {@code scripts/bench-ws.sh} (a main, not a test: surefire never runs it).
 * One headless Chromium page ({@code bench-ws.html}) runs the same echo loops over the raw JS
 * {@code WebSocket} and over gonet's {@code Conn} in the JS and the WASM-GC bundle, against the
 * demo server's {@code /ws/echo} (gonet's own {@code WebSocket.handler}, in this JVM). Rounds
 * are interleaved (every contender once, then the next round); each figure is the median of the
 * rounds. Prints Markdown.
 *
 * <p>System properties: {@code rounds} (5), {@code millis} per throughput run (3000),
 * {@code size} of a throughput message (65536), {@code window} of unanswered bytes (1 MiB),
 * {@code latSize} (32), {@code latCount} (2000 timed after 300 warm-up round trips), {@code echoUrl}
 * (another echo server, e.g. the npm ws one), {@code copyProbe} (only print what the browser conn's
 * JS/Java byte copies cost in each bundle, then exit). Run from the classpath that
 * {@code scripts/bench-ws.sh browser} builds.
 */
public final class WsBrowserBench {
    private static final List<String> IMPLS = List.of("raw", "js", "wasm");

    private WsBrowserBench() {
    }

    public static void main(String[] args) {
        int rounds = Integer.getInteger("rounds", 5);
        int millis = Integer.getInteger("millis", 3000);
        int size = Integer.getInteger("size", 65536);
        int window = Integer.getInteger("window", 1 << 20);
        int latSize = Integer.getInteger("latSize", 32);
        int latCount = Integer.getInteger("latCount", 2000);
        int latWarm = 300;

        List<String> log = Chromium.newLog();
        Playwright pw = Playwright.create();
        Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("gonet.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                // Chromium.browser()'s flags, plus: the page below is fulfilled by Playwright (to add
                // the isolation headers), so Chromium no longer sees it as a loopback page and would
                // block its WebSockets to 127.0.0.1 as local network access.
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                        "--disable-features=LocalNetworkAccessChecks,LocalNetworkAccessChecksWebSockets")));
        Page page = browser.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                log.add("console.error: " + m.text());
            }
        });
        page.onPageError(e -> log.add("pageerror: " + e));
        String pageUrl = TestSite.url("bench-ws.html");
        // Cross-origin isolation (COOP + COEP on the page) gives performance.now() 5 µs steps
        // instead of 100 µs, which the latency percentiles need; the demo server does not send them.
        page.route("**/bench-ws.html", route -> {
            APIResponse r = route.fetch();
            Map<String, String> h = new LinkedHashMap<>(r.headers());
            h.put("Cross-Origin-Opener-Policy", "same-origin");
            h.put("Cross-Origin-Embedder-Policy", "require-corp");
            route.fulfill(new Route.FulfillOptions().setResponse(r).setHeaders(h));
        });
        page.navigate(pageUrl);
        page.waitForFunction("() => window.benchReady || window.benchError");
        Object err = page.evaluate("() => window.benchError");
        if (err != null) {
            throw new IllegalStateException("bench page did not load (built with -Pbench?): " + err);
        }
        if (!Boolean.TRUE.equals(page.evaluate("() => self.crossOriginIsolated"))) {
            throw new IllegalStateException("bench page is not cross-origin isolated: latency would have 100 µs steps");
        }
        URI u = URI.create(pageUrl);
        // -DechoUrl points the loops at another echo server (the npm ws one, to tell the server's
        // share of the time from the client's); the default is the demo server's /ws/echo.
        String echo = System.getProperty("echoUrl", "ws://" + u.getHost() + ":" + u.getPort() + "/ws/echo");

        if (Boolean.getBoolean("copyProbe")) { // -DcopyProbe: what the conn's JS <-> Java copies cost
            for (String impl : List.of("js", "wasm")) {
                System.out.println(impl + " " + size + " B: " + run(page, log, impl, "copyCost", echo, size, 2000, 0));
            }
            browser.close();
            pw.close();
            System.exit(0);
        }
        // Warm-up: V8's and TeaVM's code paths, the JVM server's JIT; not reported.
        for (String impl : IMPLS) {
            run(page, log, impl, "throughput", echo, size, 1000, window);
            run(page, log, impl, "latency", echo, latSize, latWarm, latCount);
        }
        Map<String, List<Double>> mbps = new LinkedHashMap<>();
        Map<String, List<double[]>> lat = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (String impl : IMPLS) {
                Map<String, Number> t = parseObject(run(page, log, impl, "throughput", echo, size, millis, window));
                double mb = t.get("bytes").doubleValue() / 1e6 / (t.get("millis").doubleValue() / 1000);
                mbps.computeIfAbsent(impl, k -> new ArrayList<>()).add(mb);
                System.err.printf("round %d %s throughput %.1f MB/s%n", r + 1, impl, mb);
            }
            for (String impl : IMPLS) {
                double[] us = parseArray(run(page, log, impl, "latency", echo, latSize, latWarm, latCount));
                Arrays.sort(us);
                double[] p = {pct(us, 50), pct(us, 99), Arrays.stream(us).average().orElse(0)};
                lat.computeIfAbsent(impl, k -> new ArrayList<>()).add(p);
                System.err.printf("round %d %s latency p50 %.0f us p99 %.0f us%n", r + 1, impl, p[0], p[1]);
            }
        }
        browser.close();
        pw.close();
        if (!log.isEmpty()) {
            throw new IllegalStateException("page errors: " + Chromium.unexpected(log));
        }
        print(rounds, millis, size, window, latSize, latCount, latWarm, mbps, lat);
        System.exit(0); // Playwright's and the demo server's threads are not daemons
    }

    private static String label(String impl) {
        return switch (impl) {
            case "raw" -> "raw JS `WebSocket` (anchor)";
            case "js" -> "gonet `Conn`, JS bundle";
            default -> "gonet `Conn`, WASM-GC bundle";
        };
    }

    private static void print(int rounds, int millis, int size, int window, int latSize, int latCount, int latWarm,
                              Map<String, List<Double>> mbps, Map<String, List<double[]>> lat) {
        System.out.printf("#### Echo throughput: %d KiB messages, %d KiB unanswered at most, %.1f s per run, median of %d rounds%n%n",
                size / 1024, window / 1024, millis / 1000.0, rounds);
        System.out.println("| client in Chromium | MB/s | vs raw | each round (MB/s) |");
        System.out.println("|---|---:|---:|---|");
        double raw = median(mbps.get("raw"));
        for (String impl : IMPLS) {
            List<Double> v = mbps.get(impl);
            System.out.printf("| %s | %.1f | %.2f× | %s |%n", label(impl), median(v), median(v) / raw, join(v));
        }
        System.out.printf("%n#### Round-trip latency: %d-byte messages, %d timed round trips after %d warm-up, median of %d rounds%n%n",
                latSize, latCount, latWarm, rounds);
        System.out.println("| client in Chromium | p50 µs | p99 µs | mean µs | p50 vs raw | each round's p50 (µs) |");
        System.out.println("|---|---:|---:|---:|---:|---|");
        double rawP50 = median(col(lat.get("raw"), 0));
        for (String impl : IMPLS) {
            List<Double> p50 = col(lat.get(impl), 0);
            System.out.printf("| %s | %.0f | %.0f | %.0f | %.2f× | %s |%n", label(impl), median(p50),
                    median(col(lat.get(impl), 1)), median(col(lat.get(impl), 2)), median(p50) / rawP50, join(p50));
        }
    }

    private static String run(Page page, List<String> log, String impl, String kind, String url, int a, int b, int c) {
        try {
            return (String) page.evaluate("([impl, kind, url, a, b, c]) => window.bench(impl, kind, url, a, b, c)",
                    List.of(impl, kind, url, a, b, c));
        } catch (RuntimeException e) {
            throw new IllegalStateException(impl + " " + kind + " failed; page log: " + log, e);
        }
    }

    private static Map<String, Number> parseObject(String json) {
        Map<String, Number> m = new LinkedHashMap<>();
        for (String kv : json.replaceAll("[{}\"]", "").split(",")) {
            String[] p = kv.split(":");
            m.put(p[0].trim(), Double.parseDouble(p[1].trim()));
        }
        return m;
    }

    private static double[] parseArray(String json) {
        String body = json.replaceAll("[\\[\\]]", "").trim();
        return body.isEmpty() ? new double[0] : Arrays.stream(body.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static List<Double> col(List<double[]> rows, int i) {
        return rows.stream().map(r -> r[i]).toList();
    }

    private static double median(List<Double> v) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String join(List<Double> v) {
        return String.join(", ", v.stream().map(d -> String.format("%.0f", d)).toList());
    }
}
