package dev.gonet.testkit;

import dev.gonet.Addr;
import dev.gonet.Conn;
import dev.gonet.NetError;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

/** The helpers of Go's conntest.go (chunkedCopy, testRoundtrip, resyncConn, checkForTimeoutError). */
final class ConnIO {
    /** Go's {@code aLongTimeAgo}: a deadline certainly in the past. */
    static final Instant A_LONG_TIME_AGO = Instant.ofEpochSecond(233431200);

    /** Chunk size of every copy, as Go's chunkedCopy (fits any packet-based transport). */
    static final int CHUNK = 1024;

    private ConnIO() {
    }

    /** Deterministic pseudo-random bytes (Go seeds with 0 too). */
    static byte[] random(int n, long seed) {
        Random r = new Random(seed);
        byte[] b = new byte[n];
        for (int i = 0; i < n; i += 4) {
            int v = r.nextInt();
            for (int j = 0; j < 4 && i + j < n; j++) {
                b[i + j] = (byte) (v >>> (8 * j));
            }
        }
        return b;
    }

    /** Writes {@code data} in {@link #CHUNK}-sized writes. */
    static void writeChunked(Conn c, byte[] data) throws IOException {
        for (int off = 0; off < data.length; off += CHUNK) {
            c.write(data, off, Math.min(CHUNK, data.length - off));
        }
    }

    /** Go's {@code chunkedCopy(c, c)}: echoes everything back until EOF or an error. */
    static void echo(Conn c) throws IOException {
        byte[] b = new byte[CHUNK];
        for (int n; (n = c.read(b, 0, b.length)) >= 0; ) {
            c.write(b, 0, n);
        }
    }

    /** Go's {@code chunkedCopy(io.Discard, c)}. */
    static void discard(Conn c) throws IOException {
        byte[] b = new byte[CHUNK];
        while (c.read(b, 0, b.length) >= 0) {
            // drop it
        }
    }

    /** Go's {@code chunkedCopy(c, rand.New(...))}: writes random chunks until an error. */
    static void flood(Conn c) throws IOException {
        Random r = new Random(0);
        byte[] b = new byte[CHUNK];
        while (true) {
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) r.nextInt(255); // never 0xff, which resync uses as its marker
            }
            c.write(b, 0, b.length);
        }
    }

    /** Go's {@code io.ReadFull}: fills {@code b} or fails; returns false on EOF before any byte. */
    static boolean readFull(Conn c, byte[] b) throws IOException {
        int got = 0;
        while (got < b.length) {
            int n = c.read(b, got, b.length - got);
            if (n < 0) {
                if (got == 0) {
                    return false;
                }
                throw new AssertionError("unexpected EOF after " + got + " of " + b.length + " bytes");
            }
            got += n;
        }
        return true;
    }

    /** Reads exactly {@code n} bytes. */
    static byte[] readN(Conn c, int n) throws IOException {
        byte[] b = new byte[n];
        if (!readFull(c, b)) {
            throw new AssertionError("unexpected EOF, want " + n + " bytes");
        }
        return b;
    }

    /** Go's {@code testRoundtrip}: writes a greeting and reads it back (needs an echoing peer). */
    static void roundtrip(Conn c) throws IOException {
        c.setDeadline(null);
        byte[] want = "Hello, world!".getBytes(StandardCharsets.UTF_8);
        c.write(want);
        byte[] got = readN(c, want.length);
        if (!Arrays.equals(got, want)) {
            throw new AssertionError("roundtrip data mismatch: got \"" + text(got) + "\", want \"" + text(want) + "\"");
        }
    }

    /**
     * Go's {@code resyncConn}: with an echoing peer, writes a 0xff marker and reads until it comes
     * back, skipping whatever earlier (timed-out) writes left on the wire.
     */
    static void resync(Conn c) throws IOException {
        c.setDeadline(null);
        Group g = new Group();
        g.go("resync marker write", () -> c.write(new byte[] {(byte) 0xff}));
        byte[] b = new byte[CHUNK];
        while (true) {
            int n = c.read(b, 0, b.length);
            if (n < 0) {
                throw new AssertionError("resync: unexpected EOF");
            }
            if (n > 0 && indexOfFF(b, n) == n - 1) {
                break;
            }
        }
        g.await();
    }

    private static int indexOfFF(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] == (byte) 0xff) {
                return i;
            }
        }
        return -1;
    }

    /** Go's {@code checkForTimeoutError}: a {@link NetError} whose {@code isTimeout()} is true. */
    static void checkTimeout(String what, Throwable e) {
        if (!(e instanceof NetError ne)) {
            throw new AssertionError(what + ": got " + e + ", want a NetError");
        }
        if (!ne.isTimeout()) {
            throw new AssertionError(what + ": got error \"" + e.getMessage() + "\", want isTimeout() = true");
        }
    }

    /**
     * The error of a call on a closed end: a {@link NetError} that is not a timeout, carrying
     * {@link Sentinel#CLOSED} (network connections) or {@link Sentinel#CLOSED_PIPE} (pipes), and
     * whose text ends with that sentinel's Go text.
     */
    static void checkClosed(String what, Throwable e) {
        if (!(e instanceof NetError ne)) {
            throw new AssertionError(what + ": got " + e + ", want a NetError");
        }
        if (ne.isTimeout()) {
            throw new AssertionError(what + ": got timeout \"" + e.getMessage() + "\", want the closed error");
        }
        Sentinel kind = Sentinel.of(e);
        if (kind != Sentinel.CLOSED && kind != Sentinel.CLOSED_PIPE) {
            throw new AssertionError(what + ": got \"" + e.getMessage() + "\" (kind " + kind
                    + "), want kind CLOSED or CLOSED_PIPE");
        }
        String msg = String.valueOf(e.getMessage());
        if (!msg.endsWith(kind.text())) {
            throw new AssertionError(what + ": text \"" + msg + "\" does not end with \"" + kind.text() + "\"");
        }
    }

    /**
     * {@code e}, an error of {@code op} on {@code c}, names {@code c} as Go's {@code OpError}
     * does: op, then source {@code c.localAddr()} and address {@code c.remoteAddr()} ({@code set}:
     * no source, the local address as address), or no addresses on network {@code pipe}, whose
     * address says nothing. A Go pipe's closed error is bare ({@code io.ErrClosedPipe}) and names
     * nothing.
     */
    static void checkNames(String what, Throwable e, String op, Conn c, ConnTraits t) {
        if (!(e instanceof NetException ne)) {
            Check.isTrue(t.goPipe() && Sentinel.of(e) == Sentinel.CLOSED_PIPE,
                    what + ": got " + e + ", want a NetException (only a Go pipe's closed error is bare)");
            return;
        }
        Check.equal(what + " op()", ne.op(), op);
        boolean pipe = c.localAddr().network().equals("pipe");
        Addr source = pipe || op.equals("set") ? null : c.localAddr();
        Addr addr = pipe ? null : op.equals("set") ? c.localAddr() : c.remoteAddr();
        Check.equal(what + " source()", ne.source(), source);
        Check.equal(what + " addr()", ne.addr(), addr);
    }

    /** Fails with {@code what: returned normally, want <wanted>}. */
    static AssertionError noError(String what, String wanted) {
        return new AssertionError(what + ": returned normally, want " + wanted);
    }

    static Instant inMillis(long ms) {
        return Instant.now().plusMillis(ms);
    }

    static void sleep(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
