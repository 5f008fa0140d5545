package dev.gonet.jvm.udp;

import static dev.gonet.jvm.udp.Udp.closeAll;
import static dev.gonet.jvm.udp.Udp.dial;
import static dev.gonet.jvm.udp.Udp.listen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.NetException;
import dev.gonet.PacketConn.Packet;
import dev.gonet.Sentinel;
import dev.gonet.UDPConn;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Several threads on one socket, and many virtual threads parked on many sockets. */
class UdpConcurrencyTest {

    /** Runs {@code n} virtual threads of {@code body(i)}; the first failure is rethrown. */
    interface Body {
        void run(int i) throws Exception;
    }

    static void inParallel(int n, Body body) throws Exception {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int id = i;
            threads.add(Thread.ofVirtual().name("udp-" + i).start(() -> {
                try {
                    body.run(id);
                } catch (Throwable e) {
                    failed.compareAndSet(null, e);
                }
            }));
        }
        for (Thread t : threads) {
            assertTrue(t.join(java.time.Duration.ofSeconds(10)), t.getName() + " did not finish");
        }
        if (failed.get() instanceof Exception e) {
            throw e;
        } else if (failed.get() != null) {
            throw new AssertionError(failed.get());
        }
    }

    @Test
    void concurrentReadersAndWritersOnOneSocketEachGetWholeDatagrams() throws Exception {
        UDPConn echo = listen("udp", "127.0.0.1:0");
        int readers = 4;
        int clients = 8;
        int rounds = 50;
        List<Thread> echoers = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            // Several threads in readFrom and writeTo on the same socket at once.
            echoers.add(Thread.ofVirtual().start(() -> {
                byte[] buf = new byte[64];
                try {
                    while (true) {
                        Packet p = echo.readFrom(buf);
                        echo.writeTo(buf, 0, p.n(), p.addr());
                    }
                } catch (NetException e) {
                    if (!Sentinel.CLOSED.in(e)) {
                        throw new AssertionError(e);
                    }
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }));
        }
        try {
            inParallel(clients, id -> {
                try (UDPConn c = dial("udp", echo.localAddr().toString())) {
                    c.setDeadline(Instant.now().plusSeconds(8));
                    byte[] in = new byte[64];
                    for (int r = 0; r < rounds; r++) {
                        byte[] msg = ByteBuffer.allocate(8).putInt(id).putInt(r).array();
                        c.write(msg);
                        int n = c.read(in);
                        assertEquals(8, n, "echo length");
                        ByteBuffer got = ByteBuffer.wrap(in, 0, n);
                        assertEquals(id, got.getInt(), "echo went to the wrong client");
                        assertEquals(r, got.getInt(), "echo out of order");
                    }
                }
            });
        } finally {
            echo.close();
            for (Thread t : echoers) {
                assertTrue(t.join(java.time.Duration.ofSeconds(5)), "echo reader not woken by close");
            }
        }
    }

    @Test
    void concurrentWritersNeverMixDatagrams() throws Exception {
        UDPConn sink = listen("udp", "127.0.0.1:0");
        UDPConn src = listen("udp", "127.0.0.1:0");
        sink.setReadBuffer(1 << 20); // 200 datagrams in flight fit even if the reader lags
        int writers = 8;
        int each = 25;
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        AtomicReference<Throwable> readerFailed = new AtomicReference<>();
        CountDownLatch all = new CountDownLatch(writers * each);
        Thread reader = Thread.ofVirtual().start(() -> {
            byte[] buf = new byte[2048];
            try {
                sink.setReadDeadline(Instant.now().plusSeconds(8));
                while (all.getCount() > 0) {
                    Packet p = sink.readFrom(buf);
                    String s = new String(buf, 0, p.n(), StandardCharsets.UTF_8);
                    // A datagram is one writer's whole payload: its id repeated 250 times.
                    if (!s.substring(0, 4).repeat(250).equals(s)) {
                        throw new AssertionError("mixed datagram: " + s);
                    }
                    counts.merge(s.substring(0, 4), 1, Integer::sum);
                    all.countDown();
                }
            } catch (Throwable e) {
                readerFailed.set(e);
                while (all.getCount() > 0) {
                    all.countDown(); // let the test fail now, with the reader's error
                }
            }
        });
        try {
            inParallel(writers, id -> {
                byte[] payload = String.format("w%03d", id).repeat(250).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < each; i++) {
                    src.writeTo(payload, sink.localAddr());
                }
            });
            assertTrue(all.await(8, TimeUnit.SECONDS), "datagrams missing: " + all.getCount());
            if (readerFailed.get() != null) {
                throw new AssertionError("reader failed", readerFailed.get());
            }
            for (int id = 0; id < writers; id++) {
                assertEquals(each, counts.get(String.format("w%03d", id)), "datagrams from writer " + id);
            }
        } finally {
            closeAll(sink, src);
            reader.join(java.time.Duration.ofSeconds(5));
        }
    }

    @Test
    void manyVirtualThreadsParkOnManySocketsWithoutPinningCarriers() throws Exception {
        // More blocked readers than carrier threads: parked calls must release their carriers.
        int n = Math.max(64, 4 * Runtime.getRuntime().availableProcessors());
        List<UDPConn> socks = new ArrayList<>();
        UDPConn sender = listen("udp", "127.0.0.1:0");
        try {
            for (int i = 0; i < n; i++) {
                socks.add(listen("udp", "127.0.0.1:0"));
            }
            CountDownLatch started = new CountDownLatch(n);
            Thread feeder = Thread.ofVirtual().start(() -> {
                try {
                    assertTrue(started.await(10, TimeUnit.SECONDS), "readers did not start");
                    Thread.sleep(50); // let them park
                    for (int i = 0; i < n; i++) {
                        sender.writeTo(Integer.toString(i).getBytes(), socks.get(i).localAddr());
                    }
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            inParallel(n, i -> {
                UDPConn c = socks.get(i);
                c.setReadDeadline(Instant.now().plusSeconds(8));
                started.countDown();
                byte[] buf = new byte[16];
                Packet p = c.readFrom(buf);
                assertEquals(Integer.toString(i), new String(buf, 0, p.n()));
                assertEquals(sender.localAddr().toString(), p.addr().toString());
            });
            feeder.join();
        } finally {
            closeAll(sender);
            closeAll(socks.toArray(new AutoCloseable[0]));
        }
    }
}
