package dev.gonet.testkit;

import static dev.gonet.testkit.ConnConformance.SETTLE_MILLIS;
import static dev.gonet.testkit.ConnContractCases.PROMPT_MILLIS;
import static dev.gonet.testkit.ConnIO.A_LONG_TIME_AGO;
import static dev.gonet.testkit.ConnIO.CHUNK;
import static dev.gonet.testkit.ConnIO.bytes;
import static dev.gonet.testkit.ConnIO.checkClosed;
import static dev.gonet.testkit.ConnIO.checkNames;
import static dev.gonet.testkit.ConnIO.checkTimeout;
import static dev.gonet.testkit.ConnIO.inMillis;

import dev.gonet.Addr;
import dev.gonet.Conn;
import dev.gonet.NetError;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The contract points about closing on which the transports once disagreed: setting a deadline
 * after close ({@code FramedConn} accepted it silently), closing twice and at once, closing while
 * a write is blocked, and writing after the peer closed.
 */
final class ClosingCases {
    /** How long the peer may take to see the end after a close: within WebSocket's and TLS's 5 s close timeout. */
    static final long END_MILLIS = 10_000;

    private ClosingCases() {
    }

    /** Every deadline setter fails on a closed conn with Go's {@code set} error; the addresses stay. */
    static void deadlineAfterClose(Conn c1, Conn c2, ConnTraits t) throws Exception {
        Addr local = c1.localAddr();
        Addr remote = c1.remoteAddr();
        c1.close();
        check("c1.setDeadline(in 1 s) after close", () -> c1.setDeadline(inMillis(1000)), c1, t);
        check("c1.setReadDeadline(null) after close", () -> c1.setReadDeadline(null), c1, t);
        check("c1.setWriteDeadline(a long time ago) after close", () -> c1.setWriteDeadline(A_LONG_TIME_AGO), c1, t);
        Check.equal("c1.localAddr() after close", c1.localAddr(), local);
        Check.equal("c1.remoteAddr() after close", c1.remoteAddr(), remote);
    }

    private static void check(String what, Case.Body set, Conn c1, ConnTraits t) {
        IOException e = Check.raises(IOException.class, what, set);
        checkClosed(what, e);
        checkNames(what, e, "set", c1, t);
    }

    /**
     * A second close reports the closed error (op {@code close}) on network conns and is quiet on
     * a Go pipe; the conn stays closed. Two closes at once: one closes, the other reports it.
     */
    static void doubleClose(Conn c1, Conn c2, ConnTraits t) throws Exception {
        c1.close();
        if (t.goPipe()) {
            c1.close(); // Go's pipe: quiet, however often
        } else {
            IOException e = Check.raises(IOException.class, "second c1.close()", c1::close);
            checkClosed("second c1.close()", e);
            checkNames("second c1.close()", e, "close", c1, t);
        }
        checkClosed("c1.read after two closes", Check.raises(IOException.class, "c1.read after two closes",
                () -> c1.read(new byte[CHUNK])));

        AtomicInteger closedIt = new AtomicInteger();
        Group g = new Group();
        for (String name : new String[] {"close A", "close B"}) {
            g.go(name, () -> {
                try {
                    c2.close();
                    closedIt.incrementAndGet();
                } catch (IOException e) {
                    checkClosed("c2.close() racing another", e);
                }
            });
        }
        g.await();
        Check.equal("c2.close() calls that returned normally of two at once", closedIt.get(), t.goPipe() ? 2 : 1);
    }

