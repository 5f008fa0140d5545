package dev.gonet.jvm.udp;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonet.Addr;
import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.NetException;
import dev.gonet.PacketConn.Packet;
import dev.gonet.UDPConn;
import dev.gonet.jvm.JvmPlatform;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.function.Executable;

/** Test helpers over real UDP sockets on loopback (127.0.0.1 and [::1] only). */
final class Udp {
    static final JvmPlatform PLATFORM = new JvmPlatform();
    static final Dialer DIALER = new Dialer().withPlatform(PLATFORM);
    static final ListenConfig LISTEN = new ListenConfig().withPlatform(PLATFORM);
    /** Upper bound for a read a test expects to succeed: a hang becomes a failure, not a stuck build. */
    static final Duration PATIENCE = Duration.ofSeconds(5);

    private Udp() {
    }

    static UDPConn listen(String network, String address) throws IOException {
        return (UDPConn) LISTEN.listenPacket(network, address);
    }

    static UDPConn dial(String network, String address) throws IOException {
        return (UDPConn) DIALER.dial(network, address);
    }

    /** A packet's bytes and sender. */
    record Got(byte[] data, Addr from) {
        String text() {
            return new String(data, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** readFrom with {@link #PATIENCE} as the read deadline (cleared afterwards). */
    static Got recv(UDPConn c, int bufSize) throws IOException {
        c.setReadDeadline(Instant.now().plus(PATIENCE));
        try {
            byte[] b = new byte[bufSize];
            Packet p = c.readFrom(b);
            return new Got(Arrays.copyOf(b, p.n()), p.addr());
        } finally {
            c.setReadDeadline(null);
        }
    }

    /** read with {@link #PATIENCE} as the read deadline. */
    static byte[] read(UDPConn c, int bufSize) throws IOException {
        c.setReadDeadline(Instant.now().plus(PATIENCE));
        try {
            byte[] b = new byte[bufSize];
            int n = c.read(b);
            return Arrays.copyOf(b, n);
        } finally {
            c.setReadDeadline(null);
        }
    }

    static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static NetException fails(Executable e) {
        return assertThrows(NetException.class, e);
    }

    static void closeAll(AutoCloseable... cs) {
        for (AutoCloseable c : cs) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // closed by the test already
            }
        }
    }
}
