package dev.gonet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Addr;
import dev.gonet.MemAddr;
import dev.gonet.NetException;
import dev.gonet.PipeAddr;
import dev.gonet.Sentinel;
import dev.gonet.SentinelException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The shared core of every Conn: its error texts, closing rules, deadline setters and wake-ups. */
class ConnCoreTest {
    static final Addr A = new MemAddr("a");
    static final Addr B = new MemAddr("b");
    static final Instant LONG_AGO = Instant.ofEpochSecond(233431200);

    /** A core and the error text one call on it gives. */
    record Row(String what, ConnCore core, Function<ConnCore, IOException> call, String want) {
    }

    static ConnCore mem() {
        return ConnCore.onMonitor("mem", new Object()).setAddr(A, B);
    }

    static ConnCore closed(ConnCore c) {
        c.markClosed();
        return c;
    }

    @Test
    void errorTextsAreGosOpErrors() {
        List<Row> rows = List.of(
                new Row("closed read", mem(), c -> c.closedError("read"), "read mem a->b: use of closed network connection"),
                new Row("timeout", mem(), c -> c.timeout("write"), "write mem a->b: i/o timeout"),
                new Row("set on closed", mem(), ConnCore::setError, "set mem a: use of closed network connection"),
                new Row("wrapped once", mem(), c -> c.opError("read",
                        new NetException("write", "tcp", A, B, Sentinel.BROKEN_PIPE.exception())),
                        "read mem a->b: broken pipe"),
                new Row("no remote (unconnected)", ConnCore.onMonitor("udp", new Object()).setAddr(A, null),
                        c -> c.timeout("read"), "read udp a: i/o timeout"),
                new Row("datagram destination", mem(), c -> c.opError("write", new MemAddr("c"),
                        Sentinel.INVALID_ARGUMENT.exception()), "write mem a->c: invalid argument"),
                new Row("network pipe: no addresses", ConnCore.onMonitor("pipe", new Object())
                        .setAddr(PipeAddr.PIPE, PipeAddr.PIPE), c -> c.closedError("read"),
                        "read pipe: use of closed network connection"),
                new Row("network pipe: set", ConnCore.onMonitor("pipe", new Object())
                        .setAddr(PipeAddr.PIPE, PipeAddr.PIPE), ConnCore::setError,
                        "set pipe: use of closed network connection"),
                new Row("Go pipe: closed is bare", ConnCore.pipe(new Object()), c -> c.closedError("read"),
                        "io: read/write on closed pipe"),
                new Row("Go pipe: timeout", ConnCore.pipe(new Object()), c -> c.timeout("read"), "read pipe: i/o timeout"));
        for (Row r : rows) {
            assertEquals(r.want(), r.call().apply(r.core()).getMessage(), r.what());
        }
    }

    @Test
    void closeOnceThenTheClosedErrorOrQuietForAPipe() throws IOException {
        ConnCore c = mem();
        assertTrue(c.beginClose(), "first beginClose");
        assertTrue(c.isClosed(), "isClosed() after close");
        NetException again = assertThrows(NetException.class, c::beginClose);
        assertEquals("close mem a->b: use of closed network connection", again.getMessage());
        assertTrue(Sentinel.CLOSED.in(again), "CLOSED.in(second close)");
        assertFalse(c.markClosed(), "markClosed() when closed");

        ConnCore p = ConnCore.pipe(new Object());
        assertTrue(p.beginClose(), "pipe: first beginClose");
        assertFalse(p.beginClose(), "pipe: second beginClose is quiet");
    }

    @Test
    void settersFailOnceClosedAndStoreOtherwise() throws IOException {
        ConnCore c = mem();
        c.setDeadline(LONG_AGO);
        assertEquals(LONG_AGO.toEpochMilli(), c.readDeadline(), "read deadline");
        assertEquals(LONG_AGO.toEpochMilli(), c.writeDeadline(), "write deadline");
        c.setReadDeadline(null);
        assertEquals(Deadline.NONE, c.readDeadline(), "read deadline cleared");
        assertTrue(c.writeDeadlinePassed(), "write deadline passed");
        closed(c);
        for (String what : new String[] {"setDeadline", "setReadDeadline", "setWriteDeadline"}) {
            NetException e = assertThrows(NetException.class, () -> {
                switch (what) {
                    case "setDeadline" -> c.setDeadline(null);
                    case "setReadDeadline" -> c.setReadDeadline(null);
                    default -> c.setWriteDeadline(null);
                }
            }, what);
            assertEquals("set mem a: use of closed network connection", e.getMessage(), what);
        }
        c.moveDeadlines(true, true, 5); // the poll-level setter does not check
        assertEquals(5, c.readDeadline(), "moveDeadlines on a closed core");
    }

    @Test
    void checksGoClosedFirstThenDeadlineBareOrWrapped() throws IOException {
        ConnCore c = mem();
        c.setReadDeadline(LONG_AGO);
        SentinelException bare = assertThrows(SentinelException.class, c::checkRead);
        assertSame(Sentinel.DEADLINE_EXCEEDED, bare.kind());
        assertEquals("read mem a->b: i/o timeout", assertThrows(NetException.class, c::prepareRead).getMessage());
        c.checkWrite(); // no write deadline
        closed(c);
        assertSame(Sentinel.CLOSED, assertThrows(SentinelException.class, c::checkRead).kind(), "closed before timeout");
        assertEquals("write mem a->b: use of closed network connection",
                assertThrows(NetException.class, c::prepareWrite).getMessage());
        ConnCore p = closed(ConnCore.pipe(new Object()));
        assertSame(Sentinel.CLOSED_PIPE, assertThrows(SentinelException.class, p::checkWrite).kind(), "pipe");
    }

    @Test
    void theWakerHearsOfEveryChangeOnce() throws IOException {
        List<String> heard = new ArrayList<>();
        ConnCore c = ConnCore.withWaker("tcp", new ConnCore.Waker() {
            @Override
            public void deadlineMoved(boolean read, boolean write) {
                heard.add("moved " + read + " " + write);
            }

            @Override
            public void closed() {
                heard.add("closed");
            }
        });
        c.setReadDeadline(null);
        c.setWriteDeadline(null);
        c.setDeadline(null);
        c.markClosed();
        c.markClosed();
        assertEquals(List.of("moved true false", "moved false true", "moved true true", "closed"), heard);
        assertNull(c.localAddr(), "no addresses until setAddr");
    }

    @Test
    void aBlockedWaitWakesOnCloseAndOnAMovedDeadline() throws Exception {
        Object lock = new Object();
        ConnCore c = ConnCore.onMonitor("mem", lock);
        List<Object> out = new ArrayList<>();
        Thread t = new Thread(() -> {
            synchronized (lock) {
                try {
                    out.add(c.awaitRead(() -> false)); // wakes when the deadline moves into the past
                    out.add(c.awaitWrite(c::isClosed)); // wakes on close
                } catch (IOException e) {
                    out.add(e);
                }
            }
        });
        t.start();
        Thread.sleep(30);
        c.setReadDeadline(LONG_AGO);
        Thread.sleep(30);
        c.markClosed();
        t.join(5_000);
        assertEquals(List.of(false, true), out);
    }
}
