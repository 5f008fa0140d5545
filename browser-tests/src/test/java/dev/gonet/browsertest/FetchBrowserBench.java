package dev.gonet.browsertest;

import static dev.gonet.browsertest.BenchPage.join;
import static dev.gonet.browsertest.BenchPage.median;
import static dev.gonet.browsertest.BenchPage.parseArray;
import static dev.gonet.browsertest.BenchPage.pct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The browser half of {@code scripts/bench-fetch.sh} (a main, not a test: surefire never runs
 * it). One headless Chromium page ({@code bench-fetch.html}) runs the same request loops over raw
 * {@code fetch()} (the anchor) and over gonet's {@code Client} on the fetch transport in the JS
 * and the WASM-GC bundle, against the demo server in this JVM. Rounds are interleaved (every
 * contender once, then the next round); each figure is the median over rounds of that round's
 * median. Prints Markdown.
 *
 * <p>System properties: {@code rounds} (5); {@code smallCount} (500 timed after 100 warm-up) GETs
 * of a 5-byte answer; {@code largeCount} (8 timed after 2 warm-up) GETs of a {@code largeBytes}
 * (10 MiB) body; {@code dohCount} (300 timed after 50 warm-up) DoH cache misses against the
 * demo server's {@code /dns-query}; {@code probe} (only print where a small request's time goes).
 */
public final class FetchBrowserBench {
    private static final List<String> IMPLS = List.of("raw", "js", "wasm");
    /** Interleaved batches per round. */
    private static final int BATCHES = 4;

    private FetchBrowserBench() {
    }

    /** One measurement: a kind of request and how each contender's rounds went. */
    private record Series(String title, String unit, Map<String, List<Double>> medians) {
        Series(String title, String unit) {
            this(title, unit, new LinkedHashMap<>());
        }

        void add(String impl, double v) {
            medians.computeIfAbsent(impl, k -> new ArrayList<>()).add(v);
        }
    }

    public static void main(String[] args) {
        int rounds = Integer.getInteger("rounds", 5);
        int smallCount = Integer.getInteger("smallCount", 500);
        int largeCount = Integer.getInteger("largeCount", 8);
        long largeBytes = Long.getLong("largeBytes", 10L << 20);
        String origin = TestSite.url("");
        String smallUrl = origin + "api/text?s=hello";
        String largeUrl = origin + "api/bytes?n=" + largeBytes;

        BenchPage bench = new BenchPage("bench-fetch.html");
        if (Boolean.getBoolean("copyProbe")) { // -DcopyProbe: what a 64 KiB JS -> Java copy costs, by route
            for (String impl : List.of("js", "wasm")) {
                System.out.println(impl + ": " + bench.run(impl, "copyProbe", 65536, 500, 0));
            }
            bench.close();
            System.exit(0);
        }
        if (Boolean.getBoolean("probe")) { // -Dprobe: where a small request's time goes, per bundle
            for (String impl : List.of("js", "wasm")) {
                bench.run(impl, "probe", smallUrl, 200, 0);
                System.out.println(impl + ": " + bench.run(impl, "probe", smallUrl, 300, 0));
            }
            bench.close();
            System.exit(0);
        }
        for (String impl : IMPLS) { // warm-up: V8's and TeaVM's code, the server's JIT; not reported
            bench.run(impl, "small", smallUrl, 200, 1);
            bench.run(impl, "large", largeUrl, 2, 1);
        }
        String endpoint = origin + "dns-query";
        String name = "echo.gonet.test";
        String dohUrl = bench.run("js", "dohUrl", endpoint, name);
        int dohCount = Integer.getInteger("dohCount", 300);
        for (String impl : IMPLS) {
            bench.run(impl, "dohMiss", impl.equals("raw") ? dohUrl : endpoint, name, 100, 1);
        }
        Series small = new Series("GET of a 5-byte answer, body read whole, " + smallCount
                + " timed requests one at a time per round, in " + BATCHES + " batches interleaved with the other contenders; "
                + "median of each round", "µs");
        Series large = new Series("GET of a " + (largeBytes >> 20) + " MiB body, read as a stream, " + largeCount
                + " timed requests one at a time per round, interleaved likewise; median of each round", "ms");
        Series copyFloor = new Series("the same " + (largeBytes >> 20) + " MiB GET through raw `fetch()` from Java, "
                + "each chunk only copied into a Java `byte[]` by TeaVM (`Int8Array.copyToJavaArray`): the floor for "
                + "any Java code in the bundle", "ms");
        Series miss = new Series("DoH lookup, cache miss (`lookupIP(\"ip4\", \"" + name + "\")`: one A query, GET, "
                + "`no-store`) against a raw `fetch()` of the same query URL, " + dohCount
                + " timed lookups one at a time per round, interleaved likewise; median of each round", "µs");
        Series hit = new Series("DoH lookup, cache hit: 10 000 lookups of the same name per batch, 5 batches; "
                + "median batch of each round, per lookup", "µs");
        for (int r = 0; r < rounds; r++) {
            // Each round takes its samples in short interleaved batches (every contender's batch,
            // then the next), so a slow spell of this shared machine hits all contenders alike.
            Map<String, List<Double>> smallUs = new LinkedHashMap<>();
            Map<String, List<Double>> largeMs = new LinkedHashMap<>();
            Map<String, List<Double>> floorMs = new LinkedHashMap<>();
            Map<String, List<Double>> missUs = new LinkedHashMap<>();
            for (int b = 0; b < BATCHES; b++) {
                for (String impl : IMPLS) {
                    collect(smallUs, impl, bench.run(impl, "small", smallUrl, 10, smallCount / BATCHES));
                    collect(largeMs, impl, bench.run(impl, "large", largeUrl, 0, Math.max(1, largeCount / BATCHES)));
                    if (!impl.equals("raw")) {
                        collect(floorMs, impl, bench.run(impl, "largeCopyFloor", largeUrl, 0,
                                Math.max(1, largeCount / BATCHES)));
                    }
                    collect(missUs, impl, bench.run(impl, "dohMiss", impl.equals("raw") ? dohUrl : endpoint, name, 5,
                            dohCount / BATCHES));
                }
            }
            for (String impl : IMPLS) {
                small.add(impl, median(smallUs.get(impl)));
                large.add(impl, median(largeMs.get(impl)));
                miss.add(impl, median(missUs.get(impl)));
                if (!impl.equals("raw")) {
                    copyFloor.add(impl, median(floorMs.get(impl)));
                }
                System.err.printf("round %d %s small p50 %.0f us, large p50 %.1f ms, doh miss p50 %.0f us%n", r + 1,
                        impl, median(smallUs.get(impl)), median(largeMs.get(impl)), median(missUs.get(impl)));
            }
            for (String impl : List.of("js", "wasm")) {
                double[] perHit = parseArray(bench.run(impl, "dohHit", endpoint, name, 10_000, 5));
                Arrays.sort(perHit);
                hit.add(impl, pct(perHit, 50));
            }
        }
        bench.close();
        bench.checkLog();
        print(small, rounds);
        print(large, rounds);
        printFloor(copyFloor, large, rounds);
        print(miss, rounds);
        printHits(hit, rounds);
        System.exit(0); // Playwright's and the demo server's threads are not daemons
    }

