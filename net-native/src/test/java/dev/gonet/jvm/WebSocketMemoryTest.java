package dev.gonet.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.http.Server;
import dev.gonet.ws.CloseCode;
import dev.gonet.ws.ConnHandler;
import dev.gonet.ws.Frame;
import dev.gonet.ws.Opcode;
import dev.gonet.ws.WebSocket;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 10, point 1, for {@link WebSocket#handler}: hostile clients over TCP on loopback, the
 * heap the server holds for them measured after GC. Each row is one attack; the numbers before
 * the fix are in the rows (and in docs/websocket.md).
 */
@Timeout(120)
class WebSocketMemoryTest {
    /** The demo's /ws/echo: its loop, its 4 MiB limit. */
    private static final ConnHandler ECHO = (c, r) -> {
        byte[] buf = new byte[64 * 1024];
        for (int n; (n = c.read(buf)) >= 0;) {
            c.write(buf, 0, n);
        }
    };
    /** Never reads, never returns (until the test ends). */
    private static final Object NEVER = new Object();
    private static final ConnHandler STUCK = (c, r) -> {
        synchronized (NEVER) {
            NEVER.wait(60_000);
        }
    };

    /**
     * One attack: {@code clients} connections to a handler with {@code options}; each sends a
     * single binary message of {@code message} bytes, or (0) one-byte messages as fast as it
     * can, for up to three seconds, and never reads. {@code budget} is what each may hold.
     */
    private record Attack(String name, WebSocket.Options options, ConnHandler handler, int clients, long message,
            long budget, String before) {
    }

    @Test
    void hostileClientsHoldBoundedMemory() throws Exception {
        List<Attack> attacks = List.of(
                new Attack("the demo's /ws/echo (4 MiB limit), 4 MiB messages, echo never read",
                        new WebSocket.Options().withMaxMessageSize(4 << 20), ECHO, 6, 4 << 20, 4L << 20,
                        "223.5 MiB for six clients sending 32 MiB (32 MiB limit)"),
                new Attack("default handler (32 KiB limit), 32 MiB messages", new WebSocket.Options(), ECHO, 6, 32 << 20,
                        1L << 20, "223.5 MiB for six clients (then a 32 MiB limit)"),
                new Attack("a handler that does not read, one-byte messages", new WebSocket.Options(), STUCK, 8, 0,
                        2L << 20, "128.6 MiB for four clients (32 MiB each)"));
        try {
            for (Attack a : attacks) {
                run(a);
            }
        } finally {
            synchronized (NEVER) {
                NEVER.notifyAll();
            }
        }
    }

    private static void run(Attack a) throws Exception {
        Listener ln = Net.listen("tcp", "127.0.0.1:0");
        Server server = new Server("", WebSocket.handler(a.options, a.handler));
        Thread.ofVirtual().start(() -> {
            try {
                server.serve(ln);
            } catch (IOException e) {
                // shut down below
            }
        });
        byte[] tiny = HostileWs.frame(0x82, new byte[] {1});
        byte[] tinies = new byte[tiny.length * 4096];
        for (int i = 0; i < 4096; i++) {
            System.arraycopy(tiny, 0, tinies, i * tiny.length, tiny.length);
        }
        long base = HeapProbe.usedAfterGc();
        List<HostileWs> cs = new ArrayList<>();
        List<Thread> senders = new ArrayList<>();
        AtomicLong sent = new AtomicLong();
        Instant by = Instant.now().plusSeconds(3);
        try {
            for (int i = 0; i < a.clients; i++) {
                HostileWs c = HostileWs.open(ln.addr().toString(), "/");
                assertEquals(101, c.status, a.name + ": " + c.answer);
                cs.add(c);
                senders.add(Thread.ofVirtual().start(() -> {
                    if (a.message > 0) {
                        try {
                            c.write(HostileWs.header(0x82, a.message));
                        } catch (IOException e) {
                            return;
                        }
                        sent.addAndGet(c.stream(new byte[64 << 10], a.message, by));
                    } else {
                        sent.addAndGet(c.stream(tinies, 64L << 20, by));
                    }
                }));
            }
            for (Thread t : senders) {
                t.join();
            }
            long held = HeapProbe.growthSince(base, a.clients * a.budget);
            System.out.println("websocket memory, " + a.name + ": " + a.clients + " clients sent " + HeapProbe.mib(sent.get())
                    + ", heap after GC grew by " + HeapProbe.mib(held) + " (" + held / a.clients / 1024
                    + " KiB per conn; before the fix: " + a.before + ")");
            assertTrue(held < a.clients * a.budget, a.name + ": " + HeapProbe.mib(held) + " held, want under "
                    + HeapProbe.mib(a.budget) + " per conn");
            if (a.message > a.options.config().maxMessageSize()) {
                for (HostileWs c : cs) {
                    c.conn.setReadDeadline(Instant.now().plusSeconds(5));
                    Frame f = c.readFrame();
                    assertEquals(Opcode.CLOSE, f.opcode(), a.name);
                    assertEquals(CloseCode.MESSAGE_TOO_BIG, f.closeCode(), a.name);
                }
            }
        } finally {
            for (HostileWs c : cs) {
                c.close();
            }
            server.close(); // and its listener
        }
    }
}
