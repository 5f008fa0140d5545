package dev.gonet.testkit;

/**
 * Where the kit's case and helper threads come from: {@code new Thread}, unless a platform's
 * tests choose otherwise. The JVM's run the socket conformance suite a second time on virtual
 * threads, since gonet's default poller waits differently for virtual and platform threads.
 * Portable: under TeaVM only the default is used.
 */
public final class Threads {
    /** Makes an unstarted thread that runs {@code body}, named {@code name}. */
    public interface Maker {
        /**
         * {@return an unstarted thread}
         *
         * @param body what it runs
         * @param name its name
         */
        Thread make(Runnable body, String name);
    }

    private static volatile Maker maker = Thread::new;

    private Threads() {
    }

    /**
     * Makes the kit's threads with {@code m} from now on (one suite's run at a time).
     *
     * @param m the maker
     * @return the maker used until now, to put back after the run
     */
    public static Maker use(Maker m) {
        Maker old = maker;
        maker = m;
        return old;
    }

    /** Starts a daemon thread of the current maker. */
    static Thread start(String name, Runnable body) {
        Thread t = maker.make(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
