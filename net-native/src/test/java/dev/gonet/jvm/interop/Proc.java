package dev.gonet.jvm.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A peer process with bounded waits. Standard error is always collected (socat reports
 * "listening on" there, and failures go there); standard output is either collected as lines
 * ({@link #lines}) or left raw for the caller ({@link #raw}: socat's data channel).
 * {@link #close()} kills the process and its children, so a failed test leaves nothing behind.
 */
public final class Proc implements AutoCloseable {
    private final Process process;
    private final String name;
    private final List<String> out = new ArrayList<>(); // guarded by this
    private final List<String> err = new ArrayList<>(); // guarded by this

    private Proc(List<String> cmd, boolean collectStdout) throws IOException {
        this.name = String.join(" ", cmd);
        this.process = new ProcessBuilder(cmd).start();
        pump(process.getErrorStream(), err, "stderr");
        if (collectStdout) {
            pump(process.getInputStream(), out, "stdout");
        }
    }

    /** Starts {@code cmd}, collecting its standard output as lines. */
    public static Proc lines(String... cmd) throws IOException {
        return new Proc(List.of(cmd), true);
    }

    /** Starts {@code cmd}, leaving its standard input and output to the caller. */
    public static Proc raw(String... cmd) throws IOException {
        return new Proc(List.of(cmd), false);
    }

    /** The process id (for CPU time from {@code /proc/PID/stat}). */
    public long pid() {
        return process.pid();
    }

    public OutputStream stdin() {
        return process.getOutputStream();
    }

    public InputStream stdout() {
        return process.getInputStream();
    }

    private void pump(InputStream in, List<String> sink, String what) {
        Thread.ofPlatform().daemon().name("proc-" + what).start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    synchronized (this) {
                        sink.add(l);
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process went away; what was read so far stays
            }
            synchronized (this) {
                sink.add(null); // end marker: no line will come any more
                notifyAll();
            }
        });
    }

    /** Waits for the first stdout line starting with {@code prefix}; fails on exit or timeout. */
    public String awaitStdout(String prefix, Duration timeout) {
        return await(out, prefix, timeout);
    }

    /** Waits for the first stderr line containing {@code text}; returns null if the process ended first. */
    public String awaitStderr(String text, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            for (int seen = 0; ; ) {
                for (; seen < err.size(); seen++) {
                    String l = err.get(seen);
                    if (l == null) {
                        return null;
                    }
                    if (l.contains(text)) {
                        return l;
                    }
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no stderr line with '" + text + "' from " + this);
                }
                waitNanos(left);
            }
        }
    }

    private String await(List<String> sink, String prefix, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            for (int seen = 0; ; ) {
                for (; seen < sink.size(); seen++) {
                    String l = sink.get(seen);
                    if (l == null) {
                        throw new AssertionError("no line starting '" + prefix + "' before the end of " + this);
                    }
                    if (l.startsWith(prefix)) {
                        return l;
                    }
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no line starting '" + prefix + "' within " + timeout + " from " + this);
                }
                waitNanos(left);
            }
        }
    }

    private void waitNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(this, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + this, e);
        }
    }

    /** Waits for the exit code; fails if the process is still running after {@code timeout}. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("still running after " + timeout + ": " + this);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + this, e);
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Closes the peer's stdin: the Go servers exit on it, socat sends its EOF on. */
    public void closeStdin() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already gone: nothing left to tell it
        }
    }

    @Override
    public void close() {
        closeStdin();
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized String toString() {
        return "[" + name + "] stdout=" + tail(out) + " stderr=" + tail(err);
    }

    private static String tail(List<String> l) {
        List<String> t = l.subList(Math.max(0, l.size() - 8), l.size());
        return t.stream().filter(s -> s != null).toList().toString();
    }
}
