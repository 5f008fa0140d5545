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
 * DeadlineExtendedWhileBlocked, TimeoutLeavesConnUsable, ReadAfterPeerClose, ErrorTexts,
 * ZeroLengthIO; the points about closing on which transports once disagreed (in
 * {@link ClosingCases}): DeadlineAfterClose, DoubleClose, CloseDuringBlockedWrite,
 * WriteAfterPeerClose; and the addresses (in {@link AddressCases}): Addresses.
 *
 * <p>Every transport runs the same cases. Where one cannot do what the case expects, its
 * {@link ConnTraits} say so and the case checks what the transport does instead (UDP: no peer
 * close, writes that never block; a page: no local address; a Go pipe: Go's pipe rules). A
 * datagram transport runs gonet's cases only: nettest's move byte streams (chunked copies, resync
 * markers split across reads) that datagrams do not carry.
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

    /** A case body that also reads the transport's traits. */
    @FunctionalInterface
    interface TraitsTest {
        void run(Conn c1, Conn c2, ConnTraits t) throws Exception;
    }

    private record NamedSuite(String name, List<Case> cases) implements Suite {
    }

    /** One case of the list: its name and body. */
    private record Row(String name, TraitsTest test) {
        static Row of(String name, ConnTest test) {
            return new Row(name, (c1, c2, t) -> test.run(c1, c2));
        }
    }

    /** Go's nettest: stream transports only. */
    private static final List<Row> NETTEST = List.of(
            Row.of("BasicIO", NettestCases::basicIO),
            Row.of("PingPong", NettestCases::pingPong),
            Row.of("RacyRead", NettestCases::racyRead),
            Row.of("RacyWrite", NettestCases::racyWrite),
            Row.of("ReadTimeout", NettestCases::readTimeout),
            Row.of("WriteTimeout", NettestCases::writeTimeout),
            Row.of("PastTimeout", NettestCases::pastTimeout),
            Row.of("PresentTimeout", NettestCases::presentTimeout),
            Row.of("FutureTimeout", NettestCases::futureTimeout),
            Row.of("CloseTimeout", NettestCases::closeTimeout),
            Row.of("ConcurrentMethods", NettestCases::concurrentMethods));

    /** gonet's contract: every transport. */
    private static final List<Row> CONTRACT = List.of(
            Row.of("CloseUnblocksRead", ConnContractCases::closeUnblocksRead),
            new Row("CloseUnblocksWrite", ConnContractCases::closeUnblocksWrite),
            Row.of("DeadlineMovedWhileBlocked", ConnContractCases::deadlineMovedWhileBlocked),
            Row.of("DeadlineExtendedWhileBlocked", ConnContractCases::deadlineExtendedWhileBlocked),
            new Row("TimeoutLeavesConnUsable", ConnContractCases::timeoutLeavesConnUsable),
            new Row("ReadAfterPeerClose", ConnContractCases::readAfterPeerClose),
            Row.of("ErrorTexts", ConnContractCases::errorTexts),
            new Row("DeadlineAfterClose", ClosingCases::deadlineAfterClose),
            new Row("DoubleClose", ClosingCases::doubleClose),
            new Row("CloseDuringBlockedWrite", ClosingCases::closeDuringBlockedWrite),
            new Row("WriteAfterPeerClose", ClosingCases::writeAfterPeerClose),
            new Row("ZeroLengthIO", ConnContractCases::zeroLengthIO),
            new Row("Addresses", AddressCases::addresses));

    /**
     * {@return the suite {@code ConnConformance[<transportName>]} over pairs from {@code maker}, with the
     *   transport's traits}
     *
     * @param transportName the name of the transport, in the suite name
     * @param maker the maker
     * @param traits the traits
     */
    public static Suite suite(String transportName, ConnPairMaker maker, ConnTraits traits) {
        String suite = "ConnConformance[" + transportName + "]";
        List<Case> cases = new ArrayList<>();
        if (traits.stream()) {
            for (Row r : NETTEST) {
                cases.add(wrap(suite, r.name(), maker, (c1, c2) -> r.test().run(c1, c2, traits)));
            }
        }
        for (Row r : CONTRACT) {
            cases.add(wrap(suite, r.name(), maker, (c1, c2) -> r.test().run(c1, c2, traits)));
        }
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