    /**
     * close() while another thread's write is blocked (the peer does not read) returns at once
     * without error and fails that write with the closed error; the peer then reads, in order, a
     * prefix of what was written that holds every write that returned (a returned write is not
     * dropped by the close), and then the end. Writes that never block (datagrams) are cut by a
     * close all the same, and the peer sees no end.
     */
    static void closeDuringBlockedWrite(Conn c1, Conn c2, ConnTraits t) throws Exception {
        // Set before the close: a Go pipe (and TLS over one) refuses deadlines once the other end closed.
        c2.setReadDeadline(inMillis(END_MILLIS));
        AtomicLong written = new AtomicLong();
        Group g = new Group();
        g.go("blocked write", () -> {
            byte[] b = new byte[CHUNK];
            try {
                while (true) {
                    pattern(b, written.get());
                    c1.write(b);
                    written.addAndGet(CHUNK);
                    if (!t.writesBlock()) {
                        Thread.sleep(1); // datagrams the peer does not read are dropped: no need to flood
                    }
                }
            } catch (IOException e) {
                checkClosed("c1.write cut by close", e);
                checkNames("c1.write cut by close", e, "write", c1, t);
            }
        });
        Thread.sleep(SETTLE_MILLIS);
        long start = System.currentTimeMillis();
        c1.close();
        long took = System.currentTimeMillis() - start;
        Check.isTrue(took < PROMPT_MILLIS, "c1.close() with a write in progress took " + took + " ms, want < "
                + PROMPT_MILLIS);
        g.await();
        if (!t.peerClose()) {
            // UDP: no end reaches c2; it reads what arrived, whole datagrams, until its deadline.
            c2.setReadDeadline(inMillis(200));
            byte[] b = new byte[CHUNK];
            IOException e = Check.raises(IOException.class, "c2.read after c1's close (UDP has no peer close)", () -> {
                while (true) {
                    Check.equal("c2.read datagram size", c2.read(b), CHUNK);
                }
            });
            checkTimeout("c2.read after c1's close (UDP has no peer close)", e);
            return;
        }
        long got = readPatternToEnd(c2);
        Check.isTrue(got >= written.get() && got <= written.get() + CHUNK, "c2 read " + got
                + " bytes before the end, want the " + written.get() + " of writes that returned (plus at most the"
                + " cut one's " + CHUNK + ")");
    }

    /** Byte {@code i} of {@code b} is stream byte {@code at + i}: (at + i) mod 251. */
    private static void pattern(byte[] b, long at) {
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) ((at + i) % 251);
        }
    }

    /** Reads until -1 (or an error that is not a timeout), checking the pattern; the byte count. */
    private static long readPatternToEnd(Conn c) throws IOException {
        byte[] b = new byte[CHUNK];
        long at = 0;
        try {
            for (int n; (n = c.read(b)) >= 0; ) {
                for (int i = 0; i < n; i++) {
                    if (b[i] != (byte) ((at + i) % 251)) {
                        throw new AssertionError("c2 byte " + (at + i) + " = " + b[i] + ", want "
                                + (byte) ((at + i) % 251) + ": not what c1 wrote there");
                    }
                }
                at += n;
            }
        } catch (IOException e) {
            if (e instanceof NetError ne && ne.isTimeout()) {
                throw new AssertionError("c2 saw no end within " + END_MILLIS + " ms of c1's close, after "
                        + at + " bytes", e);
            }
            // an error is an end too (a reset, a close frame that is not a clean end)
        }
        return at;
    }

    /**
     * After the peer closed and this end read the end, writes fail soon, with the peer's close (a
     * broken pipe, a reset, its close frame), never with this end's closed error nor a timeout;
     * this end is still open and its own close() succeeds. UDP has no peer close: the write goes out.
     */
    static void writeAfterPeerClose(Conn c1, Conn c2, ConnTraits t) throws Exception {
        // Set before the close: a Go pipe (and TLS over one) refuses deadlines once the other end closed.
        c1.setReadDeadline(inMillis(END_MILLIS));
        c2.close();
        if (!t.peerClose()) {
            c1.write(bytes("after")); // sent; a later call may report the ICMP answer as connection refused
            c1.close();
            return;
        }
        try {
            Check.equal("c1.read after the peer's close", c1.read(new byte[CHUNK]), -1);
        } catch (IOException e) {
            Check.isTrue(!(e instanceof NetError ne && ne.isTimeout()), "c1 saw no end of the peer's close within "
                    + END_MILLIS + " ms");
            Check.isTrue(!Sentinel.CLOSED.in(e), "c1.read after the peer's close: \"" + e.getMessage()
                    + "\", the error of a conn closed here");
        }
        long until = System.currentTimeMillis() + PROMPT_MILLIS;
        IOException failed = null;
        while (failed == null && System.currentTimeMillis() < until) {
            try {
                c1.write(bytes("after"));
                Thread.sleep(10); // a socket's first write draws the reset that fails a later one
            } catch (IOException e) {
                failed = e;
            }
        }
        Check.isTrue(failed != null, "writes after the peer's close still succeeded after " + PROMPT_MILLIS + " ms");
        String what = "c1.write after the peer's close";
        Check.isTrue(failed instanceof NetError ne && !ne.isTimeout(), what + ": got " + failed
                + ", want a NetError that is not a timeout");
        Check.isTrue(!Sentinel.CLOSED.in(failed), what + ": \"" + failed.getMessage()
                + "\", the error of a conn closed here; c1 is open");
        if (failed instanceof NetException) {
            checkNames(what, failed, "write", c1, t);
        } else {
            Check.isTrue(t.goPipe(), what + ": got bare " + failed + ", want a NetException");
        }
        c1.close(); // open until now: the first close succeeds
    }
}
