package dev.gonet.jvm.bench;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.jvm.interop.Peers;
import dev.gonet.jvm.interop.Proc;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Echo round trips on one loopback TCP connection: the client writes a message, reads the whole
 * echo, and times that with {@link System#nanoTime()}; {@code warm} round trips first are not
 * counted (JIT, page faults). Go's pingpong mode in the peer program does exactly the same.
 */
final class Latency {
    /** Round-trip percentiles and mean, in microseconds. */
    record Stats(double p50, double p99, double mean) {
        static Stats of(long[] nanos) {
            long[] s = nanos.clone();
            Arrays.sort(s);
            double sum = 0;
            for (long v : s) {
                sum += v;
            }
            return new Stats(s[s.length / 2] / 1e3, s[s.length * 99 / 100] / 1e3, sum / s.length / 1e3);
        }
    }

    private Latency() {
    }

    /** gonet client and gonet echo server, each on its own (virtual or platform) thread. */
    static Stats gonetToGonet(int size, int warm, int n, boolean virtual) throws Exception {
        try (Listener ln = Net.listen("tcp", "127.0.0.1:0")) {
            Throughput.threads(virtual, "bench-echo").start(() -> {
                try (Conn c = ln.accept()) {
                    byte[] buf = new byte[64 * 1024];
                    for (int r; (r = c.read(buf, 0, buf.length)) != -1; ) {
                        c.write(buf, 0, r);
                    }
                } catch (IOException e) {
                    // the client's close ends the run; its own errors are reported there
                }
            });
            return gonetClient(ln.addr().toString(), size, warm, n, virtual);
        }
    }

    /** gonet client against Go 1.19's echo server (the peer program). */
    static Stats gonetToGo(int size, int warm, int n) throws Exception {
        try (Proc srv = Proc.lines(Peers.goPeer().toString(), "stream-echo-server", "-addr", "127.0.0.1:0")) {
            String addr = srv.awaitStdout("LISTEN ", Duration.ofSeconds(10)).substring(7);
            return gonetClient(addr, size, warm, n, true);
        }
    }

    private static Stats gonetClient(String addr, int size, int warm, int n, boolean virtual) throws Exception {
        BlockingQueue<Object> out = new ArrayBlockingQueue<>(1);
        Throughput.threads(virtual, "bench-ping").start(() -> {
            try (Conn c = Net.dial("tcp", addr)) {
                c.setDeadline(Instant.now().plusSeconds(120)); // a stuck run fails instead of hanging
                byte[] msg = new byte[size];
                byte[] back = new byte[size];
                long[] lat = new long[n];
                for (int i = -warm; i < n; i++) {
                    long t0 = System.nanoTime();
                    c.write(msg, 0, size);
                    for (int got = 0; got < size; ) {
                        int r = c.read(back, got, size - got);
                        if (r < 0) {
                            throw new IOException("echo server closed early");
                        }
                        got += r;
                    }
                    if (i >= 0) {
                        lat[i] = System.nanoTime() - t0;
                    }
                }
                out.add(Stats.of(lat));
            } catch (Throwable t) {
                out.add(t);
            }
        });
        return take(out);
    }

    /** The anchor: Go client and Go server (the peer program's pingpong mode). */
    static Stats goToGo(int size, int warm, int n) throws Exception {
        String peer = Peers.goPeer().toString();
        try (Proc srv = Proc.lines(peer, "stream-echo-server", "-addr", "127.0.0.1:0")) {
            String addr = srv.awaitStdout("LISTEN ", Duration.ofSeconds(10)).substring(7);
            try (Proc cli = Proc.lines(peer, "pingpong", "-addr", addr, "-size", "" + size,
                    "-warm", "" + warm, "-n", "" + n)) {
                String[] ok = cli.awaitStdout("OK ", Duration.ofSeconds(120)).split(" ");
                return new Stats(Long.parseLong(ok[1]) / 1e3, Long.parseLong(ok[2]) / 1e3, Long.parseLong(ok[3]) / 1e3);
            }
        }
    }

    /**
     * Blocking NIO on both ends: what the JDK alone costs per round trip, on platform threads or
     * on virtual threads (parked on the JDK's own poller).
     */
    static Stats nioToNio(int size, int warm, int n, boolean virtual) throws Exception {
        try (ServerSocketChannel ssc = ServerSocketChannel.open()) {
            ssc.bind(new InetSocketAddress("127.0.0.1", 0));
            Throughput.threads(virtual, "nio-echo").start(() -> {
                try (SocketChannel c = ssc.accept()) {
                    c.setOption(StandardSocketOptions.TCP_NODELAY, true);
                    ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
                    while (c.read(buf.clear()) != -1) {
                        buf.flip();
                        while (buf.hasRemaining()) {
                            c.write(buf);
                        }
                    }
                } catch (IOException e) {
                    // the client's close ends the run
                }
            });
            BlockingQueue<Object> out = new ArrayBlockingQueue<>(1);
            Throughput.threads(virtual, "nio-ping").start(() -> {
                try (SocketChannel c = SocketChannel.open(ssc.getLocalAddress())) {
                    c.setOption(StandardSocketOptions.TCP_NODELAY, true);
                    ByteBuffer msg = ByteBuffer.allocate(size);
                    ByteBuffer back = ByteBuffer.allocate(size);
                    long[] lat = new long[n];
                    for (int i = -warm; i < n; i++) {
                        long t0 = System.nanoTime();
                        msg.clear();
                        while (msg.hasRemaining()) {
                            c.write(msg);
                        }
                        back.clear();
                        while (back.hasRemaining()) {
                            if (c.read(back) < 0) {
                                throw new IOException("echo server closed early");
                            }
                        }
                        if (i >= 0) {
                            lat[i] = System.nanoTime() - t0;
                        }
                    }
                    out.add(Stats.of(lat));
                } catch (Throwable t) {
                    out.add(t);
                }
            });
            return take(out);
        }
    }

    private static Stats take(BlockingQueue<Object> out) throws Exception {
        Object r = out.poll(150, TimeUnit.SECONDS);
        if (r instanceof Throwable t) {
            throw new IOException("client failed: " + t, t);
        }
        if (r == null) {
            throw new IOException("run did not finish in time");
        }
        return (Stats) r;
    }
}
