package dev.gonet.testkit;

import static dev.gonet.testkit.ConnConformance.SETTLE_MILLIS;
import static dev.gonet.testkit.ConnIO.A_LONG_TIME_AGO;
import static dev.gonet.testkit.ConnIO.CHUNK;
import static dev.gonet.testkit.ConnIO.bytes;
import static dev.gonet.testkit.ConnIO.checkClosed;
import static dev.gonet.testkit.ConnIO.checkTimeout;
import static dev.gonet.testkit.ConnIO.inMillis;
import static dev.gonet.testkit.ConnIO.noError;
import static dev.gonet.testkit.ConnIO.text;

import dev.gonet.Addr;
import dev.gonet.Conn;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * gonet's cases beyond Go's nettest: what {@link Conn}'s Javadoc promises about closing,
 * deadlines moved while a call is blocked, data surviving timeouts, EOF, and Go's error texts.
 */
final class ConnContractCases {
    /** A blocked call must react to close or a moved deadline within this; generous for slow CI. */
    static final long PROMPT_MILLIS = 2_000;

    private ConnContractCases() {
    }

    /** close() from another thread fails a blocked read with the closed error, promptly. */
    static void closeUnblocksRead(Conn c1, Conn c2) throws Exception {
        AtomicLong closedAt = new AtomicLong();
        Group g = new Group();
        g.go("blocked read", () -> {
            try {
                int n = c1.read(new byte[CHUNK]);
                throw noError("c1.read = " + n, "the closed error");
            } catch (IOException e) {
                checkClosed("c1.read", e);
                checkPrompt("read after close", closedAt.get());
            }
        });
        Thread.sleep(SETTLE_MILLIS);
        closedAt.set(System.currentTimeMillis());
        c1.close();
        g.await();
    }

    /**
     * close() from another thread fails a write blocked on a full transport, promptly. Where
     * writes never block (datagrams the peer does not read are dropped), the writes it makes
     * meanwhile all return, and close() fails the next one.
     */
    static void closeUnblocksWrite(Conn c1, Conn c2, ConnTraits t) throws Exception {
        AtomicLong closedAt = new AtomicLong();
        AtomicLong writes = new AtomicLong();
        Group g = new Group();
        g.go("blocked write", () -> {
            try {
                while (true) {
                    c1.write(new byte[CHUNK]); // nobody reads c2: eventually blocks
                    writes.incrementAndGet();
                    if (!t.writesBlock()) {
                        Thread.sleep(1);
                    }
                }
            } catch (IOException e) {
                checkClosed("c1.write", e);
                checkPrompt("write after close", closedAt.get());
            }
        });
        Thread.sleep(SETTLE_MILLIS);
        long before = writes.get();
        if (!t.writesBlock()) {
            Thread.sleep(SETTLE_MILLIS);
            Check.isTrue(writes.get() > before, "c1.write blocked (" + before + " writes), want writes that never"
                    + " block on this transport");
        }
        closedAt.set(System.currentTimeMillis());
        c1.close();
        g.await();
    }

    private static void checkPrompt(String what, long since) {
        Check.isTrue(since != 0, what + ": failed before the call that should end it");
        long took = System.currentTimeMillis() - since;
        Check.isTrue(took < PROMPT_MILLIS, what + " took " + took + " ms, want < " + PROMPT_MILLIS);
    }

    /**
     * A read blocked with no deadline is woken by setReadDeadline(now) from another thread and
     * fails with a timeout; the conn then still reads data written afterwards.
     */
    static void deadlineMovedWhileBlocked(Conn c1, Conn c2) throws Exception {
        AtomicLong movedAt = new AtomicLong();
        Group g = new Group();
        g.go("blocked read", () -> {
            try {
                int n = c1.read(new byte[CHUNK]);
                throw noError("c1.read = " + n, "a timeout");
            } catch (IOException e) {
                checkTimeout("c1.read", e);
                checkPrompt("timeout after setReadDeadline(now)", movedAt.get());
            }
        });
        Thread.sleep(SETTLE_MILLIS);
        movedAt.set(System.currentTimeMillis());
        c1.setReadDeadline(Instant.now());
        g.await();

        c1.setReadDeadline(null);
        Group w = new Group();
        w.go("c2 write", () -> c2.write(bytes("late")));
        Check.equal("c1 read after the timeout", text(ConnIO.readN(c1, 4)), "late");
        w.await();
    }

