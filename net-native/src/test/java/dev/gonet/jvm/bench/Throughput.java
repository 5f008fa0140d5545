package dev.gonet.jvm.bench;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.TCPConn;
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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One-connection loopback TCP throughput: a client writes 64 KiB chunks for a fixed time, then
 * half-closes; the server reads into a 64 KiB buffer until EOF and closes; the client's clock
 * stops when it sees that close. So every run times bytes the receiver actually read, the same
 * way for gonet, raw NIO and Go. Each method returns MB/s (10^6 bytes per second).
 */
final class Throughput {
    static final int CHUNK = 64 * 1024;

    private Throughput() {
    }

    /** Virtual threads or platform threads, named. */
    static Thread.Builder threads(boolean virtual, String name) {
        return virtual ? Thread.ofVirtual().name(name) : Thread.ofPlatform().daemon().name(name);
    }

    /** gonet on both ends, one thread per end (virtual: as gonet is meant to run). */
    static double gonet(double seconds, boolean virtual) throws Exception {
        try (Listener ln = Net.listen("tcp", "127.0.0.1:0")) {
            BlockingQueue<Object> served = new ArrayBlockingQueue<>(1);
            threads(virtual, "bench-sink").start(() -> {
                try (Conn c = ln.accept()) {
                    byte[] buf = new byte[CHUNK];
                    long total = 0;
                    for (int n; (n = c.read(buf, 0, CHUNK)) != -1; ) {
                        total += n;
                    }
                    served.add(total);
                } catch (Throwable t) {
                    served.add(t);
                }
            });
            BlockingQueue<Object> sent = new ArrayBlockingQueue<>(1);
            threads(virtual, "bench-blast").start(() -> {
                try (Conn c = Net.dial("tcp", ln.addr().toString())) {
                    byte[] buf = new byte[CHUNK];
                    long total = 0;
                    long start = System.nanoTime();
                    long end = start + (long) (seconds * 1e9);
                    while (System.nanoTime() < end) {
                        c.write(buf, 0, CHUNK);
                        total += CHUNK;
                    }
                    ((TCPConn) c).closeWrite();
                    c.setReadDeadline(Instant.now().plusSeconds(30));
                    int eof = c.read(buf, 0, 1); // the server's close: everything was read
                    sent.add(new long[] {total, System.nanoTime() - start, eof});
                } catch (Throwable t) {
                    sent.add(t);
                }
            });
            return result(sent, served);
        }
    }

    /**
     * The anchor: blocking {@link SocketChannel}s with heap buffers like gonet's byte[]; on
     * platform threads, or on virtual threads (then the JDK parks them on its own poller).
     */
    static double nio(double seconds, boolean virtual) throws Exception {
        try (ServerSocketChannel ssc = ServerSocketChannel.open()) {
            ssc.bind(new InetSocketAddress("127.0.0.1", 0));
            BlockingQueue<Object> served = new ArrayBlockingQueue<>(1);
            threads(virtual, "nio-sink").start(() -> {
                try (SocketChannel c = ssc.accept()) {
                    ByteBuffer buf = ByteBuffer.allocate(CHUNK);
                    long total = 0;
                    for (int n; (n = c.read(buf.clear())) != -1; ) {
                        total += n;
                    }
                    served.add(total);
                } catch (Throwable t) {
                    served.add(t);
                }
            });
            BlockingQueue<Object> sent = new ArrayBlockingQueue<>(1);
            threads(virtual, "nio-blast").start(() -> {
                try (SocketChannel c = SocketChannel.open(ssc.getLocalAddress())) {
                    c.setOption(StandardSocketOptions.TCP_NODELAY, true); // as Go and gonet default
                    ByteBuffer buf = ByteBuffer.allocate(CHUNK);
                    long total = 0;
                    long start = System.nanoTime();
                    long end = start + (long) (seconds * 1e9);
                    while (System.nanoTime() < end) {
                        buf.clear();
                        while (buf.hasRemaining()) {
                            c.write(buf);
                        }
                        total += CHUNK;
                    }
                    c.shutdownOutput();
                    int eof = c.read(ByteBuffer.allocate(1));
                    sent.add(new long[] {total, System.nanoTime() - start, eof});
                } catch (Throwable t) {
                    sent.add(t);
                }
            });
            return result(sent, served);
        }
    }

    private static double result(BlockingQueue<Object> sent, BlockingQueue<Object> served) throws Exception {
        Object s = sent.poll(60, TimeUnit.SECONDS);
        Object r = served.poll(10, TimeUnit.SECONDS);
        if (s instanceof Throwable t) {
            throw new IOException("client failed: " + t, t);
        }
        if (r instanceof Throwable t) {
            throw new IOException("server failed: " + t, t);
        }
        if (s == null || r == null) {
            throw new IOException("run did not finish in time");
        }
        long[] v = (long[]) s;
        if (v[2] != -1 || v[0] != (Long) r) {
            throw new IOException("sent " + v[0] + " bytes, server read " + r + ", final read " + v[2]);
        }
        return v[0] / (v[1] / 1e9) / 1e6;
    }

    /** Go 1.19 on both ends (the peer program's sink-server and blast-client). */
    static double go(double seconds) throws Exception {
        String peer = Peers.goPeer().toString();
        try (Proc srv = Proc.lines(peer, "sink-server", "-addr", "127.0.0.1:0")) {
            String addr = srv.awaitStdout("LISTEN ", Duration.ofSeconds(10)).substring(7);
            try (Proc cli = Proc.lines(peer, "blast-client", "-addr", addr, "-secs", "" + seconds,
                    "-chunk", "" + CHUNK)) {
                String[] ok = cli.awaitStdout("OK ", Duration.ofSeconds((long) seconds + 30)).split(" ");
                String sink = srv.awaitStdout("SINK ", Duration.ofSeconds(10));
                if (!sink.equals("SINK " + ok[1])) {
                    throw new IOException("Go client sent " + ok[1] + ", server read " + sink);
                }
                return Long.parseLong(ok[1]) / (Long.parseLong(ok[2]) / 1e9) / 1e6;
            }
        }
    }

    private static final Pattern RECEIVED = Pattern.compile(
            "\"sum_received\"\\s*:\\s*\\{[^}]*?\"bits_per_second\"\\s*:\\s*([0-9.eE+]+)");

    /** iperf3 client and one-shot server on 127.0.0.1, {@code -l 64K}; the receiver's rate. */
    static double iperf3(double seconds) throws Exception {
        for (int attempt = 0; ; attempt++) {
            int port = Peers.freePort("127.0.0.1");
            try (Proc srv = Proc.lines("iperf3", "-s", "-1", "--forceflush", "-B", "127.0.0.1", "-p", "" + port)) {
                srv.awaitStdout("Server listening", Duration.ofSeconds(10));
                Proc cli = Proc.raw("iperf3", "-c", "127.0.0.1", "-p", "" + port, "-l", "64K",
                        "-t", "" + Math.round(seconds), "-J"); // iperf3 takes whole seconds
                String json = new String(cli.stdout().readAllBytes());
                int rc = cli.awaitExit(Duration.ofSeconds(30));
                cli.close();
                Matcher m = RECEIVED.matcher(json);
                if (rc == 0 && m.find()) {
                    return Double.parseDouble(m.group(1)) / 8 / 1e6;
                }
                if (attempt == 2) {
                    throw new IOException("iperf3 exit " + rc + ": " + json.substring(0, Math.min(400, json.length())));
                }
            }
        }
    }
}
