package dev.gonet.jvm.tls;

import static dev.gonet.jvm.tls.TLSPairs.clientConfig;
import static dev.gonet.jvm.tls.TLSPairs.serverConfig;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.NetError;
import dev.gonet.NetException;
import dev.gonet.jvm.VirtualThreads;
import dev.gonet.tls.TLSConn;
import dev.gonet.tls.TLSException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Data through TLS: volume, buffering, timeouts mid-record, and how streams end. */
class TransferTest {

    static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Reads until EOF. */
    static byte[] readAll(Conn c, int bufSize) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] b = new byte[bufSize];
        for (int n; (n = c.read(b)) >= 0; ) {
            out.write(b, 0, n);
        }
        return out.toByteArray();
    }

    static byte[] readN(Conn c, int want) throws IOException {
        byte[] b = new byte[want];
        for (int got = 0; got < want; ) {
            int n = c.read(b, got, want - got);
            assertTrue(n > 0, "EOF after " + got + " of " + want + " bytes");
            got += n;
        }
        return b;
    }

    @Test
    void eightMebibytesEachWayAtOnce() throws Exception {
        int size = 8 << 20;
        byte[] up = random(size, 1);
        byte[] down = random(size, 2);
        TLSPairs.Ends e = TLSPairs.connected(TLSPairs.mem(clientConfig(), serverConfig()));
        try {
            CompletableFuture<Object> w1 = VirtualThreads.start(() -> {
                e.client().write(up);
                return null;
            });
            CompletableFuture<Object> w2 = VirtualThreads.start(() -> {
                for (int off = 0; off < size; off += 100_000) { // many writes, records of every fill
                    e.server().write(down, off, Math.min(100_000, size - off));
                }
                return null;
            });
            CompletableFuture<byte[]> r1 = VirtualThreads.start(() -> readN(e.server(), size));
            CompletableFuture<byte[]> r2 = VirtualThreads.start(() -> readN(e.client(), size));
            w1.get(30, TimeUnit.SECONDS);
            w2.get(30, TimeUnit.SECONDS);
            assertArrayEquals(up, r1.get(30, TimeUnit.SECONDS), "client to server");
            assertArrayEquals(down, r2.get(30, TimeUnit.SECONDS), "server to client");
        } finally {
            e.stop();
        }
    }

    @Test
    void smallReadsLoseNothingOfARecord() throws Exception {
        byte[] data = random(100_000, 3);
        TLSPairs.Ends e = TLSPairs.connected(TLSPairs.mem(clientConfig(), serverConfig()));
        try {
            CompletableFuture<Object> w = VirtualThreads.start(() -> {
                e.server().write(data);
                e.server().close();
                return null;
            });
            assertArrayEquals(data, readAll(e.client(), 7), "read 7 bytes at a time");
            w.get(10, TimeUnit.SECONDS);
        } finally {
            e.stop();
        }
    }

    @Test
    void closeSendsQueuedRecordsThenCloseNotify() throws Exception {
        byte[] data = random(1 << 20, 4);
        TLSPairs.Ends e = TLSPairs.connected(TLSPairs.mem(clientConfig(), serverConfig()));
        try {
            CompletableFuture<byte[]> got = VirtualThreads.start(() -> readAll(e.client(), 10_000));
            e.server().write(data);
            e.server().close(); // records still queued must go out before close_notify
            assertArrayEquals(data, got.get(10, TimeUnit.SECONDS));
            assertEquals(-1, e.client().read(new byte[1]), "EOF stays EOF");
            // The server's underlying conn is closed once the queue is out.
            NetException closed = assertThrows(NetException.class, () -> {
                for (long end = System.currentTimeMillis() + 5_000; System.currentTimeMillis() < end; ) {
                    e.rawServer().setWriteDeadline(null);
                    Thread.sleep(10);
                }
            });
            assertTrue(closed.getMessage().endsWith("use of closed network connection"), closed.getMessage());
        } finally {
            e.stop();
        }
    }

    @Test
    void streamEndsBetweenRecordsWithoutCloseNotify() throws Exception {
        TLSPairs.Ends e = TLSPairs.connected(TLSPairs.mem(clientConfig(), serverConfig()));
        try {
            e.server().write("data".getBytes(StandardCharsets.UTF_8));
            Thread.sleep(50); // let the flusher put the record on the wire before the conn goes
            e.rawServer().close();
            assertArrayEquals("data".getBytes(StandardCharsets.UTF_8), readAll(e.client(), 100),
                    "data, then EOF, as Go's Read returns io.EOF at a record boundary");
        } finally {
            e.stop();
        }
    }

    @Test
    void streamEndsInsideARecord() throws Exception {
        Relay r = new Relay(clientConfig(), serverConfig());
        try {
            TLSPairs.connected(new TLSPairs.Ends(r.client, r.server, null, null, null));
            r.holdNextRecord();
            r.server.write(random(1000, 5));
            r.awaitHolding();
            r.cut();
            TLSException e = assertThrows(TLSException.class, () -> r.client.read(new byte[2000]));
            assertEquals("unexpected EOF", e.getMessage(), "Go's io.ErrUnexpectedEOF");
            assertEquals("unexpected EOF", assertThrows(TLSException.class, () -> r.client.read(new byte[1]))
                    .getMessage(), "the failure stays");
        } finally {
            r.stop();
        }
    }

    @Test
    void readTimeoutInsideARecordLosesNothing() throws Exception {
        Relay r = new Relay(clientConfig(), serverConfig());
        try {
            TLSPairs.connected(new TLSPairs.Ends(r.client, r.server, null, null, null));
            r.client.write(new byte[] {1}); // a round trip: post-handshake messages are through
            readN(r.server, 1);
            r.server.write(new byte[] {2});
            readN(r.client, 1);

            byte[] message = random(1000, 6);
            r.holdNextRecord();
            r.server.write(message);
            r.awaitHolding();
            for (int i = 0; i < 3; i++) { // half a record is in the client's buffer each time
                r.client.setReadDeadline(Instant.now().plusMillis(50));
                NetException e = assertThrows(NetException.class, () -> r.client.read(new byte[2000]));
                assertTrue(((NetError) e).isTimeout(), e.getMessage());
                assertTrue(e.getMessage().endsWith(": i/o timeout"), e.getMessage());
            }
            r.release();
            r.client.setReadDeadline(null);
            assertArrayEquals(message, readN(r.client, message.length), "message after the timeouts");
            r.client.write("still usable".getBytes(StandardCharsets.UTF_8));
            assertEquals("still usable", new String(readN(r.server, 12), StandardCharsets.UTF_8));
        } finally {
            r.stop();
        }
    }

    @Test
    void writeTimeoutsLeaveTheStreamIntact() throws Exception {
        TLSPairs.Ends e = TLSPairs.connected(TLSPairs.mem(clientConfig(), serverConfig()));
        try {
            TLSConn w = e.client();
            int timeouts = 0;
            int next = 0;
            // Nobody reads yet: the queue and the conn fill, and writes time out. A write of one
            // record either queues whole or not at all, so retrying the same chunk is exact.
            while (timeouts < 3 && next < 2_000) {
                w.setWriteDeadline(Instant.now().plusMillis(20));
                try {
                    w.write(chunk(next));
                    next++;
                } catch (NetException timeout) {
                    assertTrue(timeout.isTimeout(), timeout.getMessage());
                    timeouts++;
                }
            }
            assertEquals(3, timeouts, "writes never timed out; " + next + " chunks went through");
            int chunks = next + 100;
            CompletableFuture<byte[]> got = VirtualThreads.start(() -> readN(e.server(), chunks * 1000));
            w.setWriteDeadline(null);
            for (; next < chunks; next++) {
                w.write(chunk(next));
            }
            byte[] all = got.get(10, TimeUnit.SECONDS);
            for (int i = 0; i < chunks; i++) {
                byte[] want = chunk(i);
                byte[] have = java.util.Arrays.copyOfRange(all, i * 1000, i * 1000 + 1000);
                assertArrayEquals(want, have, "chunk " + i + " after " + timeouts + " write timeouts");
            }
        } finally {
            e.stop();
        }
    }

    /** 1000 bytes naming their index. */
    private static byte[] chunk(int i) {
        byte[] b = random(1000, 100 + i);
        b[0] = (byte) (i >>> 8);
        b[1] = (byte) i;
        return b;
    }

    @Test
    void closeDoesNotWaitForAPeerThatDoesNotRead() throws Exception {
        TLSPairs.Ends e = TLSPairs.connected(TLSPairs.pipe(clientConfig(), serverConfig()));
        try {
            e.client().setWriteDeadline(Instant.now().plusMillis(200)); // bounds the close_notify too
            long start = System.nanoTime();
            e.client().close(); // the synchronous pipe takes nothing until the server reads
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(tookMs < 500, "close took " + tookMs + " ms");
            // Within the write deadline the unsent close_notify is given up and the pipe closed.
            IOException closed = assertThrows(IOException.class, () -> {
                for (long end = System.currentTimeMillis() + 3_000; System.currentTimeMillis() < end; ) {
                    e.rawClient().setReadDeadline(null); // a pipe refuses deadlines once closed
                    Thread.sleep(10);
                }
            });
            assertTrue(closed.getMessage().contains("closed pipe"), closed.getMessage());
        } finally {
            e.stop();
        }
    }
}
