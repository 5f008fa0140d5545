package dev.gonet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Go's pipe.go semantics; the generic Conn contract is covered by ConnConformance[pipe]. */
class PipeTest {

    /** Runs {@code body} on a thread; the queue receives its error, or a marker when it returned. */
    private static ArrayBlockingQueue<Object> async(ThrowingRunnable body) {
        ArrayBlockingQueue<Object> done = new ArrayBlockingQueue<>(1);
        Thread t = new Thread(() -> {
            try {
                body.run();
                done.add("ok");
            } catch (Throwable e) {
                done.add(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return done;
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void writeBlocksUntilEveryByteIsRead() throws Exception {
        Pipe.Ends p = Net.pipe();
        ArrayBlockingQueue<Object> write = async(() -> p.c1().write("hello world".getBytes(UTF_8)));
        byte[] b = new byte[5];
        assertEquals(5, p.c2().read(b), "first read");
        assertEquals("hello", new String(b, UTF_8));
        assertEquals(null, write.poll(50, TimeUnit.MILLISECONDS), "write returned with 6 bytes unread");
        byte[] rest = new byte[64];
        assertEquals(6, p.c2().read(rest), "second read");
        assertEquals(" world", new String(rest, 0, 6, UTF_8));
        assertEquals("ok", write.poll(5, TimeUnit.SECONDS), "write after all bytes were read");
    }

    @Test
    void closeIsGos() throws Exception {
        Pipe.Ends p = Net.pipe();
        ArrayBlockingQueue<Object> blockedRead = async(() -> p.c1().read(new byte[1]));
        Thread.sleep(20);
        p.c1().close();
        Object err = blockedRead.poll(5, TimeUnit.SECONDS);
        assertTrue(err instanceof SentinelException, "blocked read after local close threw " + err);
        assertEquals("io: read/write on closed pipe", ((Exception) err).getMessage());
        assertSame(Sentinel.CLOSED_PIPE, ((SentinelException) err).kind());

        SentinelException w = assertThrows(SentinelException.class, () -> p.c1().write(new byte[1]));
        assertEquals("io: read/write on closed pipe", w.getMessage());
        assertEquals(-1, p.c2().read(new byte[1]), "peer read after close");
        SentinelException pw = assertThrows(SentinelException.class, () -> p.c2().write(new byte[1]));
        assertEquals("io: read/write on closed pipe", pw.getMessage(), "peer write after close");
        assertDoesNotThrow(() -> p.c1().close(), "second close (Go's pipe returns nil)");
        assertThrows(SentinelException.class, () -> p.c2().setDeadline(null), "setDeadline after the peer closed");
    }

    @Test
    void peerCloseFailsPendingWrite() throws Exception {
        Pipe.Ends p = Net.pipe();
        ArrayBlockingQueue<Object> write = async(() -> p.c1().write(new byte[10]));
        Thread.sleep(20);
        p.c2().close();
        Object err = write.poll(5, TimeUnit.SECONDS);
        assertTrue(err instanceof SentinelException s && s.kind() == Sentinel.CLOSED_PIPE,
                "pending write after peer close threw " + err);
    }

    @Test
    void timeoutTextsAndAddrs() throws Exception {
        Pipe.Ends p = Net.pipe();
        p.c1().setDeadline(Instant.now().minusSeconds(1));
        NetException r = assertThrows(NetException.class, () -> p.c1().read(new byte[1]));
        assertEquals("read pipe: i/o timeout", r.getMessage());
        assertTrue(r.isTimeout(), "read timeout: isTimeout() = false");
        NetException w = assertThrows(NetException.class, () -> p.c1().write(new byte[1]));
        assertEquals("write pipe: i/o timeout", w.getMessage());
        assertSame(PipeAddr.PIPE, p.c1().localAddr());
        assertSame(PipeAddr.PIPE, p.c2().remoteAddr());
    }

    @Test
    void zeroLengthCallsReturnAtOnce() throws Exception {
        Pipe.Ends p = Net.pipe();
        assertEquals(0, p.c1().read(new byte[0]), "read of 0 bytes");
        p.c1().write(new byte[0]); // must not block: nobody reads
        assertFalse(Thread.currentThread().isInterrupted(), "thread interrupted");
    }

    @Test
    void concurrentWritesDoNotInterleave() throws Exception {
        Pipe.Ends p = Net.pipe();
        byte[] as = new byte[3000];
        byte[] bs = new byte[3000];
        java.util.Arrays.fill(as, (byte) 'a');
        java.util.Arrays.fill(bs, (byte) 'b');
        ArrayBlockingQueue<Object> wa = async(() -> p.c1().write(as));
        ArrayBlockingQueue<Object> wb = async(() -> p.c1().write(bs));
        byte[] got = new byte[6000];
        int n = 0;
        while (n < got.length) {
            n += p.c2().read(got, n, Math.min(100, got.length - n)); // small reads: many chances to interleave
        }
        assertEquals("ok", wa.poll(5, TimeUnit.SECONDS));
        assertEquals("ok", wb.poll(5, TimeUnit.SECONDS));
        byte first = got[0];
        byte[] want = new byte[6000];
        java.util.Arrays.fill(want, 0, 3000, first);
        java.util.Arrays.fill(want, 3000, 6000, first == 'a' ? (byte) 'b' : (byte) 'a');
        assertArrayEquals(want, got, "bytes of two concurrent writes interleaved");
    }
}
