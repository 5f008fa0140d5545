package dev.gonet.jvm.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.HostPort;
import dev.gonet.Net;
import dev.gonet.NetError;
import dev.gonet.PacketConn;
import dev.gonet.UDPAddr;
import dev.gonet.UDPConn;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * gonet UDP against Go 1.19 and socat, both directions, over 127.0.0.1 and [::1]: many datagrams
 * of varied sizes (up to the largest a loopback datagram can carry), each echoed whole, byte for
 * byte, one at a time so a full socket buffer never drops one. Both our connected socket
 * ({@code dial}) and our unconnected one ({@code listenPacket}: readFrom/writeTo) take part.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class UdpInteropTest {
    static final int COUNT = 2000;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"udp4, 127.0.0.1", "udp6, ::1"})
    void goClientSendsToOurPacketConn(String network, String host) throws Exception {
        try (Ours.PacketEcho echo = new Ours.PacketEcho(Net.listenPacket(network, Net.joinHostPort(host, "0")));
                Proc go = Proc.lines(Peers.goPeer().toString(), "udp-client", "-net", network,
                        "-addr", echo.addr().toString(), "-count", "" + COUNT, "-size", "1400", "-seed", "5")) {
            assertEquals("OK " + COUNT, go.awaitStdout("OK ", Ours.IO_LIMIT));
            assertEquals(0, go.awaitExit(Duration.ofSeconds(5)), "Go client: " + go);
            echo.assertNoFailure();
            // at least every datagram once; a retried one (after a loss) may come twice
            assertTrue(echo.got.size() >= COUNT, "our server got " + echo.got.size() + " datagrams");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"udp4, 127.0.0.1, 65507", "udp6, ::1, 65527"})
    void weDialGoServer(String network, String host, int largest) throws Exception {
        try (Proc go = goServer(network, host)) {
            String addr = go.awaitStdout("LISTEN ", Duration.ofSeconds(10)).substring("LISTEN ".length());
            try (Conn c = Net.dial(network, addr)) {
                UDPConn uc = assertInstanceOf(UDPConn.class, c);
                assertEquals(addr, uc.remoteAddr().toString(), "remoteAddr");
                pingPong(c, messages(COUNT, 1400, largest, 31));
                // A datagram longer than the buffer is cut to it and the rest dropped, as in Go.
                c.write(new byte[3000]);
                c.setReadDeadline(Instant.now().plusSeconds(5));
                byte[] small = new byte[100];
                assertEquals(100, c.read(small), "truncated read");
                byte[] next = {1, 2, 3};
                c.write(next);
                byte[] buf = new byte[100];
                assertEquals(3, c.read(buf), "the next datagram after a truncated one");
                assertEquals(Arrays.toString(next), Arrays.toString(Arrays.copyOf(buf, 3)));
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"udp4, 127.0.0.1", "udp6, ::1"})
    void ourPacketConnWritesToGoServer(String network, String host) throws Exception {
        try (Proc go = goServer(network, host);
                PacketConn pc = Net.listenPacket(network, Net.joinHostPort(host, "0"))) {
            String addr = go.awaitStdout("LISTEN ", Duration.ofSeconds(10)).substring("LISTEN ".length());
            HostPort hp = Net.splitHostPort(addr);
            UDPAddr to = new UDPAddr(Net.parseIP(hp.host()), Integer.parseInt(hp.port()));
            byte[] buf = new byte[65536];
            for (byte[] m : messages(300, 1400, 9000, 37)) {
                pc.writeTo(m, to);
                pc.setReadDeadline(Instant.now().plusSeconds(5));
                PacketConn.Packet p = pc.readFrom(buf);
                assertEquals(addr, p.addr().toString(), "sender of the echo");
                assertEquals(Arrays.toString(m), Arrays.toString(Arrays.copyOf(buf, p.n())), "echo");
            }
        }
    }

    @Test
    void socatSendsToOurPacketConn() throws Exception {
        try (Ours.PacketEcho echo = new Ours.PacketEcho(Net.listenPacket("udp4", "127.0.0.1:0"))) {
            int port = ((UDPAddr) echo.addr()).port();
            List<byte[]> sent = messages(200, 1400, 1400, 41);
            List<byte[]> back = Socat.datagramClient("UDP4:127.0.0.1:" + port, sent);
            echo.assertNoFailure();
            for (int i = 0; i < sent.size(); i++) {
                assertEquals(Arrays.toString(sent.get(i)), Arrays.toString(back.get(i)), "echo " + i);
            }
            List<byte[]> got = new ArrayList<>(echo.got);
            assertEquals(sent.size(), got.size(), "datagrams our server received");
            for (int i = 0; i < sent.size(); i++) {
                assertEquals(Arrays.toString(sent.get(i)), Arrays.toString(got.get(i)), "datagram " + i + " as received");
            }
        }
    }

    @Test
    void weDialSocatServer() throws Exception {
        try (Socat.Listening s = Socat.echoServer("UDP4-LISTEN:%d,bind=127.0.0.1", "127.0.0.1", "PIPE");
                Conn c = Net.dial("udp4", "127.0.0.1:" + s.port())) {
            // socat relays through an 8 KiB buffer, so this peer stays under that
            pingPong(c, messages(500, 1400, 8000, 43));
        }
    }

    private static Proc goServer(String network, String host) throws IOException {
        return Proc.lines(Peers.goPeer().toString(), "udp-echo-server", "-net", network,
                "-addr", Net.joinHostPort(host, "0"));
    }

    /**
     * {@code count} datagrams: random sizes up to {@code typical}, every 100th of size
     * {@code largest}. Each starts with its index, so a late echo of a retried datagram is
     * recognised and skipped rather than mistaken for a corrupt one.
     */
    static List<byte[]> messages(int count, int typical, int largest, long seed) {
        Random r = new Random(seed);
        List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = i % 100 == 99 ? largest : 4 + r.nextInt(typical - 3);
            byte[] m = new byte[n];
            r.nextBytes(m);
            ByteBuffer.wrap(m).putInt(i);
            out.add(m);
        }
        return out;
    }

    /** Sends each message and requires its exact echo; resends after a 1 s silence (UDP may drop). */
    static void pingPong(Conn c, List<byte[]> msgs) throws IOException {
        byte[] buf = new byte[65536];
        for (int i = 0; i < msgs.size(); i++) {
            byte[] m = msgs.get(i);
            boolean echoed = false;
            for (int attempt = 0; attempt < 5 && !echoed; attempt++) {
                c.write(m);
                c.setReadDeadline(Instant.now().plusSeconds(1));
                try {
                    while (true) {
                        int n = c.read(buf);
                        if (n >= 4 && ByteBuffer.wrap(buf).getInt(0) < i) {
                            continue; // a late echo of an earlier, resent datagram
                        }
                        assertEquals(m.length, n, "size of echo " + i);
                        assertEquals(Arrays.toString(m), Arrays.toString(Arrays.copyOf(buf, n)), "echo " + i);
                        echoed = true;
                        break;
                    }
                } catch (IOException e) {
                    if (!(e instanceof NetError ne && ne.isTimeout())) {
                        throw e;
                    }
                }
            }
            assertTrue(echoed, "no echo for datagram " + i + " (" + m.length + " bytes) in 5 tries");
        }
    }
}