    /** Moving a deadline later while a read is blocked extends that read. */
    static void deadlineExtendedWhileBlocked(Conn c1, Conn c2) throws Exception {
        long firstDeadline = 300;
        AtomicBoolean extended = new AtomicBoolean();
        c1.setReadDeadline(inMillis(firstDeadline));
        Group g = new Group();
        g.go("blocked read", () -> {
            byte[] b = new byte[CHUNK];
            int n = c1.read(b);
            Check.equal("c1.read data", n < 0 ? "EOF" : text(Arrays.copyOf(b, n)), "x");
        });
        Thread.sleep(20);
        c1.setReadDeadline(inMillis(60_000));
        extended.set(true);
        Thread.sleep(firstDeadline + 100); // well past the first deadline
        c2.write(bytes("x"));
        g.await();
        Check.isTrue(extended.get(), "deadline was not extended");
    }

    /**
     * Timeouts lose nothing: late data, data already in flight, and writes after a timeout all
     * arrive. On a stream a timeout may fall in the middle of a message; a datagram is read
     * whole, after the timeout.
     */
    static void timeoutLeavesConnUsable(Conn c1, Conn c2, ConnTraits t) throws Exception {
        // 1. A read that timed out with nothing to read; the data comes later.
        c1.setReadDeadline(inMillis(30));
        checkTimeout("c1.read", Check.raises(IOException.class, "c1.read before data", () -> c1.read(new byte[CHUNK])));
        Group g1 = new Group();
        g1.go("c2 write late data", () -> c2.write(bytes("late data")));
        c1.setReadDeadline(null);
        Check.equal("c1 read after the timeout", text(ConnIO.readN(c1, 9)), "late data");
        g1.await();

        // 2. A timeout in the middle of a message: the rest is still there, in order.
        byte[] msg = ConnIO.random(100, 7);
        Group g2 = new Group();
        g2.go("c2 write message", () -> c2.write(msg));
        int headLen = t.stream() ? 10 : 0;
        byte[] head = ConnIO.readN(c1, headLen);
        c1.setReadDeadline(A_LONG_TIME_AGO);
        checkTimeout("c1.read mid-message", Check.raises(IOException.class, "c1.read with a past deadline",
                () -> c1.read(new byte[CHUNK])));
        c1.setReadDeadline(null);
        byte[] tail = ConnIO.readN(c1, 100 - headLen);
        g2.await();
        byte[] got = new byte[100];
        System.arraycopy(head, 0, got, 0, headLen);
        System.arraycopy(tail, 0, got, headLen, 100 - headLen);
        Check.isTrue(Arrays.equals(got, msg), "message split by a read timeout arrived changed");

        // 3. A write that timed out leaves the write side usable.
        c1.setWriteDeadline(A_LONG_TIME_AGO);
        checkTimeout("c1.write", Check.raises(IOException.class, "c1.write with a past deadline",
                () -> c1.write(bytes("lost"))));
        c1.setWriteDeadline(null);
        Group g3 = new Group();
        g3.go("c1 write", () -> c1.write(bytes("hello")));
        Check.equal("c2 read after c1's write timeout", text(ConnIO.readN(c2, 5)), "hello");
        g3.await();
    }

    /**
     * After the peer writes and closes, reads return the data, then -1, and -1 again. Without a
     * peer close (UDP) the data arrives and then reads wait: one with a deadline times out.
     */
    static void readAfterPeerClose(Conn c1, Conn c2, ConnTraits t) throws Exception {
        Group g = new Group();
        g.go("c2 write and close", () -> {
            c2.write(bytes("bye"));
            c2.close();
        });
        Check.equal("c1 read", text(ConnIO.readN(c1, 3)), "bye");
        if (!t.peerClose()) {
            g.await();
            c1.setReadDeadline(inMillis(100));
            checkTimeout("c1.read after the peer's close (no end of stream on this transport)",
                    Check.raises(IOException.class, "c1.read after the peer's close", () -> c1.read(new byte[CHUNK])));
            return;
        }
        Check.equal("c1.read at EOF", c1.read(new byte[CHUNK]), -1);
        Check.equal("c1.read at EOF again", c1.read(new byte[CHUNK]), -1);
        g.await();
    }

