package dev.gonet.jvm.bench;

import dev.gonet.jvm.interop.Peers;
import dev.gonet.jvm.poll.PollDesc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The socket benchmark of docs/benchmarks.md (run by {@code scripts/bench-sockets.sh}): loopback
 * TCP throughput and echo latency of gonet next to raw NIO, Go 1.19 and iperf3, all in one run on
 * one machine, printed as Markdown. Not a test: it has a {@code main} and no {@code @Test}.
 *
 * <p>Runs of the contenders are interleaved (gonet, NIO, Go, iperf3, gonet, ...) so a slow
 * phase of the machine hits all of them alike; each figure is the median of the runs.
 * Settings (system properties): {@code gonet.bench.runs} (throughput runs, 5),
 * {@code gonet.bench.seconds} (2), {@code gonet.bench.latencyRuns} (5), {@code gonet.bench.n}
 * (50000), {@code gonet.bench.warm} (5000), {@code gonet.bench.sizes} (1,64), {@code gonet.bench.only}
 * (a comma list of {@code throughput}, {@code latency}, {@code idle}; default all),
 * {@code gonet.bench.note} (added to the latency heading), {@code gonet.bench.nomachine} (omit the
 * machine lines); for the idle-CPU part ({@link IdleCpu}) {@code gonet.bench.idleRuns} (5),
 * {@code gonet.bench.idleConns} (100), {@code gonet.bench.idleTickMs} (10),
 * {@code gonet.bench.idleJitWarmSecs} (3; 0: no JIT warm-up, see {@code IdleCpu.jitWarm}),
 * {@code gonet.bench.idleWarmSecs} (3), {@code gonet.bench.idleSecs} (10). gonet's server in the
 * idle part runs in a JVM of its own with this JVM's flags (so {@code -Dgonet.poll.*} apply).
 */
public final class SocketBench {
    interface Rate {
        double run(double seconds) throws Exception;
    }

    interface Pingpong {
        Latency.Stats run(int size, int warm, int n) throws Exception;
    }

    private static final List<String> failures = new ArrayList<>();
    private static final String NIO_ANCHOR = "raw NIO `SocketChannel`, blocking, platform threads (anchor)";
    private static final String GO_ANCHOR = "Go 1.19 ↔ Go 1.19 (anchor)";

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("gonet.bench.runs", 5);
        int latencyRuns = Integer.getInteger("gonet.bench.latencyRuns", 5);
        double seconds = Double.parseDouble(System.getProperty("gonet.bench.seconds", "2"));
        int[] sizes = Arrays.stream(System.getProperty("gonet.bench.sizes", "1,64").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int n = Integer.getInteger("gonet.bench.n", 50_000);
        int warm = Integer.getInteger("gonet.bench.warm", 5_000);
        List<String> only = Arrays.asList(System.getProperty("gonet.bench.only", "throughput,latency,idle").split(","));
        Peers.goPeer(); // built (and Go installed) before any clock starts
        Peers.ensureApt("iperf3");

        if (!Boolean.getBoolean("gonet.bench.nomachine")) {
            System.out.println(machine());
        }
        if (only.contains("throughput")) {
            throughput(runs, seconds);
        }
        if (only.contains("latency")) {
            latency(latencyRuns, warm, n, sizes);
        }
        if (only.contains("idle")) {
            idle(Integer.getInteger("gonet.bench.idleRuns", 5), Integer.getInteger("gonet.bench.idleConns", 100),
                    java.time.Duration.ofMillis(Integer.getInteger("gonet.bench.idleTickMs", 10)),
                    Double.parseDouble(System.getProperty("gonet.bench.idleJitWarmSecs", "3")),
                    Double.parseDouble(System.getProperty("gonet.bench.idleWarmSecs", "3")),
                    Double.parseDouble(System.getProperty("gonet.bench.idleSecs", "10")));
        }
        if (!failures.isEmpty()) {
            System.out.println("\nFailures:\n- " + String.join("\n- ", failures));
            System.exit(1);
        }
    }

