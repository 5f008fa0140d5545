package dev.gonet.demo.tcp;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.jvm.JvmPlatform;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's TCP echo, from the JDK's own sockets: loopback only, echoes, and its bounds hold. */
class TcpEchoTest {

    private static Socket connect(String addr) throws IOException {
        int colon = addr.lastIndexOf(':');
        Socket s = new Socket();
        s.connect(new InetSocketAddress(addr.substring(0, colon), Integer.parseInt(addr.substring(colon + 1))), 5000);
        s.setSoTimeout(5000);
        return s;
    }

    private static byte[] readN(InputStream in, int n) throws IOException {
        byte[] b = in.readNBytes(n);
        assertEquals(n, b.length, "bytes before EOF");
        return b;
    }

    @Test
    void echoesOnLoopback() throws Exception {
        try (TcpEcho echo = TcpEcho.start(new JvmPlatform(), 0)) {
            assertTrue(echo.addr().matches("127\\.0\\.0\\.1:\\d+"), echo.addr());
            try (Socket s = connect(echo.addr())) {
                s.getOutputStream().write("hello, tcp".getBytes(UTF_8));
                assertArrayEquals("hello, tcp".getBytes(UTF_8), readN(s.getInputStream(), 10));
                byte[] big = new byte[200_000]; // more than its buffer: echoed in pieces, all of it
                for (int i = 0; i < big.length; i++) {
                    big[i] = (byte) (i * 7);
                }
                Thread w = Thread.ofVirtual().start(() -> {
                    try {
                        s.getOutputStream().write(big);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                assertArrayEquals(big, readN(s.getInputStream(), big.length));
                w.join();
            }
        }
    }

    @Test
    void badPortIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TcpEcho.start(new JvmPlatform(), 65536));
        assertThrows(IllegalArgumentException.class, () -> TcpEcho.start(new JvmPlatform(), -1));
    }

    /** One connection over {@link TcpEcho#MAX_CONNS} is accepted and closed at once; the others still echo. */
    @Test
    void connectionsAreCapped() throws Exception {
        try (TcpEcho echo = TcpEcho.start(new JvmPlatform(), 0)) {
            List<Socket> open = new ArrayList<>();
            try {
                for (int i = 0; i < TcpEcho.MAX_CONNS; i++) {
                    Socket s = connect(echo.addr());
                    open.add(s);
                    s.getOutputStream().write('x');
                    assertEquals('x', s.getInputStream().read(), "conn " + i);
                }
                assertEquals(TcpEcho.MAX_CONNS, echo.active());
                long before = usedHeap();
                for (int i = 0; i < 100; i++) {
                    try (Socket extra = connect(echo.addr())) {
                        extra.getOutputStream().write(new byte[1024]);
                        assertEquals(-1, extra.getInputStream().read(), "the conn over the cap is closed");
                    } catch (java.net.SocketException reset) {
                        // closed with our bytes unread: a reset is the same refusal
                    }
                }
                assertEquals(TcpEcho.MAX_CONNS, echo.active());
                System.out.printf("demo tcp echo: %d conns at the cap, 100 more refused -> heap %+.1f KiB%n",
                        TcpEcho.MAX_CONNS, (usedHeap() - before) / 1024.0);
                open.get(0).close();
                long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (echo.active() == TcpEcho.MAX_CONNS && System.nanoTime() < until) {
                    Thread.sleep(10);
                }
                try (Socket again = connect(echo.addr())) {
                    again.getOutputStream().write('y');
                    assertEquals('y', again.getInputStream().read(), "a freed slot is usable");
                }
            } finally {
                for (Socket s : open) {
                    s.close();
                }
            }
        }
    }

    @Test
    void idleConnectionsAreClosed() throws Exception {
        try (TcpEcho echo = TcpEcho.start(new JvmPlatform(), 0, Duration.ofMillis(200));
                Socket s = connect(echo.addr())) {
            s.getOutputStream().write('a');
            assertEquals('a', s.getInputStream().read());
            long t0 = System.nanoTime();
            assertEquals(-1, s.getInputStream().read(), "closed after the idle timeout");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms >= 150 && ms < 4000, "closed after " + ms + " ms");
        }
    }

    @Test
    void closeEndsOpenConnections() throws Exception {
        TcpEcho echo = TcpEcho.start(new JvmPlatform(), 0);
        try (Socket s = connect(echo.addr())) {
            s.getOutputStream().write('a');
            assertEquals('a', s.getInputStream().read());
            echo.close();
            assertEquals(-1, s.getInputStream().read());
            assertThrows(IOException.class, () -> connect(echo.addr()).close());
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