    /**
     * An empty read or write: 0 (nothing taken: the data stays for the next read) on an open conn
     * with no deadline, but a passed deadline fails it and a closed conn refuses it, as every
     * other call (the Conn contract: "a deadline in the past makes calls fail at once"; UDP and
     * TLS returned 0 past the deadline). An empty write is only tried where it fails: the JDK
     * cannot send an empty datagram on a connected socket (docs/sockets.md).
     */
    static void zeroLengthIO(Conn c1, Conn c2, ConnTraits t) throws Exception {
        byte[] b = new byte[1];
        Group g = new Group();
        g.go("c2 writes x, then y", () -> {
            c2.write(bytes("x"));
            c2.write(bytes("y"));
        });
        Check.equal("c1 read", text(ConnIO.readN(c1, 1)), "x");
        Check.equal("c1.read(b, 0, 0)", c1.read(b, 0, 0), 0);
        Check.equal("c1 read after the empty read", text(ConnIO.readN(c1, 1)), "y");
        g.await();

        c1.setReadDeadline(A_LONG_TIME_AGO);
        checkTimeout("c1.read(b, 0, 0) past the read deadline", Check.raises(IOException.class,
                "c1.read(b, 0, 0) past the read deadline", () -> c1.read(b, 0, 0)));
        c1.setReadDeadline(null);
        c1.setWriteDeadline(A_LONG_TIME_AGO);
        checkTimeout("c1.write(b, 0, 0) past the write deadline", Check.raises(IOException.class,
                "c1.write(b, 0, 0) past the write deadline", () -> c1.write(b, 0, 0)));
        c1.setWriteDeadline(null);

        c1.close();
        checkClosed("c1.read(b, 0, 0) after close", Check.raises(IOException.class, "c1.read(b, 0, 0) after close",
                () -> c1.read(b, 0, 0)));
        checkClosed("c1.write(b, 0, 0) after close", Check.raises(IOException.class, "c1.write(b, 0, 0) after close",
                () -> c1.write(b, 0, 0)));
    }

    /** Timeouts are NetExceptions in Go's text; closed-end errors are NetErrors with Go's text. */
    static void errorTexts(Conn c1, Conn c2) throws Exception {
        Addr local = c1.localAddr();
        Addr remote = c1.remoteAddr();
        Check.isTrue(local != null && !local.network().isEmpty(), "c1.localAddr() = " + local + ", want an address");
        Check.isTrue(remote != null && !remote.network().isEmpty(), "c1.remoteAddr() = " + remote + ", want an address");

        c1.setReadDeadline(A_LONG_TIME_AGO);
        checkTimeoutText("read", Check.raises(IOException.class, "c1.read", () -> c1.read(new byte[CHUNK])));
        c1.setReadDeadline(null);
        c1.setWriteDeadline(A_LONG_TIME_AGO);
        checkTimeoutText("write", Check.raises(IOException.class, "c1.write", () -> c1.write(new byte[CHUNK])));
        c1.setWriteDeadline(null);

        c1.close();
        checkClosed("c1.read after close", Check.raises(IOException.class, "c1.read after close",
                () -> c1.read(new byte[CHUNK])));
        checkClosed("c1.write after close", Check.raises(IOException.class, "c1.write after close",
                () -> c1.write(new byte[CHUNK])));
    }

    /** A timeout is a NetException with Go's OpError text {@code op net [src->]addr: i/o timeout}. */
    private static void checkTimeoutText(String op, IOException e) {
        checkTimeout(op, e);
        if (!(e instanceof NetException ne)) {
            throw new AssertionError(op + ": got " + e + ", want a NetException");
        }
        Check.equal(op + " error op()", ne.op(), op);
        Check.isTrue(Sentinel.DEADLINE_EXCEEDED.in(e), op + ": cause of \"" + e.getMessage()
                + "\" is not DEADLINE_EXCEEDED");
        StringBuilder want = new StringBuilder(op);
        if (!ne.net().isEmpty()) {
            want.append(' ').append(ne.net());
        }
        if (ne.source() != null) {
            want.append(' ').append(ne.source());
        }
        if (ne.addr() != null) {
            want.append(ne.source() != null ? "->" : " ").append(ne.addr());
        }
        want.append(": i/o timeout");
        Check.equal(op + " timeout text", e.getMessage(), want.toString());
    }
}
