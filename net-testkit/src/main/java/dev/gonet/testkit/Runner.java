package dev.gonet.testkit;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs portable cases one at a time, each on its own thread with a time limit, so a case that
 * hangs is reported as a failure instead of stalling the whole run (in the browser a stalled
 * green thread would otherwise leave the page silent).
 */
public final class Runner {
    /** Generous: conformance cases take tens of milliseconds; this catches hangs only. */
    public static final long DEFAULT_LIMIT_MILLIS = 20_000;

    private Runner() {
    }

    /**
     * Runs every case of {@code suites}, each within {@link #DEFAULT_LIMIT_MILLIS}.
     *
     * @param suites the suites
     * @return the results, in order
     */
    public static List<Result> runAll(List<Suite> suites) {
        List<Result> results = new ArrayList<>();
        for (Suite s : suites) {
            for (Case c : s.cases()) {
                results.add(run(c, DEFAULT_LIMIT_MILLIS));
            }
        }
        return results;
    }

    /**
     * {@return the suites with only the cases whose id starts with {@code prefix} (suites left empty are
     *   dropped): for running one part by hand while working on it}
     *
     * @param suites the suites
     * @param prefix the start of the case ids to keep
     */
    public static List<Suite> only(List<Suite> suites, String prefix) {
        List<Suite> out = new ArrayList<>();
        for (Suite s : suites) {
            List<Case> kept = new ArrayList<>();
            for (Case c : s.cases()) {
                if (c.id().startsWith(prefix)) {
                    kept.add(c);
                }
            }
            if (!kept.isEmpty()) {
                String name = s.name();
                out.add(new Suite() {
                    @Override
                    public String name() {
                        return name;
                    }

                    @Override
                    public List<Case> cases() {
                        return kept;
                    }
                });
            }
        }
        return out;
    }

    /**
     * Runs one case, failing it when it takes longer than {@code limitMillis}.
     *
     * @param c the case
     * @param limitMillis the time limit in milliseconds
     * @return the result
     */
    public static Result run(Case c, long limitMillis) {
        long start = System.currentTimeMillis();
        Throwable[] failure = new Throwable[1];
        boolean[] finished = new boolean[1];
        Object lock = new Object();
        Threads.start("case " + c.id(), () -> {
            Throwable err = null;
            try {
                c.body().run();
            } catch (Throwable e) {
                err = e;
            }
            synchronized (lock) {
                failure[0] = err;
                finished[0] = true;
                lock.notifyAll();
            }
        });
        synchronized (lock) {
            long deadline = start + limitMillis;
            while (!finished[0]) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    break;
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            long took = System.currentTimeMillis() - start;
            if (!finished[0]) {
                return new Result(c.id(), false, "did not finish within " + limitMillis + " ms", took);
            }
            if (failure[0] != null) {
                return new Result(c.id(), false, describe(failure[0]), took);
            }
            return new Result(c.id(), true, "", took);
        }
    }

    static String describe(Throwable e) {
        if (e instanceof AssertionError && e.getMessage() != null) {
            return e.getMessage();
        }
        String msg = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        StackTraceElement[] st = e.getStackTrace();
        if (st != null && st.length > 0) {
            msg += " at " + st[0];
        }
        return msg;
    }
}
