package dev.gonet.ws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.http.TestThreads;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link FramedConn} against a {@link RawPeer} over {@code mem}: reading, writing, backpressure,
 * deadlines, keep-alive, every way a connection ends, and what a misbehaving peer gets back.
 */
@Timeout(60) // a hang is a failure, not a stuck build
class FramedConnTest {
    private static final WebSocketConfig DEFAULTS = new WebSocketConfig();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsMessagesAcrossBoundariesTextAsUtf8() throws Exception {
        WebSocketConn[] c = new WebSocketConn[1];
        try (RawPeer peer = RawPeer.open(Role.CLIENT, DEFAULTS, c)) {
            peer.out.writeText("héllo ");
            peer.out.writeBinary(utf8("wörld"));
            peer.out.writeMessage(MessageType.TEXT, new byte[0]);
            peer.out.writeText("!");
            byte[] want = utf8("héllo wörld!");
            assertArrayEquals(want, c[0].inputStream().readNBytes(want.length));
            c[0].close();
        }
    }

    /** Frames chopped into single bytes on the wire (and control frames between fragments) read the same. */
    @Test
    void framesArrivingOneByteAtATime() throws Exception {
        WebSocketConn[] c = new WebSocketConn[1];
        try (RawPeer peer = RawPeer.open(Role.CLIENT, DEFAULTS, c)) {
            byte[] wire = {
                0x01, 3, 'a', 'b', 'c', // text fragment "abc"
                (byte) 0x89, 1, 'p', // a ping between the fragments
                0x00, 2, (byte) 0xC3, (byte) 0xA9, // continuation: "é"
                (byte) 0x80, 1, '!', // final continuation
                (byte) 0x82, 0x7E, 0x01, 0x00 // binary, 16-bit length 256
            };
            for (byte b : wire) {
                peer.raw(b);
            }
            for (int i = 0; i < 256; i++) {
                peer.raw((byte) i);
            }
            byte[] got = c[0].inputStream().readNBytes(6 + 256);
            assertArrayEquals(utf8("abcé!"), Arrays.copyOf(got, 6));
            for (int i = 0; i < 256; i++) {
                assertEquals((byte) i, got[6 + i]);
            }
            Frame pong = peer.in.readFrame();
            assertEquals(Opcode.PONG, pong.opcode());
            assertArrayEquals(utf8("p"), pong.payload());
        }
    }

    @Test
    void writeSendsOneBinaryMessageAndSplitsLargeWrites() throws Exception {
        WebSocketConn[] c = new WebSocketConn[1];
        try (RawPeer peer = RawPeer.open(Role.SERVER, DEFAULTS, c)) {
            c[0].write(utf8("one"));
            Frame f = peer.next();
            assertEquals(Opcode.BINARY, f.opcode());
            assertArrayEquals(utf8("one"), f.payload());
            byte[] big = new byte[WebSocketConn.MAX_WRITE_MESSAGE + 10];
            Arrays.fill(big, (byte) 7);
            c[0].write(big);
            MessageReader m = new MessageReader(new FrameReader(peer.stream, Role.CLIENT, big.length),
                    ControlHandler.writingTo(peer.out));
            assertEquals(WebSocketConn.MAX_WRITE_MESSAGE, m.readMessage().data().length);
            assertEquals(10, m.readMessage().data().length);
        }
    }

    @Test
    void pingsAreAnsweredWhileTheApplicationIsNotReading() throws Exception {
        WebSocketConn[] c = new WebSocketConn[1];
        try (RawPeer peer = RawPeer.open(Role.CLIENT, DEFAULTS, c)) {
            peer.out.writeBinary(utf8("unread")); // queued, nobody reads it
            for (int i = 0; i < 3; i++) {
                byte[] p = {(byte) i, 'p'};
                peer.out.writePing(p);
                Frame f = peer.in.readFrame();
                assertEquals(Opcode.PONG, f.opcode());
                assertArrayEquals(p, f.payload());
            }
            assertArrayEquals(utf8("unread"), c[0].inputStream().readNBytes(6));
        }
    }

