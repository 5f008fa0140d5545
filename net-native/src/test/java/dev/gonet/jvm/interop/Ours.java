package dev.gonet.jvm.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gonet.Addr;
import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.PacketConn;
import dev.gonet.TCPConn;
import dev.gonet.UnixConn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** gonet's side of the interop tests: echo servers on our listeners, and our half-closing client. */
final class Ours {
    /** Every call on our sockets gets this long; a hang becomes a timeout failure, not a stuck build. */
    static final Duration IO_LIMIT = Duration.ofSeconds(20);

    private Ours() {
    }

    static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    static void closeWrite(Conn c) throws IOException {
        if (c instanceof TCPConn t) {
            t.closeWrite();
        } else if (c instanceof UnixConn u) {
            u.closeWrite();
        } else {
            throw new AssertionError("no closeWrite on " + c.getClass().getName());
        }
    }

    /**
     * Our client half of the half-close check: writes {@code data} (on another thread, so a large
     * payload cannot deadlock against an echoing peer), closes the write side, reads the whole
     * reply until EOF, and checks that EOF stays EOF.
     */
    static byte[] exchange(Conn c, byte[] data) throws Exception {
        c.setDeadline(Instant.now().plus(IO_LIMIT));
        BlockingQueue<Object> wrote = new ArrayBlockingQueue<>(1);
        Thread writer = Thread.ofVirtual().name("interop-writer").start(() -> {
            try {
                // uneven pieces, so the peer sees writes that straddle its buffer sizes
                for (int off = 0, step = 1; off < data.length; off += step, step = step > 100_000 ? 1 : step * 3 + 7) {
                    c.write(data, off, Math.min(step, data.length - off));
                }
                closeWrite(c);
                wrote.add(Boolean.TRUE);
            } catch (Throwable t) {
                wrote.add(t);
            }
        });
        ByteArrayOutputStream got = new ByteArrayOutputStream(data.length);
        byte[] buf = new byte[32 * 1024];
        for (int n; (n = c.read(buf, 0, buf.length)) != -1; ) {
            got.write(buf, 0, n);
        }
        assertEquals(-1, c.read(buf, 0, buf.length), "a read after EOF must report EOF again");
        Object w = wrote.poll(IO_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        writer.join(1000);
        if (w instanceof Throwable t) {
            throw new AssertionError("our writer failed", t);
        }
        assertEquals(Boolean.TRUE, w, "our writer did not finish");
        return got.toByteArray();
    }

    /** Asserts equal content with a short message instead of a megabyte dump. */
    static void assertSameBytes(byte[] want, byte[] got, String what) {
        if (want.length != got.length) {
            throw new AssertionError(what + ": got " + got.length + " bytes, want " + want.length);
        }
        assertArrayEquals(want, got, what);
    }

    /** What our echo server saw on one connection. */
    record Seen(long bytes, String sha256, Throwable failure) {
    }

    /**
     * An echo server on one of our listeners: copies each connection back until the peer's EOF,
     * then half-closes and closes, and reports how many bytes (and which) it saw.
     */
    static final class StreamEcho implements AutoCloseable {
        private final Listener ln;
        private final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();

        StreamEcho(Listener ln) {
            this.ln = ln;
            Thread.ofVirtual().name("echo-accept").start(() -> {
                try {
                    while (true) {
                        Conn c = ln.accept();
                        Thread.ofVirtual().name("echo-conn").start(() -> serve(c));
                    }
                } catch (IOException e) {
                    // the listener closed: the test is over
                }
            });
        }

        private void serve(Conn c) {
            long total = 0;
            try (c) {
                c.setDeadline(Instant.now().plus(IO_LIMIT));
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                byte[] buf = new byte[64 * 1024];
                for (int n; (n = c.read(buf, 0, buf.length)) != -1; ) {
                    md.update(buf, 0, n);
                    c.write(buf, 0, n);
                    total += n;
                }
                closeWrite(c);
                seen.add(new Seen(total, HexFormat.of().formatHex(md.digest()), null));
            } catch (Throwable t) {
                seen.add(new Seen(total, "", t));
            }
        }

        Addr addr() {
            return ln.addr();
        }

        /** The next finished connection; fails if our side failed or none finished in time. */
        Seen next() throws InterruptedException {
            Seen s = seen.poll(IO_LIMIT.toMillis() + 5000, TimeUnit.MILLISECONDS);
            if (s == null) {
                throw new AssertionError("our echo server finished no connection in time");
            }
            if (s.failure() != null) {
                throw new AssertionError("our echo server failed after " + s.bytes() + " bytes", s.failure());
            }
            return s;
        }

        @Override
        public void close() throws IOException {
            ln.close();
        }
    }

    /** A datagram echo on our packet socket (readFrom, then writeTo the sender); keeps what it got. */
    static final class PacketEcho implements AutoCloseable {
        private final PacketConn pc;
        final BlockingQueue<byte[]> got = new LinkedBlockingQueue<>();
        final BlockingQueue<Throwable> failures = new LinkedBlockingQueue<>();

        PacketEcho(PacketConn pc) {
            this.pc = pc;
            Thread.ofVirtual().name("udp-echo").start(() -> {
                byte[] buf = new byte[65536];
                try {
                    while (true) {
                        PacketConn.Packet p = pc.readFrom(buf);
                        got.add(java.util.Arrays.copyOf(buf, p.n()));
                        pc.writeTo(buf, 0, p.n(), p.addr());
                    }
                } catch (IOException e) {
                    if (!closed) {
                        failures.add(e);
                    }
                }
            });
        }

        private volatile boolean closed;

        Addr addr() {
            return pc.localAddr();
        }

        void assertNoFailure() {
            Throwable t = failures.peek();
            if (t != null) {
                throw new AssertionError("our UDP echo failed", t);
            }
        }

        @Override
        public void close() throws IOException {
            closed = true;
            pc.close();
        }
    }
}
