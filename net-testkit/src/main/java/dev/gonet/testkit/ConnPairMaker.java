package dev.gonet.testkit;

import dev.gonet.Conn;

/**
 * Makes a fresh pair of connected {@link Conn}s for one conformance case (Go nettest's
 * {@code MakePipe}). Called once per case, on the case's thread.
 */
@FunctionalInterface
public interface ConnPairMaker {

    /**
     * {@return a connected pair: what {@code c1} writes {@code c2} reads and vice versa}
     *
     * @throws Exception if the pair cannot be made
     */
    Pair make() throws Exception;

    /**
     * Two connected ends and how to tear them down.
     *
     * @param c1   one end
     * @param c2   the other end
     * @param stop releases everything the pair holds (both ends, a listener, ...); called once
     *             after the case, and also by the watchdog to unblock a hung case, so it must
     *             not block and must tolerate ends that are already closed
     */
    record Pair(Conn c1, Conn c2, Stop stop) {

        /**
         * {@return a pair whose stop closes both ends, ignoring errors (e.g. "already closed")}
         *
         * @param c1 one end
         * @param c2 the other end
         */
        public static Pair closing(Conn c1, Conn c2) {
            return new Pair(c1, c2, () -> {
                closeQuietly(c1);
                closeQuietly(c2);
            });
        }

        /**
         * Closes {@code c}, ignoring any error; for stop actions.
         *
         * @param c what to close, or {@code null}
         */
        public static void closeQuietly(java.io.Closeable c) {
            try {
                c.close();
            } catch (Exception ignored) {
                // Already closed, or closing failed: either way nothing more to release here.
            }
        }
    }

    /** Tears a pair down. */
    @FunctionalInterface
    interface Stop {
        /**
         * Stops what the maker started for the pair (a server, a listener).
         *
         * @throws Exception if stopping fails
         */
        void stop() throws Exception;
    }
}