    /** The peer's close code: which ones read as EOF, which as an error carrying code and reason. */
    @Test
    void peerCloseCodes() throws Exception {
        record Row(int code, String reason, boolean eof) {
        }
        List<Row> rows = List.of(new Row(1000, "", true), new Row(1001, "going", true),
                new Row(1005, "", false), new Row(1011, "oops", false), new Row(4000, "app says no", false));
        for (Row row : rows) {
            WebSocketConn[] c = new WebSocketConn[1];
            try (RawPeer peer = RawPeer.open(Role.CLIENT, DEFAULTS, c)) {
                peer.out.writeBinary(utf8("data"));
                peer.out.writeClose(row.code, row.reason);
                assertArrayEquals(utf8("data"), c[0].inputStream().readNBytes(4), "close " + row.code);
                // The reply waits until the application has seen the end (or the close timeout).
                long t0 = System.currentTimeMillis();
                if (row.eof) {
                    assertEquals(-1, c[0].read(new byte[8]), "read after close " + row.code);
                    assertEquals(-1, c[0].read(new byte[8]), "read again after close " + row.code);
                } else {
                    String what = "read after close " + row.code;
                    NetException e = assertThrows(NetException.class, () -> c[0].read(new byte[8]), what);
                    assertEquals("read", e.op(), what + ": Op");
                    assertEquals("ws", e.net(), what + ": Net");
                    CloseException ce = (CloseException) e.getCause();
                    assertEquals(row.code, ce.code(), what + ": code");
                    assertEquals(row.reason, ce.reason(), what + ": reason");
                    assertEquals(row.code, CloseException.statusOf(e), what + ": statusOf");
                    assertFalse(e.isTimeout(), what + ": isTimeout()");
                }
                Frame reply = peer.next();
                assertEquals(Opcode.CLOSE, reply.opcode());
                assertEquals(row.code == 1005 ? 1000 : row.code, reply.closeCode(), "reply to close " + row.code);
                long took = System.currentTimeMillis() - t0;
                assertTrue(took < 2000, "reply " + took + " ms after the end was read, want at once");
                // Writing after the peer's close fails with the same cause.
                NetException w = assertThrows(NetException.class, () -> c[0].write(utf8("late")));
                assertEquals(row.code, CloseException.statusOf(w), w.getMessage());
                assertEquals(-1, peer.stream.read(), "socket closed after the close handshake");
            }
        }
    }

