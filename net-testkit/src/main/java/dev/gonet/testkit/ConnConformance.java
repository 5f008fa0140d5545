package dev.gonet.testkit;

import dev.gonet.Conn;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@link Conn} contract as executable cases: a port of Go's
 * {@code golang.org/x/net/nettest} {@code TestConn} (BasicIO, PingPong, RacyRead, RacyWrite,
 * ReadTimeout, WriteTimeout, PastTimeout, PresentTimeout, FutureTimeout, CloseTimeout,
 * ConcurrentMethods; in {@link NettestCases}) plus gonet's own cases about closing, moving
 * deadlines, data surviving timeouts, EOF and error texts (in {@link ConnContractCases}):
 * CloseUnblocksRead, CloseUnblocksWrite, DeadlineMovedWhileBlocked,
 * DeadlineExtendedWhileBlocked, TimeoutLeavesConnUsable, ReadAfterPeerClose, ErrorTexts.
 *
 * <p>Portable: runs on the JVM and under TeaVM; threads via {@code new Thread}, waits via
 * monitors, no JUnit. Each case gets a fresh pair from the {@link ConnPairMaker} and stops it
 * afterwards; a watchdog stops the pair if the case hangs, so blocked threads are released.
 * Timeouts are tens of milliseconds: on the JVM a transport's suite takes one to two seconds; in
 * Chromium, where each green-thread hand-off costs a clamped {@code setTimeout}, a {@code Pipe}
 * takes about seven and {@code mem} about three.
 */
public final class ConnConformance {
    /** After this long a case's pair is stopped to release blocked threads (Go uses a minute). */
    static final long WATCHDOG_MILLIS = 15_000;

    /** Waited before acting on a call assumed blocked by then. Short; correctness does not depend on it. */
    static final long SETTLE_MILLIS = 50;

    private ConnConformance() {
    }

    /** A case body over a fresh pair. */
    @FunctionalInterface
    interface ConnTest {
        void run(Conn c1, Conn c2) throws Exception;
    }

    private record NamedSuite(String name, List<Case> cases) implements Suite {
    }

    /** The suite {@code ConnConformance[<transportName>]} over pairs from {@code maker}. */
    public static Suite suite(String transportName, ConnPairMaker maker) {
        String suite = "ConnConformance[" + transportName + "]";
        List<Case> cases = new ArrayList<>();
        cases.add(wrap(suite, "BasicIO", maker, NettestCases::basicIO));
        cases.add(wrap(suite, "PingPong", maker, NettestCases::pingPong));
        cases.add(wrap(suite, "RacyRead", maker, NettestCases::racyRead));
        cases.add(wrap(suite, "RacyWrite", maker, NettestCases::racyWrite));
        cases.add(wrap(suite, "ReadTimeout", maker, NettestCases::readTimeout));
        cases.add(wrap(suite, "WriteTimeout", maker, NettestCases::writeTimeout));
        cases.add(wrap(suite, "PastTimeout", maker, NettestCases::pastTimeout));
        cases.add(wrap(suite, "PresentTimeout", maker, NettestCases::presentTimeout));
        cases.add(wrap(suite, "FutureTimeout", maker, NettestCases::futureTimeout));
        cases.add(wrap(suite, "CloseTimeout", maker, NettestCases::closeTimeout));
        cases.add(wrap(suite, "ConcurrentMethods", maker, NettestCases::concurrentMethods));
        cases.add(wrap(suite, "CloseUnblocksRead", maker, ConnContractCases::closeUnblocksRead));
        cases.add(wrap(suite, "CloseUnblocksWrite", maker, ConnContractCases::closeUnblocksWrite));
        cases.add(wrap(suite, "DeadlineMovedWhileBlocked", maker, ConnContractCases::deadlineMovedWhileBlocked));
        cases.add(wrap(suite, "DeadlineExtendedWhileBlocked", maker, ConnContractCases::deadlineExtendedWhileBlocked));
        cases.add(wrap(suite, "TimeoutLeavesConnUsable", maker, ConnContractCases::timeoutLeavesConnUsable));
        cases.add(wrap(suite, "ReadAfterPeerClose", maker, ConnContractCases::readAfterPeerClose));
        cases.add(wrap(suite, "ErrorTexts", maker, ConnContractCases::errorTexts));
        return new NamedSuite(suite, List.copyOf(cases));
    }

    /** Go's timeoutWrapper: fresh pair, watchdog, stop exactly once. */
    private static Case wrap(String suite, String name, ConnPairMaker maker, ConnTest test) {
        return new Case(suite, name, () -> {
            ConnPairMaker.Pair pair = maker.make();
            AtomicBoolean stopped = new AtomicBoolean();
            Runnable stop = () -> {
                if (stopped.compareAndSet(false, true)) {
                    try {
                        pair.stop().stop();
                    } catch (Exception ignored) {
                        // Best effort: the case result is what matters.
                    }
                }
            };
            Object done = new Object();
            boolean[] finished = new boolean[1];
            boolean[] fired = new boolean[1];
            Thread watchdog = new Thread(() -> {
                long deadline = System.currentTimeMillis() + WATCHDOG_MILLIS;
                synchronized (done) {
                    long left;
                    while (!finished[0] && (left = deadline - System.currentTimeMillis()) > 0) {
                        try {
                            done.wait(left);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    if (finished[0]) {
                        return;
                    }
                    fired[0] = true;
                }
                stop.run();
            }, "watchdog " + suite + "/" + name);
            watchdog.setDaemon(true);
            watchdog.start();
            try {
                test.run(pair.c1(), pair.c2());
            } catch (Throwable e) {
                synchronized (done) {
                    if (fired[0]) {
                        throw new AssertionError("case hung; pair stopped after " + WATCHDOG_MILLIS + " ms: "
                                + Runner.describe(e), e);
                    }
                }
                throw e;
            } finally {
                synchronized (done) {
                    finished[0] = true;
                    done.notifyAll();
                }
                stop.run();
            }
        });
    }
}