    private static void collect(Map<String, List<Double>> into, String impl, String json) {
        List<Double> l = into.computeIfAbsent(impl, k -> new ArrayList<>());
        for (double v : parseArray(json)) {
            l.add(v);
        }
    }

    static void printFloor(Series floor, Series large, int rounds) {
        System.out.printf("#### For comparison: %s, %d rounds%n%n", floor.title(), rounds);
        System.out.println("| in Chromium | median ms | vs raw | gonet vs this floor | each round (ms) |");
        System.out.println("|---|---:|---:|---:|---|");
        double raw = median(large.medians().get("raw"));
        for (String impl : List.of("js", "wasm")) {
            List<Double> v = floor.medians().get(impl);
            double gonet = median(large.medians().get(impl));
            System.out.printf("| raw `fetch()` + TeaVM's copy, %s bundle | %.1f | %.2f× | %.2f× | %s |%n",
                    impl.equals("js") ? "JS" : "WASM-GC", median(v), median(v) / raw, gonet / median(v),
                    join(v, "%.1f"));
        }
        System.out.println();
    }

    static void printHits(Series s, int rounds) {
        System.out.printf("#### %s, %d rounds%n%n", s.title(), rounds);
        System.out.println("| resolver in Chromium | median µs per lookup | each round (µs) |");
        System.out.println("|---|---:|---|");
        for (String impl : List.of("js", "wasm")) {
            List<Double> v = s.medians().get(impl);
            System.out.printf("| %s | %.2f | %s |%n", impl.equals("js") ? "gonet `DoHResolver`, JS bundle"
                    : "gonet `DoHResolver`, WASM-GC bundle", median(v), join(v, "%.2f"));
        }
        System.out.println();
    }

    private static String label(String impl) {
        return switch (impl) {
            case "raw" -> "raw `fetch()` (anchor)";
            case "js" -> "gonet, JS bundle";
            default -> "gonet, WASM-GC bundle";
        };
    }

    static void print(Series s, int rounds) {
        System.out.printf("#### %s, %d rounds%n%n", s.title(), rounds);
        System.out.printf("| client in Chromium | median %s | vs raw | each round (%s) |%n", s.unit(), s.unit());
        System.out.println("|---|---:|---:|---|");
        double raw = median(s.medians().get("raw"));
        String format = s.unit().equals("ms") ? "%.1f" : "%.0f";
        for (String impl : IMPLS) {
            List<Double> v = s.medians().get(impl);
            System.out.printf("| %s | " + format + " | %.2f× | %s |%n", label(impl), median(v), median(v) / raw,
                    join(v, format));
        }
        System.out.println();
    }
}