    /**
     * What a misbehaving peer gets: our close frame with the right code; reads fail with it.
     * Messages stream, so fragments before the violation are read first ({@code before}).
     */
    @Test
    void protocolViolationsCloseWithTheRightCode() throws Exception {
        record Row(String name, Role under, int maxMessageSize, byte[] wire, int code, int before) {
            Row(String name, Role under, int maxMessageSize, byte[] wire, int code) {
                this(name, under, maxMessageSize, wire, code, 0);
            }
        }
        List<Row> rows = List.of(
                new Row("unmasked frame to a server", Role.SERVER, 1 << 20, new byte[] {(byte) 0x82, 1, 'x'}, 1002),
                new Row("masked frame to a client", Role.CLIENT, 1 << 20,
                        new byte[] {(byte) 0x82, (byte) 0x81, 0, 0, 0, 0, 'x'}, 1002),
                new Row("reserved opcode 3", Role.CLIENT, 1 << 20, new byte[] {(byte) 0x83, 0}, 1002),
                new Row("RSV1 set", Role.CLIENT, 1 << 20, new byte[] {(byte) 0xC2, 0}, 1002),
                new Row("continuation first", Role.CLIENT, 1 << 20, new byte[] {(byte) 0x80, 0}, 1002),
                new Row("fragmented ping", Role.CLIENT, 1 << 20, new byte[] {(byte) 0x09, 0}, 1002),
                new Row("invalid UTF-8 text", Role.CLIENT, 1 << 20, new byte[] {(byte) 0x81, 2, (byte) 0xC0, (byte) 0x80},
                        1007),
                new Row("message over the limit", Role.CLIENT, 4, new byte[] {(byte) 0x82, 5, 1, 2, 3, 4, 5}, 1009),
                new Row("fragments over the limit", Role.CLIENT, 4,
                        new byte[] {(byte) 0x02, 3, 1, 2, 3, (byte) 0x80, 2, 4, 5}, 1009, 3),
                new Row("invalid UTF-8 in the second fragment", Role.CLIENT, 1 << 20,
                        new byte[] {(byte) 0x01, 2, 'o', 'k', (byte) 0x80, 1, (byte) 0xFF}, 1007, 2));
        for (Row row : rows) {
            WebSocketConn[] c = new WebSocketConn[1];
            try (RawPeer peer = RawPeer.open(row.under, DEFAULTS.withMaxMessageSize(row.maxMessageSize), c)) {
                peer.raw(row.wire);
                Frame f = peer.next();
                assertEquals(Opcode.CLOSE, f.opcode(), row.name);
                assertEquals(row.code, f.closeCode(), row.name + ": close code");
                assertEquals(row.before, c[0].inputStream().readNBytes(row.before).length, row.name + ": data first");
                NetException e = assertThrows(NetException.class, () -> c[0].read(new byte[8]), row.name);
                WebSocketException we = (WebSocketException) e.getCause();
                assertEquals(row.code, we.code(), row.name);
                assertFalse(we instanceof CloseException, row.name);
                assertEquals(-1, peer.stream.read(), row.name + ": socket closed");
            }
        }
    }

    @Test
    void droppedConnectionIsAbnormalClosure() throws Exception {
        WebSocketConn[] c = new WebSocketConn[1];
        RawPeer peer = RawPeer.open(Role.CLIENT, DEFAULTS, c);
        peer.out.writeBinary(utf8("last"));
        peer.close();
        assertArrayEquals(utf8("last"), c[0].inputStream().readNBytes(4));
        NetException e = assertThrows(NetException.class, () -> c[0].read(new byte[8]));
        assertEquals(CloseCode.ABNORMAL_CLOSURE, ((WebSocketException) e.getCause()).code());
        assertTrue(e.getMessage().endsWith(": failed to read frame header: EOF"), e.getMessage());
    }

    @Test
    void readDeadlineFailsTheWaitAndKeepsLateData() throws Exception {
        WebSocketConn[] c = new WebSocketConn[1];
        try (RawPeer peer = RawPeer.open(Role.CLIENT, DEFAULTS, c)) {
            c[0].setReadDeadline(Instant.now().plusMillis(50));
            NetException e = assertThrows(NetException.class, () -> c[0].read(new byte[8]));
            assertTrue(e.isTimeout());
            assertSame(Sentinel.DEADLINE_EXCEEDED, Sentinel.of(e));
            assertEquals("read ws " + c[0].localAddr() + "->" + c[0].remoteAddr() + ": i/o timeout", e.getMessage());
            peer.out.writeBinary(utf8("late"));
            c[0].setReadDeadline(null);
            assertArrayEquals(utf8("late"), c[0].inputStream().readNBytes(4));
        }
    }

    /** The reader thread stops taking bytes off the socket while the read buffer is full. */
    @Test
    void fullReadBufferStopsReadingTheSocket() throws Exception {
        Conn[] p = RawPeer.memPair();
        AtomicLong taken = new AtomicLong();
        Conn counting = new CountingConn(p[0], taken);
        WebSocketConn c = WebSocketConn.over(counting, null, Role.CLIENT, "ws", "",
                DEFAULTS.withReadBufferSize(4096).withPlatform(TestThreads.INSTANCE));
        RawPeer peer = new RawPeer(p[1], Role.SERVER);
        int messages = 200;
        int size = 1000;
        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                for (int i = 0; i < messages; i++) {
                    byte[] m = new byte[size];
                    Arrays.fill(m, (byte) i);
                    peer.out.writeBinary(m);
                }
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        Thread.sleep(300);
        long before = taken.get();
        assertTrue(before < 4096 + size + 64 * 1024, "took " + before + " bytes with nobody reading");
        assertTrue(writer.isAlive(), "the peer could write everything: no backpressure");
        byte[] all = c.inputStream().readNBytes(messages * size);
        for (int i = 0; i < messages; i++) {
            assertEquals((byte) i, all[i * size], "message " + i);
            assertEquals((byte) i, all[i * size + size - 1], "message " + i);
        }
        writer.join(5000);
        assertFalse(writer.isAlive());
        c.close();
        peer.close();
    }

