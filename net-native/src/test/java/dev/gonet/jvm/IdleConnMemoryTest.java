package dev.gonet.jvm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.http.Server;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an idle keep-alive connection holds on the heap: the server gives its read, write and
 * response buffers back while a connection waits for its next request (docs/benchmarks.md,
 * "Idle keep-alive connections"), so 1000 idle connections, each after one request, cost a few
 * KB each (client channels in this JVM included), not the 14 KB of buffers plus the rest.
 */
class IdleConnMemoryTest {
    static final int CONNS = 1000;
    /**
     * Heap per idle connection, server and client side together: 5.7-7.6 KB measured in the three
     * poll modes; with the buffers held it was about 10 KB more (4 KiB read-ahead included).
     */
    static final long BUDGET = 10 * 1024;

    @Test
    void idleKeepAliveConnectionsHoldNoBuffers() throws Exception {
        Server srv = new Server("127.0.0.1:0", (w, r) -> w.writeString("hello")).withMaxIdleConns(0);
        Listener ln = Net.listen("tcp", "127.0.0.1:0");
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                srv.serve(ln);
            } catch (IOException e) {
                // closed at the end
            }
        });
        String[] hp = ln.addr().toString().split(":");
        InetSocketAddress sa = new InetSocketAddress(hp[0], Integer.parseInt(hp[1]));
        byte[] req = "GET / HTTP/1.1\r\nHost: a\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer answer = ByteBuffer.allocate(1024);
        List<SocketChannel> held = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) { // warm-up: classes, the pollers, the buffer pool
                ask(held, sa, req, answer);
            }
            long base = HeapProbe.usedAfterGc();
            for (int i = 0; i < CONNS; i++) {
                ask(held, sa, req, answer);
            }
            Thread.sleep(200); // every server thread back in its idle wait
            long grown = HeapProbe.growthSince(base, CONNS * BUDGET);
            System.out.println("idle keep-alive memory: " + CONNS + " connections, heap after GC grew by "
                    + HeapProbe.mib(grown) + " (" + grown / CONNS + " bytes each, client channels included)");
            assertTrue(grown < CONNS * BUDGET, HeapProbe.mib(grown) + " held, want under " + BUDGET + " bytes per conn");
        } finally {
            for (SocketChannel c : held) {
                c.close();
            }
            srv.close();
            t.join();
        }
    }

    /** Opens a connection, sends one request and reads its whole answer (5-byte body). */
    private static void ask(List<SocketChannel> held, InetSocketAddress sa, byte[] req, ByteBuffer answer)
            throws IOException {
        SocketChannel c = SocketChannel.open(sa);
        held.add(c);
        c.write(ByteBuffer.wrap(req));
        answer.clear();
        while (true) {
            if (c.read(answer) < 0) {
                throw new IOException("closed early");
            }
            String s = new String(answer.array(), 0, answer.position(), StandardCharsets.US_ASCII);
            int end = s.indexOf("\r\n\r\n");
            if (end >= 0 && s.length() >= end + 4 + 5) {
                assertTrue(s.startsWith("HTTP/1.1 200 ") && s.endsWith("hello") && !s.contains("close"), s);
                return;
            }
        }
    }
}
