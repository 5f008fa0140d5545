package dev.gonet.testkit;

import static dev.gonet.testkit.ConnConformance.SETTLE_MILLIS;
import static dev.gonet.testkit.ConnIO.A_LONG_TIME_AGO;
import static dev.gonet.testkit.ConnIO.CHUNK;
import static dev.gonet.testkit.ConnIO.checkTimeout;
import static dev.gonet.testkit.ConnIO.inMillis;
import static dev.gonet.testkit.ConnIO.noError;

import dev.gonet.Conn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The cases of Go's {@code golang.org/x/net/nettest} {@code TestConn}, one method each, same
 * names and intent; written anew for Java's blocking {@link Conn}.
 */
final class NettestCases {
    /*
     * Sizes are smaller than Go's (1 MiB one way, ping-pong to 1000, 100 racy iterations):
     * in the browser every hand-off between green threads is a setTimeout(0), which Chromium
     * clamps to 4 ms, and a Pipe hands off twice per write. These keep a transport's suite at a
     * few seconds there while still moving a megabyte and racing hundreds of calls.
     */

    /** BasicIO bytes per direction (both directions at once: 1 MiB in all). */
    static final int BASIC_IO_BYTES = 512 * 1024;

    /** PingPong stops when the counter reaches this. */
    static final long PING_PONG_LAST = 250;

    /** RacyRead/RacyWrite: threads, and calls per thread. */
    static final int RACY_THREADS = 10;
    static final int RACY_CALLS = 50;

    private NettestCases() {
    }

    /** Random bytes both ways at once, content checked, then EOF after close. */
    static void basicIO(Conn c1, Conn c2) throws Exception {
        int size = BASIC_IO_BYTES;
        byte[] want1 = ConnIO.random(size, 0);
        byte[] want2 = ConnIO.random(size, 1);
        ByteArrayOutputStream got1 = new ByteArrayOutputStream();
        ByteArrayOutputStream got2 = new ByteArrayOutputStream();
        Group g = new Group();
        g.go("c1 write", () -> ConnIO.writeChunked(c1, want1));
        g.go("c2 write", () -> ConnIO.writeChunked(c2, want2));
        g.go("c2 read", () -> readInto(c2, got1, size));
        g.go("c1 read", () -> readInto(c1, got2, size));
        g.await();
        Check.isTrue(Arrays.equals(got1.toByteArray(), want1), "transmitted data differs c1->c2");
        Check.isTrue(Arrays.equals(got2.toByteArray(), want2), "transmitted data differs c2->c1");
        c1.close();
        Check.equal("c2.read after c1.close", c2.read(new byte[CHUNK]), -1);
        c2.close();
    }

    private static void readInto(Conn c, ByteArrayOutputStream out, int size) throws IOException {
        byte[] b = new byte[CHUNK];
        while (out.size() < size) {
            int n = c.read(b, 0, Math.min(b.length, size - out.size()));
            if (n < 0) {
                throw new AssertionError("unexpected EOF after " + out.size() + " bytes");
            }
            out.write(b, 0, n);
        }
    }

    /** Request-response: the two ends bounce a counter to {@link #PING_PONG_LAST}, then close. */
    static void pingPong(Conn c1, Conn c2) throws Exception {
        Group g = new Group();
        g.go("c1 pingponger", () -> pingPonger(g, c1));
        g.go("c2 pingponger", () -> pingPonger(g, c2));
        c1.write(new byte[8]); // starts the chain reaction
        g.await();
    }

    private static void pingPonger(Group g, Conn c) throws IOException {
        byte[] buf = new byte[8];
        long prev = 0;
        while (ConnIO.readFull(c, buf)) {
            long v = getLE(buf);
            if (prev != 0 && prev + 2 != v) {
                g.error("mismatching value: got " + v + ", want " + (prev + 2));
            }
            prev = v;
            if (v == PING_PONG_LAST) {
                break;
            }
            putLE(buf, v + 1);
            c.write(buf);
        }
        c.close();
    }

