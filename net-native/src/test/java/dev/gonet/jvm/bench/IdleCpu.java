package dev.gonet.jvm.bench;

import dev.gonet.jvm.interop.Peers;
import dev.gonet.jvm.interop.Proc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The idle-CPU part of the socket benchmark: how much CPU an echo server burns while its
 * connections are (nearly) idle. A server process (gonet's {@link EchoServer} in a JVM of its
 * own, or the Go peer's {@code stream-echo-server}) holds {@code conns} idle connections and one
 * that does a 1-byte round trip every {@code tick}, all from the Go peer's {@code idle-client};
 * the server's CPU time (utime + stime from {@code /proc/PID/stat}) is read at the start and end
 * of the measured window, after a warm-up. A spinning poller would show here.
 */
final class IdleCpu {
    /** CPU per wall second (ms/s), and the ticking round trip's p50 and p99 (µs). */
    record Result(double cpuMsPerSec, double p50, double p99) {
    }

    private IdleCpu() {
    }

    /** How long each server is warmed before the idle measurement; see {@link #jitWarm}. */
    record Warm(double jitSecs, double tickSecs) {
    }

    /** A Java echo server ({@code main}: gonet's {@link EchoServer} or {@link RawEchoServer}) in a JVM of its own. */
    static Result java(String java, List<String> jvmArgs, String classpath, Class<?> main, int conns, Duration tick,
            Warm warm, double secs) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", classpath, main.getName(), "127.0.0.1:0"));
        try (Proc srv = Proc.lines(cmd.toArray(String[]::new))) {
            return measure(srv, conns, tick, warm, secs);
        }
    }

    static Result go(int conns, Duration tick, Warm warm, double secs) throws Exception {
        try (Proc srv = Proc.lines(Peers.goPeer().toString(), "stream-echo-server", "-addr", "127.0.0.1:0")) {
            return measure(srv, conns, tick, warm, secs);
        }
    }

    /**
     * Connections the warm-up opens: enough that the server's per-connection method (its echo
     * loop) is compiled at entry. The JVM compiles a method at entry only after about 128 calls,
     * and the measured load's connections are new: with fewer (the idle load's 100 and two of the
     * warm-up, until 2026-12-07) each of their loops ran interpreted until its own frame moved to
     * compiled code (every 1,024 loop rounds, ten seconds at 100 a second), and every park of an
     * interpreted virtual thread takes the JVM's slow path (9 % more server CPU, perf).
     */
    static final int WARM_CONNS = 300;

    /**
     * How often the measured client ticks before it says READY, when the JIT warm-up is on. The
     * measured load's connections come as the warm-up's go: the JVM sees connections close and
     * open for the first time, its compiled selector, scheduler and read paths meet branches
     * they never took and are thrown back to the profiling tier (about 45 deoptimizations,
     * {@code -Xlog:deoptimization=debug}), and at one round trip every 10 ms they take a minute
     * or more to be compiled again: until 2026-12-07 the idle load was measured in that minute
     * (a server idle for two minutes fell from 20-25 to 16 ms/s). Ticking every 300 µs for the
     * client's warm-up seconds (about 10,000 round trips, each still a wake-up from a blocking
     * wait) gets them compiled again, so the measured seconds are the server's steady state; Go's
     * server gets the same traffic.
     */
    static final Duration WARM_TICK = Duration.ofNanos(300_000);

    /**
     * Runs the paths the idle load takes until the JIT has compiled them, as on a server that has
     * served traffic before it went quiet: 20,000 back-to-back round trips, then {@code secs} of
     * one round trip every 300 µs (each a wake-up from a blocking wait, as the idle load's are)
     * with {@link #WARM_CONNS} connections open. Without it the JVM is measured while it still
     * interprets and compiles those paths (at 100 round trips a second they take minutes to get
     * hot). Go's server gets the same traffic.
     */
    private static void jitWarm(String addr, double secs) throws Exception {
        Duration limit = Duration.ofSeconds((long) secs + 60);
        try (Proc pp = Proc.lines(Peers.goPeer().toString(), "pingpong", "-addr", addr, "-n", "20000", "-warm", "0",
                "-size", "1")) {
            pp.awaitStdout("OK ", limit);
        }
        try (Proc ticks = Proc.lines(Peers.goPeer().toString(), "idle-client", "-addr", addr, "-conns",
                "" + WARM_CONNS, "-tick", WARM_TICK.toNanos() + "ns", "-warmsecs", "0", "-secs", "" + secs)) {
            ticks.awaitStdout("OK ", limit);
        }
    }

    private static Result measure(Proc srv, int conns, Duration tick, Warm warm, double secs) throws Exception {
        String addr = srv.awaitStdout("LISTEN ", Duration.ofSeconds(30)).substring(7);
        if (warm.jitSecs() > 0) {
            jitWarm(addr, warm.jitSecs());
        }
        double warmSecs = warm.tickSecs();
        // With the JIT warm-up, this client's own warm-up ticks as fast as the JIT warm-up's: see
        // WARM_TICK.
        String warmTick = (warm.jitSecs() > 0 ? WARM_TICK : tick).toNanos() + "ns";
        try (Proc cli = Proc.lines(Peers.goPeer().toString(), "idle-client", "-addr", addr, "-conns", "" + conns,
                "-tick", tick.toNanos() + "ns", "-warmtick", warmTick, "-warmsecs", "" + warmSecs, "-secs",
                "" + secs)) {
            Duration limit = Duration.ofSeconds((long) (warmSecs + secs) + 30);
            cli.awaitStdout("READY", limit);
            long t0 = System.nanoTime();
            long c0 = cpuTicks(srv.pid());
            String[] ok = cli.awaitStdout("OK ", limit).split(" ");
            long c1 = cpuTicks(srv.pid());
            long t1 = System.nanoTime();
            double cpuMs = (c1 - c0) * 1000.0 / CLK_TCK;
            return new Result(cpuMs / ((t1 - t0) / 1e9), Long.parseLong(ok[1]) / 1e3, Long.parseLong(ok[2]) / 1e3);
        }
    }

    /** Linux's USER_HZ: /proc/PID/stat counts CPU time in these. */
    private static final int CLK_TCK = 100;

    /** utime + stime of process {@code pid}, in clock ticks (fields 14 and 15 of /proc/PID/stat). */
    static long cpuTicks(long pid) throws IOException {
        String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" "); // f[0] is field 3 (state)
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