    /**
     * Write backpressure: with the peer not reading, writes queue up to the high-water mark and
     * then block; a write deadline fails the blocked write with nothing of it sent, and every
     * message that was queued arrives whole.
     */
    @Test
    void writeBlocksAboveTheHighWaterMarkAndTimesOutWhole() throws Exception {
        WebSocketConn[] c = new WebSocketConn[1];
        try (RawPeer peer = RawPeer.open(Role.SERVER, DEFAULTS.withWriteBufferSize(8192), c)) {
            int size = 4000;
            int written = 0;
            c[0].setWriteDeadline(Instant.now().plusMillis(300));
            NetException e;
            while (true) {
                byte[] m = new byte[size];
                Arrays.fill(m, (byte) written);
                try {
                    c[0].write(m);
                    written++;
                } catch (NetException x) {
                    e = x;
                    break;
                }
                assertTrue(written < 1000, "writes never blocked");
            }
            assertTrue(e.isTimeout(), e.getMessage());
            assertEquals("write", e.op());
            c[0].setWriteDeadline(null);
            // The write side is still usable: this write waits for room, then goes out.
            Thread after = Thread.ofVirtual().start(() -> {
                try {
                    c[0].write(utf8("after"));
                } catch (IOException x) {
                    throw new RuntimeException(x);
                }
            });
            for (int i = 0; i < written; i++) {
                Frame f = peer.next();
                assertEquals(size, f.payload().length, "message " + i);
                assertEquals((byte) i, f.payload()[size - 1], "message " + i);
            }
            assertArrayEquals(utf8("after"), peer.next().payload(), "the timed-out write sent nothing");
            after.join(5000);
            assertFalse(after.isAlive());
        }
    }

    @Test
    void closeFlushesQueuedMessagesThenSendsTheCloseFrame() throws Exception {
        WebSocketConn[] c = new WebSocketConn[1];
        try (RawPeer peer = RawPeer.open(Role.SERVER, DEFAULTS, c)) {
            for (int i = 0; i < 20; i++) {
                c[0].write(new byte[] {(byte) i});
            }
            c[0].close(4001, "bye now");
            for (int i = 0; i < 20; i++) {
                assertEquals(i, peer.next().payload()[0]);
            }
            Frame f = peer.next();
            assertEquals(4001, f.closeCode());
            assertEquals("bye now", f.closeReason());
            peer.out.writeClose(4001, "");
            assertEquals(-1, peer.stream.read(), "socket closed after the handshake");
            NetException again = assertThrows(NetException.class, () -> c[0].close());
            assertEquals("close", again.op());
            assertTrue(Sentinel.CLOSED.in(again));
            NetException r = assertThrows(NetException.class, () -> c[0].read(new byte[1]));
            assertEquals("read ws " + c[0].localAddr() + "->" + c[0].remoteAddr() + ": use of closed network connection",
                    r.getMessage());
        }
    }

    @Test
    void closeGivesUpOnASilentPeerAfterTheCloseTimeout() throws Exception {
        WebSocketConn[] c = new WebSocketConn[1];
        try (RawPeer peer = RawPeer.open(Role.SERVER, DEFAULTS.withCloseTimeout(Duration.ofMillis(1000)), c)) {
            long t0 = System.currentTimeMillis();
            c[0].close();
            assertTrue(System.currentTimeMillis() - t0 < 500, "close() must not wait for the handshake");
            assertEquals(1000, peer.next().closeCode());
            assertEquals(-1, peer.stream.read()); // the peer never replies: the socket goes after the timeout
            long took = System.currentTimeMillis() - t0;
            assertTrue(took >= 900 && took < 25_000, "socket closed after " + took + " ms"); // generous: shared CI cores
        }
    }

