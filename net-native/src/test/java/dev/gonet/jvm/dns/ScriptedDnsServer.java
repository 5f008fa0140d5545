package dev.gonet.jvm.dns;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real UDP peer on 127.0.0.1 that answers each query with whatever {@code script} returns for
 * it (zero or more datagrams): for replies no well-behaved server sends, such as SERVFAIL, lame
 * referrals, forged IDs and garbage.
 */
final class ScriptedDnsServer implements AutoCloseable {
    private final DatagramSocket socket;
    private final Thread thread;
    final AtomicInteger queries = new AtomicInteger();

    ScriptedDnsServer(Function<byte[], List<byte[]>> script) throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        thread = Thread.ofVirtual().name("scripted-dns").start(() -> {
            byte[] buf = new byte[2048];
            while (!socket.isClosed()) {
                DatagramPacket in = new DatagramPacket(buf, buf.length);
                try {
                    socket.receive(in);
                    queries.incrementAndGet();
                    byte[] q = java.util.Arrays.copyOf(in.getData(), in.getLength());
                    for (byte[] reply : script.apply(q)) {
                        socket.send(new DatagramPacket(reply, reply.length, in.getSocketAddress()));
                    }
                } catch (SocketException e) {
                    return; // closed
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
    }

    String server() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    @Override
    public void close() throws InterruptedException {
        socket.close();
        thread.join(5000);
    }

    /**
     * A reply to query {@code q}: same ID and question, the given flags and rcode, and A records
     * (4-byte addresses) or AAAA records (16-byte) for the question's name.
     */
    static byte[] reply(byte[] q, int flags, int rcode, byte[]... addrs) {
        int qend = 12;
        while (q[qend] != 0) {
            qend += (q[qend] & 0xff) + 1;
        }
        qend += 5; // root label, type, class
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write(q[0]);
        b.write(q[1]);
        b.write((0x80 | flags >> 8) & 0xff);
        b.write((flags | rcode) & 0xff);
        b.write(0);
        b.write(1);
        b.write(0);
        b.write(addrs.length);
        b.write(0);
        b.write(0);
        b.write(0);
        b.write(0);
        b.write(q, 12, qend - 12);
        for (byte[] a : addrs) {
            b.write(0xC0);
            b.write(12);
            b.write(0);
            b.write(a.length == 4 ? 1 : 28);
            b.write(0);
            b.write(1);
            b.write(new byte[] {0, 0, 0, 60}, 0, 4);
            b.write(0);
            b.write(a.length);
            b.write(a, 0, a.length);
        }
        return b.toByteArray();
    }

    /** The query type (1 = A, 28 = AAAA) of query {@code q}. */
    static int qtype(byte[] q) {
        int i = 12;
        while (q[i] != 0) {
            i += (q[i] & 0xff) + 1;
        }
        return (q[i + 1] & 0xff) << 8 | q[i + 2] & 0xff;
    }
}
