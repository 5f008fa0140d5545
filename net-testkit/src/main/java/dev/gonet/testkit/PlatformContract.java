package dev.gonet.testkit;

import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.spi.Cancel;
import dev.gonet.spi.Platform;
import dev.gonet.spi.Platforms;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every {@link Platform} owes shared code, checked on the platform itself: it is the one
 * {@link Platforms#get()} finds, its threads run and may block, its timers fire once and can be
 * cancelled, and each network it cannot provide fails at once with an "operation not supported"
 * {@link NetException} carrying Go's op, the network and the address.
 */
public final class PlatformContract {
    private PlatformContract() {
    }

    /**
     * {@return the contract suite for {@code platform}}
     *
     * @param expectedName   the name {@link Platforms#get()} must report, e.g. {@code jvm}
     * @param dialUnsupported   networks whose dial must fail as unsupported
     * @param listenUnsupported networks whose listen must fail as unsupported
     *
     */
    public static Suite suite(String expectedName, List<String> dialUnsupported, List<String> listenUnsupported) {
        String suite = "PlatformContract[" + expectedName + "]";
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(suite, "FoundByServiceLoader",
                () -> Check.equal("Platforms.get().name()", Platforms.get().name(), expectedName)));
        cases.add(new Case(suite, "StartThreadRunsBlockingTask", () -> {
            Object lock = new Object();
            int[] steps = new int[1];
            Platforms.get().startThread("contract", () -> {
                try {
                    Thread.sleep(5); // a platform thread may block without stalling the caller
                } catch (InterruptedException e) {
                    return;
                }
                synchronized (lock) {
                    steps[0]++;
                    lock.notifyAll();
                }
            });
            awaitCount(lock, steps, 1, 2_000, "startThread task");
        }));
        cases.add(new Case(suite, "ScheduleFiresOnce", () -> {
            Object lock = new Object();
            int[] fired = new int[1];
            long start = System.currentTimeMillis();
            Platforms.get().schedule(30, () -> {
                synchronized (lock) {
                    fired[0]++;
                    lock.notifyAll();
                }
            });
            awaitCount(lock, fired, 1, 2_000, "timer");
            long took = System.currentTimeMillis() - start;
            Check.isTrue(took >= 25, "timer fired after " + took + " ms, want >= 30");
            Thread.sleep(60);
            synchronized (lock) {
                Check.equal("timer runs", fired[0], 1);
            }
        }));
        cases.add(new Case(suite, "CancelStopsTimer", () -> {
            AtomicInteger fired = new AtomicInteger();
            Cancel c = Platforms.get().schedule(40, fired::incrementAndGet);
            Check.equal("first cancel", c.cancel(), true);
            Check.equal("second cancel", c.cancel(), false);
            Thread.sleep(100);
            Check.equal("cancelled timer runs", fired.get(), 0);
        }));
        for (String network : dialUnsupported) {
            cases.add(new Case(suite, "DialUnsupported/" + network, () -> {
                String address = network.startsWith("unix") ? "/tmp/gonet.sock" : "127.0.0.1:80";
                NetException e = Check.raises(NetException.class, "dial " + network,
                        () -> new Dialer().dial(network, address));
                expectUnsupported(e, "dial " + network + " " + address + ": operation not supported on platform "
                        + expectedName);
            }));
        }
        for (String network : listenUnsupported) {
            cases.add(new Case(suite, "ListenUnsupported/" + network, () -> {
                String address = network.startsWith("unix") ? "/tmp/gonet.sock" : "127.0.0.1:0";
                NetException e = Check.raises(NetException.class, "listen " + network, () -> {
                    if (network.startsWith("udp")) {
                        new ListenConfig().listenPacket(network, address);
                    } else {
                        new ListenConfig().listen(network, address);
                    }
                });
                expectUnsupported(e, "listen " + network + " " + address + ": operation not supported on platform "
                        + expectedName);
            }));
        }
        return new Suite() {
            @Override
            public String name() {
                return suite;
            }

            @Override
            public List<Case> cases() {
                return cases;
            }
        };
    }

    private static void expectUnsupported(NetException e, String prefix) {
        Check.equal("Sentinel.of(err)", Sentinel.of(e), Sentinel.UNSUPPORTED);
        Check.equal("isTimeout()", e.isTimeout(), false);
        Check.isTrue(e.getMessage().startsWith(prefix), "err = \"" + e.getMessage() + "\", want prefix \"" + prefix + "\"");
        Check.isTrue(e.getMessage().endsWith(")"), "err = \"" + e.getMessage() + "\", want a hint in parentheses");
    }

    private static void awaitCount(Object lock, int[] counter, int want, long limitMillis, String what)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + limitMillis;
        synchronized (lock) {
            while (counter[0] < want) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new AssertionError(what + " did not run within " + limitMillis + " ms");
                }
                lock.wait(left);
            }
        }
    }
}
