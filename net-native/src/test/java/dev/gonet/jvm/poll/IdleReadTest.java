package dev.gonet.jvm.poll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.NetError;
import dev.gonet.Sentinel;
import dev.gonet.internal.IdleReadable;
import dev.gonet.jvm.Loopback;
import dev.gonet.jvm.VirtualThreads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The buffer-free idle wait with a read on offer ({@link IdleReadable#awaitRead}), as the HTTP
 * server's keep-alive connections wait: the caller holds no buffer while it waits, and the
 * poller's waiter takes one from the caller's supplier only when it reads for it, after a quiet
 * spell. Run in every poll mode: in {@code vpoller} the waiter reads (the supplier is called once,
 * on its thread); elsewhere the wait returns 0 and the caller reads, never calling the supplier.
 */
class IdleReadTest {
    private static final boolean VPOLLER = "vpoller".equals(PollDesc.modeName());
    /** The thread of the last {@link #awaitLater}. */
    private static volatile Thread awaitThread;

    /** A supplier that records who called it, and when. */
    private static final class Buffers implements Supplier<byte[]> {
        final List<Thread> callers = new ArrayList<>();
        final List<byte[]> given = new ArrayList<>();

        @Override
        public synchronized byte[] get() {
            callers.add(Thread.currentThread());
            byte[] b = new byte[4096];
            given.add(b);
            return b;
        }

        synchronized int calls() {
            return callers.size();
        }
    }

    @Test
    void theBufferIsTakenOnlyWhenBytesCome() throws Exception {
        try (Loopback.Pair<Conn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            IdleReadable idle = (IdleReadable) p.server();
            for (int round = 0; round < 5; round++) {
                Buffers bufs = new Buffers();
                long reads = VPoller.handOffs()[2];
                Thread.sleep(30); // a quiet spell: the waiter has the selector
                CompletableFuture<Integer> wait = awaitLater(idle, bufs);
                Thread.sleep(30);
                assertEquals(0, bufs.calls(), "round " + round + ": a buffer was taken before any byte came");
                String msg = "request " + round;
                p.client().write(msg.getBytes(StandardCharsets.US_ASCII));
                int n = wait.get(5, TimeUnit.SECONDS);
                byte[] into;
                if (VPOLLER) {
                    assertTrue(n > 0, "round " + round + ": the waiter did not read for the idle wait: " + n);
                    assertEquals(1, bufs.calls(), "round " + round + ": buffers taken");
                    Thread taker = bufs.callers.get(0);
                    assertTrue(taker != awaitThread && !taker.isVirtual(), "the buffer was taken on " + taker);
                    assertTrue(VPoller.handOffs()[2] > reads, "round " + round + ": no read counted for the waiter");
                    into = bufs.given.get(0);
                } else { // nothing read for us: read as the HTTP server then does
                    assertEquals(0, n, "round " + round + ": mode " + PollDesc.modeName() + " has no waiter to read");
                    assertEquals(0, bufs.calls(), "round " + round + ": a buffer taken, nothing read into it");
                    into = new byte[4096];
                    n = idle.readNow(into, 0, into.length);
                }
                assertEquals(msg, new String(into, 0, n, StandardCharsets.US_ASCII), "round " + round);
            }
        }
    }

    @Test
    void endOfStreamCloseAndDeadlineReachTheIdleWait() throws Exception {
        try (Loopback.Pair<Conn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            IdleReadable idle = (IdleReadable) p.server();
            Buffers bufs = new Buffers();
            CompletableFuture<Integer> wait = awaitLater(idle, bufs);
            Thread.sleep(30);
            p.client().close();
            int n = wait.get(5, TimeUnit.SECONDS);
            if (n == 0) {
                n = idle.readNow(new byte[16], 0, 16);
            }
            assertEquals(-1, n, "end of stream");
        }
        try (Loopback.Pair<Conn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            Buffers bufs = new Buffers();
            CompletableFuture<Integer> wait = awaitLater((IdleReadable) p.server(), bufs);
            Thread.sleep(30);
            p.server().close();
            IOException e = WaiterReadTest.failure(wait);
            assertTrue(Sentinel.CLOSED.in(e), "CLOSED.in(" + e + ")");
            assertTrue(e.getMessage().endsWith("use of closed network connection"), e.getMessage());
            assertEquals(0, bufs.calls(), "a buffer taken for a closed conn");
        }
        try (Loopback.Pair<Conn> p = Loopback.pair("tcp", "127.0.0.1:0")) {
            Buffers bufs = new Buffers();
            p.server().setReadDeadline(Instant.now().plusMillis(50));
            CompletableFuture<Integer> wait = awaitLater((IdleReadable) p.server(), bufs);
            IOException e = WaiterReadTest.failure(wait);
            assertTrue(e instanceof NetError ne && ne.isTimeout(), e.toString());
            assertEquals("read tcp " + p.server().localAddr() + "->" + p.server().remoteAddr() + ": i/o timeout",
                    e.getMessage());
            assertEquals(0, bufs.calls(), "a buffer taken for a wait that timed out");
        }
    }

    /** A supplier that fails fails the wait it was offered by, with its own error; the poller goes on. */
    @Test
    void aFailingSupplierFailsOnlyItsOwnWait() throws Exception {
        IllegalStateException boom = new IllegalStateException("no buffer to be had");
        try (Loopback.Pair<Conn> p = Loopback.pair("tcp", "127.0.0.1:0");
                Loopback.Pair<Conn> q = Loopback.pair("tcp", "127.0.0.1:0")) {
            Thread.sleep(30);
            CompletableFuture<Integer> wait = awaitLater((IdleReadable) p.server(), () -> {
                throw boom;
            });
            Thread.sleep(30);
            p.client().write(new byte[] {42});
            try {
                assertEquals(0, wait.get(5, TimeUnit.SECONDS), "a count with no buffer to read into");
                assertTrue(!VPOLLER, "the waiter did not take the offer");
            } catch (ExecutionException e) {
                assertSame(boom, e.getCause());
            }
            byte[] one = new byte[1]; // nothing was read into nothing: the byte is still there
            assertEquals(1, ((IdleReadable) p.server()).readNow(one, 0, 1));
            assertEquals(42, one[0]);
            Thread.sleep(30);
            q.client().write(new byte[] {7}); // the poller goes on for other conns
            assertEquals(1, q.server().read(one));
            assertEquals(7, one[0]);
        }
    }

    private static CompletableFuture<Integer> awaitLater(IdleReadable idle, Supplier<byte[]> buffer) {
        return VirtualThreads.start(() -> {
            awaitThread = Thread.currentThread();
            return idle.awaitRead(buffer);
        });
    }
}