    @Test
    void closeRejectsCodesThatMayNotBeSent() throws Exception {
        WebSocketConn[] c = new WebSocketConn[1];
        try (RawPeer peer = RawPeer.open(Role.SERVER, DEFAULTS, c)) {
            for (int code : new int[] {999, 1004, 1005, 1006, 1015, 2999, 5000}) {
                assertThrows(IllegalArgumentException.class, () -> c[0].close(code, ""), "code " + code);
            }
            assertThrows(IllegalArgumentException.class, () -> c[0].close(1000, "x".repeat(124)));
            c[0].write(utf8("still open")); // a refused close changes nothing
            assertArrayEquals(utf8("still open"), peer.next().payload());
            c[0].close(1000, "x".repeat(123));
        }
    }

    @Test
    void keepAliveFailsTheConnWhenNoPongComes() throws Exception {
        WebSocketConn[] c = new WebSocketConn[1];
        WebSocketConfig cfg = DEFAULTS.withPingInterval(Duration.ofMillis(50), Duration.ofMillis(100));
        try (RawPeer peer = RawPeer.open(Role.CLIENT, cfg, c)) {
            Frame ping = peer.in.readFrame();
            assertEquals(Opcode.PING, ping.opcode()); // and the raw peer does not answer it
            NetException e = assertThrows(NetException.class, () -> c[0].read(new byte[8]));
            WebSocketException we = (WebSocketException) e.getCause();
            assertEquals(CloseCode.ABNORMAL_CLOSURE, we.code());
            assertEquals("failed to ping: no pong within 100 ms", we.getMessage());
        }
    }

    @Test
    void keepAliveKeepsAnAnsweringPeer() throws Exception {
        WebSocketConn[] c = new WebSocketConn[1];
        WebSocketConfig cfg = DEFAULTS.withPingInterval(Duration.ofMillis(30), Duration.ofSeconds(10));
        try (RawPeer peer = RawPeer.open(Role.CLIENT, cfg, c)) {
            for (int i = 0; i < 5; i++) {
                Frame ping = peer.in.readFrame();
                assertEquals(Opcode.PING, ping.opcode());
                peer.out.writePong(ping.payload());
            }
            peer.out.writeBinary(utf8("alive"));
            assertArrayEquals(utf8("alive"), c[0].inputStream().readNBytes(5));
        }
    }

    @Test
    void addressesAreTheUnderlyingConns() throws Exception {
        Conn[] p = RawPeer.memPair();
        WebSocketConn c = WebSocketConn.over(p[0], utf8(""), Role.CLIENT, "ws", "chat",
                DEFAULTS.withPlatform(TestThreads.INSTANCE));
        assertSame(p[0].localAddr(), c.localAddr());
        assertSame(p[0].remoteAddr(), c.remoteAddr());
        assertEquals("chat", c.subprotocol());
        c.close();
        p[1].close();
    }

    @Test
    void bufferedBytesAreReadFirst() throws Exception {
        Conn[] p = RawPeer.memPair();
        // A frame the HTTP layer had already read past the handshake: an unmasked binary "hi".
        WebSocketConn c = WebSocketConn.over(p[0], new byte[] {(byte) 0x82, 2, 'h', 'i'}, Role.CLIENT, "ws", "",
                DEFAULTS.withPlatform(TestThreads.INSTANCE));
        RawPeer peer = new RawPeer(p[1], Role.SERVER);
        peer.out.writeBinary(utf8(" there"));
        assertArrayEquals(utf8("hi there"), c.inputStream().readNBytes(8));
        c.close();
        peer.close();
    }
}
