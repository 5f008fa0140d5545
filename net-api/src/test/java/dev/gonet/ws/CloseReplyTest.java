package dev.gonet.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.http.TestThreads;
import dev.gonet.internal.ForwardingConn;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The reply to the peer's close against a {@code close()} of our own at the same moment: the
 * application (a relay whose other side just failed) closes just as the writer sends the reply
 * that fell due. The reply must still go out whole: the peer is owed it, and a socket with room
 * takes two bytes at once.
 */
@Timeout(60)
class CloseReplyTest {
    /** Holds the first close frame written until the test lets it go, so {@code close()} lands in between. */
    private static final class GateConn extends ForwardingConn {
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        GateConn(Conn c) {
            super(c);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > 0 && b[off] == (byte) 0x88 && writing.getCount() > 0) { // FIN + close
                writing.countDown();
                try {
                    assertTrue(release.await(10, TimeUnit.SECONDS), "the test never let the close frame go");
                } catch (InterruptedException e) {
                    throw new InterruptedIOException();
                }
            }
            delegate.write(b, off, len);
        }
    }

    /**
     * Nobody reads the end, so the reply goes out when the close timeout since the peer's close
     * has passed; {@code close()} then computes its bound from that passed time. It used to set
     * it on the socket, so the write the reply was about to make failed at once and the peer got
     * a bare end of stream (seen once in RelayAttackTest, where the relay's cut write to its
     * target ends at the same instant as the reply is due).
     */
    @Test
    void aCloseWhileTheReplyIsOnItsWayLeavesItsDeadlineAlone() throws Exception {
        Conn[] p = RawPeer.memPair();
        GateConn gate = new GateConn(p[0]);
        WebSocketConn c = WebSocketConn.over(gate, null, Role.SERVER, "ws", "",
                new WebSocketConfig().withCloseTimeout(Duration.ofMillis(200)).withPlatform(TestThreads.INSTANCE));
        RawPeer peer = new RawPeer(p[1], Role.CLIENT);
        try {
            long t0 = System.currentTimeMillis();
            peer.out.writeClose(CloseCode.GOING_AWAY, "bye");
            assertTrue(gate.writing.await(10, TimeUnit.SECONDS), "the reply was never written");
            long due = System.currentTimeMillis() - t0;
            assertTrue(due >= 150, "the reply went out after " + due + " ms, before the close timeout (200 ms)");
            c.close(CloseCode.INTERNAL_ERROR, "relay: target failed"); // its bound passed with the reply's due time
            gate.release.countDown();
            Frame reply = peer.next();
            assertEquals(Opcode.CLOSE, reply.opcode());
            assertEquals(CloseCode.GOING_AWAY, reply.closeCode(), "the reply echoes the peer's code");
            assertEquals(-1, peer.stream.read(), "one close frame, then the socket closes");
        } finally {
            gate.release.countDown();
            peer.conn.close();
        }
    }
}
