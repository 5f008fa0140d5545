package dev.gonet.browsertest;

import com.microsoft.playwright.Page;
import java.net.URI;
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
 * {@code latSize} (32), {@code latCount} (2000 timed after 300 warm-up round trips).
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
        Page page = Chromium.page(log);
        String pageUrl = TestSite.url("bench-ws.html");
        page.navigate(pageUrl);
        page.waitForFunction("() => window.benchReady || window.benchError");
        Object err = page.evaluate("() => window.benchError");
        if (err != null) {
            throw new IllegalStateException("bench page did not load (built with -Pbench?): " + err);
        }
        URI u = URI.create(pageUrl);
        String echo = "ws://" + u.getHost() + ":" + u.getPort() + "/ws/echo";

        // Warm-up: V8's and TeaVM's code paths, the JVM server's JIT; not reported.
        for (String impl : IMPLS) {
            run(page, impl, "throughput", echo, size, 1000, window);
            run(page, impl, "latency", echo, latSize, latWarm, latCount);
        }
        Map<String, List<Double>> mbps = new LinkedHashMap<>();
        Map<String, List<double[]>> lat = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (String impl : IMPLS) {
                Map<String, Number> t = parseObject(run(page, impl, "throughput", echo, size, millis, window));
                double mb = t.get("bytes").doubleValue() / 1e6 / (t.get("millis").doubleValue() / 1000);
                mbps.computeIfAbsent(impl, k -> new ArrayList<>()).add(mb);
                System.err.printf("round %d %s throughput %.1f MB/s%n", r + 1, impl, mb);
            }
            for (String impl : IMPLS) {
                double[] us = parseArray(run(page, impl, "latency", echo, latSize, latWarm, latCount));
                Arrays.sort(us);
                double[] p = {pct(us, 50), pct(us, 99), Arrays.stream(us).average().orElse(0)};
                lat.computeIfAbsent(impl, k -> new ArrayList<>()).add(p);
                System.err.printf("round %d %s latency p50 %.0f us p99 %.0f us%n", r + 1, impl, p[0], p[1]);
            }
        }
        page.close();
        if (!Chromium.unexpected(log).isEmpty()) {
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
        System.out.printf("#### Echo throughput: %d KiB messages, %d KiB unanswered at most, %.0f s per run, median of %d rounds%n%n",
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

    private static String run(Page page, String impl, String kind, String url, int a, int b, int c) {
        return (String) page.evaluate("([impl, kind, url, a, b, c]) => window.bench(impl, kind, url, a, b, c)",
                List.of(impl, kind, url, a, b, c));
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
