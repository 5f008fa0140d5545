package dev.gonet.ws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.http.TestThreads;
import dev.gonet.internal.ForwardingConn;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link FrameBatch} under a {@link FramedConn}: messages queued while the writer is busy leave
 * together, in order and intact; a large one goes alone and straight through; a ping's pong is
 * never written inside a frame; the close frame comes last.
 */
@Timeout(60)
class FrameBatchTest {
    private static final int SMALL = 100;
    private static final int LARGE = 200 * 1024;

    @Test
    void takeGroupsSmallMessagesAndLeavesLargeOnesAlone() {
        ArrayDeque<byte[]> q = new ArrayDeque<>();
        List<byte[]> got = new ArrayList<>();
        byte[] a = new byte[10];
        byte[] b = new byte[20];
        byte[] big = new byte[FrameBatch.CAPACITY];
        byte[] c = new byte[30];
        q.add(a);
        q.add(b);
        q.add(big);
        q.add(c);
        FrameBatch.take(q, got);
        assertEquals(List.of(a, b), got, "small ones up to the large one");
        assertEquals(4, q.size(), "take leaves the queue alone");
        q.poll();
        q.poll();
        FrameBatch.take(q, got);
        assertEquals(List.of(big), got, "a large one alone");
        q.poll();
        FrameBatch.take(q, got);
        assertEquals(List.of(c), got);

        q.clear();
        for (int i = 0; i < 10; i++) {
            q.add(new byte[FrameBatch.CAPACITY / 4]);
        }
        FrameBatch.take(q, got);
        assertEquals(3, got.size(), "no more than the buffer holds (with room for headers)");
    }

    @Test
    void queuedMessagesLeaveTogetherInOrderThenTheLargeOneThenClose() throws Exception {
        for (Role role : Role.values()) {
            run(role);
        }
    }

    private static void run(Role role) throws Exception {
        Conn[] p = RawPeer.memPair();
        GatedConn gated = new GatedConn(p[0]);
        WebSocketConn c = WebSocketConn.over(gated, null, role, "ws", "",
                new WebSocketConfig().withPlatform(TestThreads.INSTANCE));
        try (RawPeer peer = new RawPeer(p[1], role == Role.CLIENT ? Role.SERVER : Role.CLIENT)) {
            c.write(new byte[] {-1}); // the writer takes it and blocks in the socket write
            assertTrue(gated.entered.await(10, TimeUnit.SECONDS), role + ": writer reached the socket");
            for (int i = 0; i < SMALL; i++) {
                c.write(new byte[] {(byte) i, (byte) (i >> 8), 1, 2, 3, 4, 5, 6, 7, 8});
            }
            byte[] large = new byte[LARGE];
            for (int i = 0; i < large.length; i++) {
                large[i] = (byte) (i * 31 + 7);
            }
            c.write(large);
            c.write(new byte[] {42});
            peer.out.writePing(new byte[] {9}); // its pong must not land inside a frame
            c.close(4002, "last");
            gated.gate.countDown();

            List<Frame> data = new ArrayList<>();
            int pongs = 0;
            Frame close = null;
            while (close == null) {
                Frame f = peer.in.readFrame();
                switch (f.opcode()) {
                    case PONG -> {
                        pongs++;
                        assertArrayEquals(new byte[] {9}, f.payload(), role + ": pong");
                    }
                    case CLOSE -> close = f;
                    default -> data.add(f);
                }
            }
            assertEquals(4002, close.closeCode(), role + ": close frame last");
            try {
                peer.out.writeClose(4002, "");
            } catch (IOException e) {
                // a pong that lost the race to our close frame ends the conn (nothing to answer then)
            }
            assertTrue(pongs <= 1, role + ": pongs " + pongs);

            // Message boundaries: every frame is final except the large message's fragments.
            ByteArrayList msgs = new ByteArrayList();
            for (Frame f : data) {
                msgs.add(f);
            }
            assertEquals(1 + SMALL + 1 + 1, msgs.messages.size(), role + ": messages");
            assertArrayEquals(new byte[] {-1}, msgs.messages.get(0), role.toString());
            for (int i = 0; i < SMALL; i++) {
                assertArrayEquals(new byte[] {(byte) i, (byte) (i >> 8), 1, 2, 3, 4, 5, 6, 7, 8},
                        msgs.messages.get(1 + i), role + ": small message " + i);
            }
            assertArrayEquals(large, msgs.messages.get(1 + SMALL), role + ": large message");
            assertArrayEquals(new byte[] {42}, msgs.messages.get(2 + SMALL), role + ": after the large one");

            // The small messages went out in one socket write (a pong is written on its own).
            int header = role.masksOutgoing() ? 6 : 2;
            int smallBytes = SMALL * (header + 10);
            assertTrue(gated.writes.contains(smallBytes),
                    role + ": one write of " + smallBytes + " bytes in " + gated.writes);
            if (!role.masksOutgoing()) {
                // The large message's 32 KiB fragments pass straight through, payload separate from header.
                assertTrue(gated.writes.contains(FrameWriter.DEFAULT_FRAGMENT_SIZE), role + ": " + gated.writes);
            }
            for (int n : gated.writes) {
                assertTrue(n <= Math.max(FrameBatch.CAPACITY, FrameWriter.DEFAULT_FRAGMENT_SIZE), role + ": write of " + n);
            }
        }
    }

    /** Reassembles data frames into messages. */
    private static final class ByteArrayList {
        final List<byte[]> messages = new ArrayList<>();
        private java.io.ByteArrayOutputStream cur = new java.io.ByteArrayOutputStream();

        void add(Frame f) {
            cur.write(f.payload(), 0, f.length());
            if (f.fin()) {
                messages.add(cur.toByteArray());
                cur = new java.io.ByteArrayOutputStream();
            }
        }
    }

    /** A conn whose first write waits for {@link #gate}; records the size of every write. */
    private static final class GatedConn extends ForwardingConn {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch gate = new CountDownLatch(1);
        final List<Integer> writes = new CopyOnWriteArrayList<>();

        GatedConn(Conn c) {
            super(c);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            entered.countDown();
            try {
                gate.await();
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException();
            }
            writes.add(len);
            delegate.write(b, off, len);
        }
    }
}
