package dev.gonet.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.NetException;
import dev.gonet.http.TestThreads;
import dev.gonet.internal.ForwardingConn;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An {@link Error} in a connection's own threads (an {@link OutOfMemoryError} while a message
 * arrives, say) must not leave the connection half open: the peer gets a close frame with 1011,
 * and the application's blocked read fails with it, instead of both waiting forever.
 */
@Timeout(30)
class ThreadErrorTest {

    /** A conn whose reads fail with {@code OutOfMemoryError} once armed: the reader thread's next read. */
    private static final class Exhausted extends ForwardingConn {
        volatile boolean armed;

        Exhausted(Conn c) {
            super(c);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = delegate.read(b, off, len);
            if (armed) {
                throw new OutOfMemoryError("Java heap space");
            }
            return n;
        }
    }

    @Test
    void errorInTheReaderThreadClosesWith1011() throws Exception {
        Conn[] p = RawPeer.memPair();
        Exhausted under = new Exhausted(p[0]);
        WebSocketConn c = WebSocketConn.over(under, null, Role.SERVER, "ws", "",
                new WebSocketConfig().withPlatform(TestThreads.INSTANCE));
        try (RawPeer peer = new RawPeer(p[1], Role.CLIENT)) {
            under.armed = true;
            long t0 = System.currentTimeMillis();
            peer.out.writeBinary(new byte[] {1, 2, 3}); // the reader thread's read returns, then fails
            peer.conn.setReadDeadline(Instant.now().plusSeconds(5));
            Frame f = peer.next();
            long took = System.currentTimeMillis() - t0;
            System.out.println("reader thread Error: peer got " + f.opcode() + " " + f.closeCode() + " after " + took + " ms");
            assertEquals(Opcode.CLOSE, f.opcode());
            assertEquals(CloseCode.INTERNAL_ERROR, f.closeCode());
            c.setReadDeadline(Instant.now().plusSeconds(5));
            NetException e = assertThrows(NetException.class, () -> c.read(new byte[8]));
            assertTrue(e.getCause() instanceof WebSocketException we && we.code() == CloseCode.INTERNAL_ERROR,
                    "read failed with " + e);
            assertTrue(e.getMessage().contains("OutOfMemoryError"), e.getMessage());
            assertEquals(-1, peer.stream.read(), "socket closed");
        }
    }
}
