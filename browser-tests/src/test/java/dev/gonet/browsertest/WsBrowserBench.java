package dev.gonet.browsertest;

import static dev.gonet.browsertest.BenchPage.col;
import static dev.gonet.browsertest.BenchPage.join;
import static dev.gonet.browsertest.BenchPage.median;
import static dev.gonet.browsertest.BenchPage.pct;

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
 * {@code latSize} (32), {@code latCount} (2000 timed after 300 warm-up round trips), {@code echoUrl}
 * (another echo server, e.g. the npm ws one), {@code copyProbe} (only print what the browser conn's
 * JS/Java byte copies cost in each bundle, TeaVM's calls and every {@code CopyRoutes} route, then
 * exit), {@code stepProbe} (only the wake-up step alone, {@code WakeProbe}, next to the raw loop
 * and the {@code Conn}, then exit). Run from the classpath that
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

        BenchPage bench = new BenchPage("bench-ws.html");
        String pageUrl = TestSite.url("bench-ws.html");
        URI u = URI.create(pageUrl);
        // -DechoUrl points the loops at another echo server (the npm ws one, to tell the server's
        // share of the time from the client's); the default is the demo server's /ws/echo.
        String echo = System.getProperty("echoUrl", "ws://" + u.getHost() + ":" + u.getPort() + "/ws/echo");

        if (Boolean.getBoolean("copyProbe")) { // -DcopyProbe: what the conn's JS <-> Java copies cost
            for (String impl : List.of("js", "wasm")) {
                System.out.println(impl + " " + size + " B: " + run(bench, impl, "copyCost", echo, size, 2000, 0));
                System.out.println(impl + " " + size + " B routes: " + run(bench, impl, "copyRoutes", echo, size, 1000, 0));
            }
            bench.close();
            System.exit(0);
        }
        if (Boolean.getBoolean("stepProbe")) { // -DstepProbe: the wake-up step alone, p50 per round
            stepProbe(bench, echo, rounds, latSize, latWarm, latCount);
            bench.close();
            System.exit(0);
        }
        // Warm-up: V8's and TeaVM's code paths, the JVM server's JIT; not reported.
        for (String impl : IMPLS) {
            run(bench, impl, "throughput", echo, size, 1000, window);
            run(bench, impl, "latency", echo, latSize, latWarm, latCount);
        }
        Map<String, List<Double>> mbps = new LinkedHashMap<>();
        Map<String, List<double[]>> lat = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (String impl : IMPLS) {
                Map<String, Number> t = BenchPage.parseObject(run(bench, impl, "throughput", echo, size, millis, window));
                double mb = t.get("bytes").doubleValue() / 1e6 / (t.get("millis").doubleValue() / 1000);
                mbps.computeIfAbsent(impl, k -> new ArrayList<>()).add(mb);
                System.err.printf("round %d %s throughput %.1f MB/s%n", r + 1, impl, mb);
            }
            for (String impl : IMPLS) {
                double[] us = BenchPage.parseArray(run(bench, impl, "latency", echo, latSize, latWarm, latCount));
                Arrays.sort(us);
                double[] p = {pct(us, 50), pct(us, 99), Arrays.stream(us).average().orElse(0)};
                lat.computeIfAbsent(impl, k -> new ArrayList<>()).add(p);
                System.err.printf("round %d %s latency p50 %.0f us p99 %.0f us%n", r + 1, impl, p[0], p[1]);
            }
        }
        bench.close();
        bench.checkLog();
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
            System.out.printf("| %s | %.1f | %.2f× | %s |%n", label(impl), median(v), median(v) / raw, join(v, "%.0f"));
        }
        System.out.printf("%n#### Round-trip latency: %d-byte messages, %d timed round trips after %d warm-up, median of %d rounds%n%n",
                latSize, latCount, latWarm, rounds);
        System.out.println("| client in Chromium | p50 µs | p99 µs | mean µs | p50 vs raw | each round's p50 (µs) |");
        System.out.println("|---|---:|---:|---:|---:|---|");
        double rawP50 = median(col(lat.get("raw"), 0));
        for (String impl : IMPLS) {
            List<Double> p50 = col(lat.get(impl), 0);
            System.out.printf("| %s | %.0f | %.0f | %.0f | %.2f× | %s |%n", label(impl), median(p50),
                    median(col(lat.get(impl), 1)), median(col(lat.get(impl), 2)), median(p50) / rawP50, join(p50, "%.0f"));
        }
    }

    /**
     * Round-trip p50 of each wake-up route ({@code WakeProbe}: a green thread over the raw
     * {@code WebSocket}, no {@code Conn}) next to the raw JS loop and the {@code Conn}, interleaved
     * round by round; prints a Markdown table with every round.
     */
    private static void stepProbe(BenchPage bench, String echo, int rounds, int latSize, int latWarm, int latCount) {
        List<String[]> steps = List.of(
                new String[] {"raw", "latency", "raw JS `WebSocket`, `onmessage` resolves the awaited promise (anchor)"},
                new String[] {"", "wakePromise", "green thread, raw `WebSocket`, resumed by a promise it awaits (`Waiter` before)"},
                new String[] {"", "wakeMicrotask", "green thread, raw `WebSocket`, `@Async` callback completed from `queueMicrotask`"},
                new String[] {"", "wakeDirect", "green thread, raw `WebSocket`, `@Async` callback completed inside `onmessage` (`Waiter` after)"},
                new String[] {"", "latency", "gonet `Conn` (this build)"});
        Map<String, List<Double>> p50 = new LinkedHashMap<>();
        for (int r = -1; r < rounds; r++) { // round -1 warms up
            for (String[] st : steps) {
                for (String impl : st[0].isEmpty() ? List.of("js", "wasm") : List.of(st[0])) {
                    double[] us = BenchPage.parseArray(run(bench, impl, st[1], echo, latSize, latWarm, latCount));
                    Arrays.sort(us);
                    if (r >= 0) {
                        p50.computeIfAbsent(impl + " " + st[1], k -> new ArrayList<>()).add(pct(us, 50));
                        System.err.printf("round %d %s %s p50 %.0f us%n", r + 1, impl, st[1], pct(us, 50));
                    }
                }
            }
        }
        System.out.printf("#### Wake-up step alone: %d-byte round trips, %d timed after %d warm-up, p50 median of %d rounds%n%n",
                latSize, latCount, latWarm, rounds);
        System.out.println("| step | JS bundle p50 µs | WASM-GC p50 µs | JS rounds | WASM-GC rounds |");
        System.out.println("|---|---:|---:|---|---|");
        for (String[] st : steps) {
            if (st[0].equals("raw")) {
                List<Double> v = p50.get("raw " + st[1]);
                System.out.printf("| %s | %.0f | %.0f | %s | |%n", st[2], median(v), median(v), join(v, "%.0f"));
            } else {
                List<Double> js = p50.get("js " + st[1]);
                List<Double> wasm = p50.get("wasm " + st[1]);
                System.out.printf("| %s | %.0f | %.0f | %s | %s |%n", st[2], median(js), median(wasm), join(js, "%.0f"), join(wasm, "%.0f"));
            }
        }
    }

    private static String run(BenchPage bench, String impl, String kind, String url, int a, int b, int c) {
        return bench.run(impl, kind, url, a, b, c);
    }




}
