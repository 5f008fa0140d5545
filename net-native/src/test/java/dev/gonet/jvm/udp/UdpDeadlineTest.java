package dev.gonet.jvm.udp;

import static dev.gonet.jvm.udp.Udp.bytes;
import static dev.gonet.jvm.udp.Udp.closeAll;
import static dev.gonet.jvm.udp.Udp.dial;
import static dev.gonet.jvm.udp.Udp.fails;
import static dev.gonet.jvm.udp.Udp.listen;
import static dev.gonet.jvm.udp.Udp.read;
import static dev.gonet.jvm.udp.Udp.recv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.UDPConn;
import dev.gonet.jvm.VirtualThreads;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Per-direction deadlines that move while a call is blocked, and close waking blocked calls. */
class UdpDeadlineTest {

    /** Runs {@code call} on a virtual thread; the future holds its result or its exception. */
    static <T> CompletableFuture<T> async(Callable<T> call) {
        return VirtualThreads.start(Thread.ofVirtual().name("udp-test"), call);
    }

    /** The exception {@code f} completes with, within {@link Udp#PATIENCE}. */
    static NetException failure(CompletableFuture<?> f) throws Exception {
        try {
            Object v = f.get(Udp.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            throw new AssertionError("call returned " + v + ", want an error");
        } catch (java.util.concurrent.ExecutionException e) {
            return (NetException) e.getCause();
        }
    }

    /**
     * Gives a started call time to park in the poller. Each test holds even if it has not parked
     * yet (a deadline or close applies to pending and future calls alike); this only makes the
     * "moved while blocked" path the one usually taken.
     */
    static void awaitBlocked() throws InterruptedException {
        Thread.sleep(50);
    }

    @Test
    void pastDeadlineFailsAtOnceThenTheQueuedDatagramIsRead() throws Exception {
        UDPConn a = listen("udp", "127.0.0.1:0");
        UDPConn b = listen("udp", "127.0.0.1:0");
        try {
            a.writeTo(bytes("waiting"), b.localAddr());
            b.setReadDeadline(Instant.now().minusSeconds(1));
            NetException e = fails(() -> b.readFrom(new byte[100]));
            assertEquals("read udp " + b.localAddr() + ": i/o timeout", e.getMessage());
            assertTrue(e.isTimeout(), "isTimeout");
            assertTrue(Sentinel.DEADLINE_EXCEEDED.in(e), "DEADLINE_EXCEEDED.in(err)");
            assertEquals("waiting", recv(b, 100).text(), "no datagram lost to the timeout");
        } finally {
            closeAll(a, b);
        }
    }

    @Test
    void futureDeadlineTimesOutThenTheSocketStillWorks() throws Exception {
        UDPConn srv = listen("udp", "127.0.0.1:0");
        UDPConn c = dial("udp", srv.localAddr().toString());
        try {
            long start = System.nanoTime();
            c.setReadDeadline(Instant.now().plusMillis(80));
            NetException e = fails(() -> c.read(new byte[10]));
            long took = (System.nanoTime() - start) / 1_000_000;
            assertTrue(took >= 70, "timed out after " + took + " ms, want about 80");
            assertEquals("read udp " + c.localAddr() + "->" + c.remoteAddr() + ": i/o timeout", e.getMessage());
            e = fails(() -> c.readFrom(new byte[10]));
            assertTrue(e.isTimeout(), "the passed deadline keeps failing reads: " + e.getMessage());
            c.setReadDeadline(null);
            srv.writeTo(bytes("late"), c.localAddr());
            assertEquals("late", new String(read(c, 10)));
        } finally {
            closeAll(srv, c);
        }
    }

    @Test
    void deadlineSetFromAnotherThreadWakesABlockedReader() throws Exception {
        UDPConn b = listen("udp", "127.0.0.1:0");
        try {
            CompletableFuture<Object> r = async(() -> b.readFrom(new byte[10]));
            awaitBlocked();
            assertFalse(r.isDone(), "reader should block: nothing was sent");
            b.setReadDeadline(Instant.now().plusMillis(30));
            NetException e = failure(r);
            assertTrue(e.isTimeout(), e.getMessage());
        } finally {
            closeAll(b);
        }
    }

    @Test
    void deadlineExtendedWhileBlockedLetsTheReadSucceed() throws Exception {
        UDPConn a = listen("udp", "127.0.0.1:0");
        UDPConn b = listen("udp", "127.0.0.1:0");
        try {
            b.setReadDeadline(Instant.now().plusMillis(400)); // room for a slow machine to start the reader
            CompletableFuture<Integer> r = async(() -> b.readFrom(new byte[10]).n());
            awaitBlocked();
            b.setReadDeadline(Instant.now().plus(Udp.PATIENCE)); // moved out while parked
            Thread.sleep(450); // past the first deadline
            assertFalse(r.isDone(), "the old deadline must no longer apply");
            a.writeTo(bytes("12345"), b.localAddr());
            assertEquals(5, r.get(Udp.PATIENCE.toMillis(), TimeUnit.MILLISECONDS));
        } finally {
            closeAll(a, b);
        }
    }

    @Test
    void readAndWriteDeadlinesAreSeparate() throws Exception {
        UDPConn a = listen("udp", "127.0.0.1:0");
        UDPConn b = listen("udp", "127.0.0.1:0");
        UDPConn c = dial("udp", b.localAddr().toString());
        try {
            a.setReadDeadline(Instant.now().minusSeconds(1));
            a.writeTo(bytes("w"), b.localAddr()); // a passed read deadline does not stop writes
            assertEquals("w", recv(b, 10).text());
            a.setWriteDeadline(Instant.now().minusSeconds(1));
            NetException e = fails(() -> a.writeTo(bytes("x"), b.localAddr()));
            assertEquals("write udp " + a.localAddr() + "->" + b.localAddr() + ": i/o timeout", e.getMessage());
            c.setDeadline(Instant.now().minusSeconds(1));
            e = fails(() -> c.write(bytes("x")));
            assertEquals("write udp " + c.localAddr() + "->" + c.remoteAddr() + ": i/o timeout", e.getMessage());
            c.setDeadline(null);
            c.write(bytes("ok"));
            assertEquals("ok", recv(b, 10).text());
        } finally {
            closeAll(a, b, c);
        }
    }

    @Test
    void closeWakesBlockedReadersWithTheClosedError() throws Exception {
        UDPConn b = listen("udp", "127.0.0.1:0");
        UDPConn srv = listen("udp", "127.0.0.1:0");
        UDPConn c = dial("udp", srv.localAddr().toString());
        try {
            CompletableFuture<Object> r1 = async(() -> b.readFrom(new byte[10]));
            CompletableFuture<Object> r2 = async(() -> b.read(new byte[10]));
            CompletableFuture<Object> r3 = async(() -> c.read(new byte[10]));
            awaitBlocked();
            b.close();
            c.close();
            for (CompletableFuture<Object> r : java.util.List.of(r1, r2)) {
                NetException e = failure(r);
                assertEquals("read udp " + b.localAddr() + ": use of closed network connection", e.getMessage());
                assertTrue(Sentinel.CLOSED.in(e), "CLOSED.in(err)");
                assertFalse(e.isTimeout(), "closed is not a timeout");
            }
            assertEquals("read udp " + c.localAddr() + "->" + c.remoteAddr() + ": use of closed network connection",
                    failure(r3).getMessage());
        } finally {
            closeAll(srv);
        }
    }

    @Test
    void everyCallAfterCloseFailsAsInGo() throws Exception {
        UDPConn srv = listen("udp", "127.0.0.1:0");
        UDPConn b = listen("udp", "127.0.0.1:0");
        UDPConn c = dial("udp", srv.localAddr().toString());
        b.close();
        c.close();
        srv.close();
        String l = b.localAddr().toString();
        String pair = c.localAddr() + "->" + c.remoteAddr();
        String closed = ": use of closed network connection";
        assertEquals("read udp " + l + closed, fails(() -> b.readFrom(new byte[1])).getMessage());
        assertEquals("write udp " + l + "->" + srv.localAddr() + closed,
                fails(() -> b.writeTo(bytes("x"), srv.localAddr())).getMessage());
        assertEquals("close udp " + l + closed, fails(b::close).getMessage());
        assertEquals("set udp " + l + closed, fails(() -> b.setDeadline(Instant.now())).getMessage());
        assertEquals("set udp " + l + closed, fails(() -> b.setReadDeadline(null)).getMessage());
        assertEquals("set udp " + l + closed, fails(() -> b.setWriteDeadline(null)).getMessage());
        assertEquals("set udp " + l + closed, fails(() -> b.setReadBuffer(1024)).getMessage());
        assertEquals("read udp " + pair + closed, fails(() -> c.read(new byte[1])).getMessage());
        assertEquals("read udp " + pair + closed, fails(() -> c.read(new byte[0])).getMessage());
        assertEquals("write udp " + pair + closed, fails(() -> c.write(bytes("x"))).getMessage());
        assertEquals("close udp " + pair + closed, fails(c::close).getMessage());
        assertEquals("set udp " + c.localAddr() + closed, fails(() -> c.setWriteBuffer(1024)).getMessage());
        // Go checks "connected" before the descriptor: writeTo on a closed dialed socket says so.
        assertEquals("write udp " + c.localAddr() + "->" + srv.localAddr()
                + ": use of WriteTo with pre-connected connection",
                fails(() -> c.writeTo(bytes("x"), srv.localAddr())).getMessage());
    }
}