    private static long getLE(byte[] b) {
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (b[i] & 0xff);
        }
        return v;
    }

    private static void putLE(byte[] b, long v) {
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
    }

    /** Mutating the read buffer right after a timed-out read must be safe. */
    static void racyRead(Conn c1, Conn c2) throws Exception {
        Group.background("flood c2", () -> ConnIO.flood(c2));
        Group g = new Group();
        c1.setReadDeadline(inMillis(1));
        for (int i = 0; i < RACY_THREADS; i++) {
            g.go("reader " + i, () -> {
                byte[] b1 = new byte[CHUNK];
                byte[] b2 = new byte[CHUNK];
                for (int j = 0; j < RACY_CALLS; j++) {
                    IOException err = null;
                    try {
                        if (c1.read(b1) < 0) {
                            throw new AssertionError("unexpected EOF");
                        }
                    } catch (IOException e) {
                        err = e;
                    }
                    System.arraycopy(b2, 0, b1, 0, b1.length); // mutate b1 to trigger a potential race
                    if (err != null) {
                        checkTimeout("read", err);
                        c1.setReadDeadline(inMillis(1));
                    }
                }
            });
        }
        g.await();
    }

    /** Mutating the write buffer right after a timed-out write must be safe. */
    static void racyWrite(Conn c1, Conn c2) throws Exception {
        Group.background("discard c2", () -> ConnIO.discard(c2));
        Group g = new Group();
        c1.setWriteDeadline(inMillis(1));
        for (int i = 0; i < RACY_THREADS; i++) {
            g.go("writer " + i, () -> {
                byte[] b1 = new byte[CHUNK];
                byte[] b2 = new byte[CHUNK];
                for (int j = 0; j < RACY_CALLS; j++) {
                    IOException err = null;
                    try {
                        c1.write(b1);
                    } catch (IOException e) {
                        err = e;
                    }
                    System.arraycopy(b2, 0, b1, 0, b1.length); // mutate b1 to trigger a potential race
                    if (err != null) {
                        checkTimeout("write", err);
                        c1.setWriteDeadline(inMillis(1));
                    }
                }
            });
        }
        g.await();
    }

    /** A read timeout does not affect writes. */
    static void readTimeout(Conn c1, Conn c2) throws Exception {
        Group.background("discard c2", () -> ConnIO.discard(c2));
        c1.setReadDeadline(A_LONG_TIME_AGO);
        IOException e = Check.raises(IOException.class, "c1.read with a past deadline", () -> c1.read(new byte[CHUNK]));
        checkTimeout("c1.read", e);
        c1.write(new byte[CHUNK]);
    }

    /** A write timeout does not affect reads. */
    static void writeTimeout(Conn c1, Conn c2) throws Exception {
        Group.background("flood c2", () -> ConnIO.flood(c2));
        c1.setWriteDeadline(A_LONG_TIME_AGO);
        IOException e = Check.raises(IOException.class, "c1.write with a past deadline", () -> c1.write(new byte[CHUNK]));
        checkTimeout("c1.write", e);
        Check.isTrue(c1.read(new byte[CHUNK]) > 0, "c1.read after a write timeout returned no data");
    }

    /** A deadline in the past times out reads and writes at once; clearing it restores the conn. */
    static void pastTimeout(Conn c1, Conn c2) throws Exception {
        Group.background("echo c2", () -> ConnIO.echo(c2));
        ConnIO.roundtrip(c1);
        c1.setDeadline(A_LONG_TIME_AGO);
        IOException we = Check.raises(IOException.class, "c1.write with a past deadline", () -> c1.write(new byte[CHUNK]));
        checkTimeout("c1.write", we);
        IOException re = Check.raises(IOException.class, "c1.read with a past deadline", () -> c1.read(new byte[CHUNK]));
        checkTimeout("c1.read", re);
        ConnIO.roundtrip(c1); // nothing of the failed write reached the peer
    }

    /** A past deadline set while a read and a write are blocked times both out promptly. */
    static void presentTimeout(Conn c1, Conn c2) throws Exception {
        AtomicBoolean deadlineSet = new AtomicBoolean();
        Group g = new Group();
        g.go("set deadlines", () -> {
            Thread.sleep(SETTLE_MILLIS);
            deadlineSet.set(true);
            c1.setReadDeadline(A_LONG_TIME_AGO);
            c1.setWriteDeadline(A_LONG_TIME_AGO);
        });
        g.go("blocked read", () -> {
            try {
                c1.read(new byte[CHUNK]);
                throw noError("c1.read", "a timeout");
            } catch (IOException e) {
                checkTimeout("c1.read", e);
                Check.isTrue(deadlineSet.get(), "read timed out before the deadline was set");
            }
        });
        g.go("blocked write", () -> {
            try {
                while (true) {
                    c1.write(new byte[CHUNK]);
                }
            } catch (IOException e) {
                checkTimeout("c1.write", e);
                Check.isTrue(deadlineSet.get(), "write timed out before the deadline was set");
            }
        });
        g.await();
    }

    /** A future deadline eventually times out blocked calls; afterwards the conn works. */
    static void futureTimeout(Conn c1, Conn c2) throws Exception {
        Group g = new Group();
        c1.setDeadline(inMillis(SETTLE_MILLIS));
        g.go("read until deadline", () -> {
            try {
                c1.read(new byte[CHUNK]);
                throw noError("c1.read", "a timeout");
            } catch (IOException e) {
                checkTimeout("c1.read", e);
            }
        });
        g.go("write until deadline", () -> {
            try {
                while (true) {
                    c1.write(new byte[CHUNK]);
                }
            } catch (IOException e) {
                checkTimeout("c1.write", e);
            }
        });
        g.await();
        Group.background("echo c2", () -> ConnIO.echo(c2));
        ConnIO.resync(c1);
        ConnIO.roundtrip(c1);
    }

    /** Closing unblocks pending reads and writes. */
    static void closeTimeout(Conn c1, Conn c2) throws Exception {
        Group.background("echo c2", () -> ConnIO.echo(c2));
        c1.setDeadline(null);
        Group g = new Group();
        g.go("close", () -> {
            Thread.sleep(SETTLE_MILLIS);
            c1.close();
        });
        g.go("read until error", () -> {
            byte[] b = new byte[CHUNK];
            try {
                while (c1.read(b) >= 0) {
                    // keep reading until close fails it
                }
            } catch (IOException expected) {
                // any error ends the loop, as in Go
            }
        });
        g.go("write until error", () -> {
            byte[] b = new byte[CHUNK];
            try {
                while (true) {
                    c1.write(b);
                }
            } catch (IOException expected) {
                // any error ends the loop, as in Go
            }
        });
        g.await();
    }

    /** All methods may be called concurrently; afterwards the conn still works. */
    static void concurrentMethods(Conn c1, Conn c2) throws Exception {
        Group.background("echo c2", () -> ConnIO.echo(c2));
        Group g = new Group();
        for (int i = 0; i < 100; i++) {
            g.go("read " + i, () -> ignoreIO(() -> c1.read(new byte[CHUNK])));
            g.go("write " + i, () -> ignoreIO(() -> c1.write(new byte[CHUNK])));
            g.go("setDeadline " + i, () -> ignoreIO(() -> c1.setDeadline(inMillis(10))));
            g.go("setReadDeadline " + i, () -> ignoreIO(() -> c1.setReadDeadline(A_LONG_TIME_AGO)));
            g.go("setWriteDeadline " + i, () -> ignoreIO(() -> c1.setWriteDeadline(A_LONG_TIME_AGO)));
            g.go("localAddr " + i, c1::localAddr);
            g.go("remoteAddr " + i, c1::remoteAddr);
        }
        g.await(); // at worst the deadline is 10 ms in the future
        ConnIO.resync(c1);
        ConnIO.roundtrip(c1);
    }

    /** Runs {@code body}, ignoring I/O errors (results may be nonsensical, as Go notes). */
    private static void ignoreIO(Case.Body body) throws Exception {
        try {
            body.run();
        } catch (IOException ignored) {
            // timeouts and the like are expected here
        }
    }
}