    private static void throughput(int runs, double seconds) {
        Map<String, Rate> who = new LinkedHashMap<>();
        who.put("gonet `Conn`, virtual threads", t -> Throughput.gonet(t, true));
        who.put(NIO_ANCHOR, t -> Throughput.nio(t, false));
        who.put("gonet `Conn`, platform threads", t -> Throughput.gonet(t, false));
        who.put("raw NIO `SocketChannel`, blocking, virtual threads", t -> Throughput.nio(t, true));
        who.put("Go 1.19 `net.Conn`", Throughput::go);
        who.put("iperf3 3.12 `-l 64K`", Throughput::iperf3);
        // JIT warm-up for the in-JVM contenders, not counted
        attempt("warm-up gonet", () -> Throughput.gonet(1, true));
        attempt("warm-up NIO", () -> Throughput.nio(1, false));
        Map<String, double[]> got = new LinkedHashMap<>();
        who.keySet().forEach(k -> got.put(k, filled(runs)));
        for (int r = 0; r < runs; r++) {
            for (var e : who.entrySet()) {
                int run = r;
                Double v = attempt(e.getKey(), () -> e.getValue().run(seconds));
                got.get(e.getKey())[run] = v == null ? Double.NaN : v;
                System.err.printf(Locale.ROOT, "throughput %s run %d: %.0f MB/s%n", e.getKey(), run + 1, got.get(e.getKey())[run]);
            }
        }
        double anchor = median(got.get(NIO_ANCHOR));
        System.out.printf(Locale.ROOT, "%n### Throughput: one loopback TCP connection, 64 KiB writes, %.0f s per run, median of %d runs%n%n",
                seconds, runs);
        System.out.println("| sender → receiver | MB/s | Gbit/s | each run (MB/s) | vs raw NIO |");
        System.out.println("|---|---:|---:|---|---:|");
        for (var e : got.entrySet()) {
            double m = median(e.getValue());
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %s | %.2f× |%n", e.getKey(), m, m * 8 / 1000,
                    join(e.getValue(), "%.0f"), m / anchor);
        }
    }

    private static void latency(int runs, int warm, int n, int[] sizes) {
        Map<String, Pingpong> who = new LinkedHashMap<>();
        who.put("gonet ↔ gonet, virtual threads", (z, w, k) -> Latency.gonetToGonet(z, w, k, true));
        who.put("gonet client ↔ Go 1.19 server", Latency::gonetToGo);
        who.put(GO_ANCHOR, Latency::goToGo);
        who.put("raw NIO ↔ raw NIO, blocking, platform threads", (z, w, k) -> Latency.nioToNio(z, w, k, false));
        who.put("raw NIO ↔ raw NIO, blocking, virtual threads", (z, w, k) -> Latency.nioToNio(z, w, k, true));
        who.put("gonet ↔ gonet, platform threads", (z, w, k) -> Latency.gonetToGonet(z, w, k, false));
        attempt("warm-up gonet", () -> Latency.gonetToGonet(1, warm, n / 5, true));
        attempt("warm-up NIO", () -> Latency.nioToNio(1, warm, n / 5, false));
        System.out.printf(Locale.ROOT, "%n### Latency%s: echo round trip on one loopback TCP connection, %d round trips after %d warm-up, median of %d runs%n%n",
                System.getProperty("gonet.bench.note", ""), n, warm, runs);
        System.out.println("| client ↔ server | message | p50 µs | p99 µs | mean µs | p50 vs Go ↔ Go | each run's p50 (µs) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---|");
        for (int size : sizes) {
            Map<String, List<Latency.Stats>> got = new LinkedHashMap<>();
            who.keySet().forEach(k -> got.put(k, new ArrayList<>()));
            for (int r = 0; r < runs; r++) {
                for (var e : who.entrySet()) {
                    Latency.Stats s = attempt(e.getKey() + " " + size + " B", () -> e.getValue().run(size, warm, n));
                    got.get(e.getKey()).add(s == null ? new Latency.Stats(Double.NaN, Double.NaN, Double.NaN) : s);
                    System.err.printf(Locale.ROOT, "latency %s %d B run %d: %s%n", e.getKey(), size, r + 1, s);
                }
            }
            double goP50 = median(got.get(GO_ANCHOR).stream().mapToDouble(Latency.Stats::p50).toArray());
            for (var e : got.entrySet()) {
                double[] p50 = e.getValue().stream().mapToDouble(Latency.Stats::p50).toArray();
                double p99 = median(e.getValue().stream().mapToDouble(Latency.Stats::p99).toArray());
                double mean = median(e.getValue().stream().mapToDouble(Latency.Stats::mean).toArray());
                System.out.printf(Locale.ROOT, "| %s | %d B | %.1f | %.1f | %.1f | %.2f× | %s |%n", e.getKey(), size,
                        median(p50), p99, mean, median(p50) / goP50, join(p50, "%.1f"));
            }
        }
    }

    private static void idle(int runs, int conns, java.time.Duration tick, double jitWarmSecs, double warmSecs,
            double secs) {
        String javaCmd = ProcessHandle.current().info().command().orElse("java");
        List<String> jvmArgs = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        String cp = System.getProperty("java.class.path");
        Map<String, Body<IdleCpu.Result>> who = new LinkedHashMap<>();
        IdleCpu.Warm warm = new IdleCpu.Warm(jitWarmSecs, warmSecs);
        who.put("gonet `EchoServer`, virtual threads (" + PollDesc.modeName() + ")",
                () -> IdleCpu.java(javaCmd, jvmArgs, cp, EchoServer.class, conns, tick, warm, secs));
        List<String> gonetPlatformArgs = with(jvmArgs, "-Dgonet.bench.echoPlatform=true");
        who.put("gonet `EchoServer`, platform threads (" + PollDesc.modeName() + ")",
                () -> IdleCpu.java(javaCmd, gonetPlatformArgs, cp, EchoServer.class, conns, tick, warm, secs));
        who.put("raw NIO `SocketChannel`, blocking, virtual threads (the JDK's floor)",
                () -> IdleCpu.java(javaCmd, jvmArgs, cp, RawEchoServer.class, conns, tick, warm, secs));
        List<String> platformArgs = with(jvmArgs, "-Dgonet.bench.rawPlatform=true");
        who.put("raw NIO `SocketChannel`, blocking, platform threads (the JVM's floor)",
                () -> IdleCpu.java(javaCmd, platformArgs, cp, RawEchoServer.class, conns, tick, warm, secs));
        who.put("Go 1.19 `stream-echo-server`", () -> IdleCpu.go(conns, tick, warm, secs));
        Map<String, List<IdleCpu.Result>> got = new LinkedHashMap<>();
        who.keySet().forEach(k -> got.put(k, new ArrayList<>()));
        for (int r = 0; r < runs; r++) {
            for (var e : who.entrySet()) {
                IdleCpu.Result res = attempt("idle " + e.getKey(), e.getValue());
                got.get(e.getKey()).add(res == null ? new IdleCpu.Result(Double.NaN, Double.NaN, Double.NaN) : res);
                System.err.printf(Locale.ROOT, "idle %s run %d: %s%n", e.getKey(), r + 1, res);
            }
        }
        System.out.printf(Locale.ROOT, "%n### Idle CPU: an echo server holding %d idle connections and one 1-byte round trip every %d ms, "
                + "CPU time (utime + stime) over %.0f s after %s, median of %d runs%n%n",
                conns, tick.toMillis(), secs, jitWarmSecs > 0 ? String.format(Locale.ROOT,
                        "a JIT warm-up (20,000 round trips, then %.0f s of one every %d µs with %d connections open) "
                                + "and %.0f s of the idle load's connections ticking every %d µs",
                        jitWarmSecs, IdleCpu.WARM_TICK.toNanos() / 1000, IdleCpu.WARM_CONNS, warmSecs,
                        IdleCpu.WARM_TICK.toNanos() / 1000)
                        : String.format(Locale.ROOT, "%.0f s of the idle load", warmSecs),
                runs);
        System.out.println("| server | CPU ms per s | each run's CPU ms per s | tick round trip p50 µs | p99 µs | each run's p50 (µs) |");
        System.out.println("|---|---:|---|---:|---:|---|");
        for (var e : got.entrySet()) {
            double[] cpu = e.getValue().stream().mapToDouble(IdleCpu.Result::cpuMsPerSec).toArray();
            double[] p50 = e.getValue().stream().mapToDouble(IdleCpu.Result::p50).toArray();
            double p99 = median(e.getValue().stream().mapToDouble(IdleCpu.Result::p99).toArray());
            System.out.printf(Locale.ROOT, "| %s | %.1f | %s | %.1f | %.1f | %s |%n", e.getKey(), median(cpu), join(cpu, "%.1f"),
                    median(p50), p99, join(p50, "%.1f"));
        }
    }

    /** {@code args} and one more. */
    private static List<String> with(List<String> args, String more) {
        List<String> all = new ArrayList<>(args);
        all.add(more);
        return all;
    }

    interface Body<T> {
        T run() throws Exception;
    }

    /** Runs one measurement; a failure is recorded and shown, and the others still run. */
    private static <T> T attempt(String what, Body<T> body) {
        try {
            return body.run();
        } catch (Exception | AssertionError e) {
            String msg = what + ": " + e;
            if (!failures.contains(msg)) {
                failures.add(msg);
            }
            System.err.println("FAILED " + msg);
            return null;
        }
    }

    private static double[] filled(int n) {
        double[] d = new double[n];
        Arrays.fill(d, Double.NaN);
        return d;
    }

    static double median(double[] v) {
        double[] s = Arrays.stream(v).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (s.length == 0) {
            return Double.NaN;
        }
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String join(double[] v, String fmt) {
        List<String> out = new ArrayList<>();
        for (double d : v) {
            out.add(String.format(Locale.ROOT, fmt, d));
        }
        return String.join(", ", out);
    }

    /** CPU, cores, memory, OS, JDK, Go and iperf3 versions, and the date: what a reader needs to compare. */
    static String machine() throws IOException, InterruptedException {
        String cpu = grep(Path.of("/proc/cpuinfo"), "model name");
        String mem = grep(Path.of("/proc/meminfo"), "MemTotal");
        String os = grep(Path.of("/etc/os-release"), "PRETTY_NAME").replace("\"", "");
        return String.format(Locale.ROOT,
                "Machine: %s, %d cores, %s RAM; %s, Linux %s%nJDK: %s %s (%s); Go: %s; iperf3: %s%nDate: %s",
                cpu, Runtime.getRuntime().availableProcessors(), mem, os, System.getProperty("os.version"),
                System.getProperty("java.vm.vendor"), Runtime.version(), System.getProperty("java.vm.name"),
                firstLine(Peers.GO, "version"), firstLine("iperf3", "--version"), LocalDate.now());
    }

    private static String grep(Path file, String key) throws IOException {
        for (String l : Files.readAllLines(file)) {
            if (l.startsWith(key)) {
                return l.substring(l.indexOf(l.contains(":") ? ':' : '=') + 1).trim();
            }
        }
        return "?";
    }

    private static String firstLine(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).lines().findFirst().orElse("?");
        p.waitFor();
        return out.trim();
    }
}
