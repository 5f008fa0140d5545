package dev.gonet.jvm.udp;

import static dev.gonet.jvm.udp.Udp.bytes;
import static dev.gonet.jvm.udp.Udp.closeAll;
import static dev.gonet.jvm.udp.Udp.dial;
import static dev.gonet.jvm.udp.Udp.fails;
import static dev.gonet.jvm.udp.Udp.listen;
import static dev.gonet.jvm.udp.Udp.read;
import static dev.gonet.jvm.udp.Udp.recv;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.NetException;
import dev.gonet.PacketConn.Packet;
import dev.gonet.Sentinel;
import dev.gonet.UDPAddr;
import dev.gonet.UDPConn;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The datagram path over real loopback sockets: who hears what, and how much of it. */
class UdpConnTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"udp, 127.0.0.1:0", "udp4, 127.0.0.1:0", "udp, [::1]:0", "udp6, [::1]:0"})
    void readFromAndWriteToBetweenUnconnectedSockets(String network, String address) throws Exception {
        UDPConn a = listen(network, address);
        UDPConn b = listen(network, address);
        try {
            assertNull(a.remoteAddr(), "remoteAddr of a listening socket");
            assertTrue(a.localAddr().port() != 0, "port 0 picks a real port: " + a.localAddr());
            a.writeTo(bytes("ping"), b.localAddr());
            Udp.Got got = recv(b, 100);
            assertEquals("ping", got.text());
            assertEquals(a.localAddr().toString(), got.from().toString(), "sender");
            b.writeTo(bytes("pong"), got.from());
            assertEquals("pong", recv(a, 100).text());
        } finally {
            closeAll(a, b);
        }
    }

    @Test
    void dualStackWildcardHearsBothFamiliesAndRepliesToEach() throws Exception {
        UDPConn any = listen("udp", ":0");
        UDPConn v4 = listen("udp4", "127.0.0.1:0");
        UDPConn v6 = listen("udp6", "[::1]:0");
        try {
            assertEquals("[::]:" + any.localAddr().port(), any.localAddr().toString());
            int port = any.localAddr().port();
            v4.writeTo(bytes("four"), new UDPAddr(dev.gonet.IP.v4(127, 0, 0, 1), port));
            Udp.Got g4 = recv(any, 100);
            assertEquals("four", g4.text());
            assertEquals(v4.localAddr().toString(), g4.from().toString());
            // Go's sockaddrToUDP on an IPv6 socket: the IPv4 sender in its 16-byte form.
            assertEquals(16, ((UDPAddr) g4.from()).ip().length(), "sender IP length");
            v6.writeTo(bytes("six"), new UDPAddr(dev.gonet.IP.IPv6loopback, port));
            Udp.Got g6 = recv(any, 100);
            assertEquals(v6.localAddr().toString(), g6.from().toString());
            any.writeTo(bytes("back4"), g4.from());
            any.writeTo(bytes("back6"), g6.from());
            assertEquals("back4", recv(v4, 100).text());
            assertEquals("back6", recv(v6, 100).text());
        } finally {
            closeAll(any, v4, v6);
        }
    }

    @Test
    void connectedSocketHearsOnlyItsPeer() throws Exception {
        UDPConn srv = listen("udp", "127.0.0.1:0");
        UDPConn other = listen("udp", "127.0.0.1:0");
        UDPConn c = dial("udp", srv.localAddr().toString());
        try {
            assertEquals(srv.localAddr().toString(), c.remoteAddr().toString(), "remoteAddr");
            c.write(bytes("hello"));
            Udp.Got got = recv(srv, 100);
            assertEquals("hello", got.text());
            assertEquals(c.localAddr().toString(), got.from().toString());
            other.writeTo(bytes("intruder"), c.localAddr()); // the kernel drops it: not the peer
            srv.writeTo(bytes("peer"), c.localAddr());
            assertEquals("peer", new String(read(c, 100)));
            c.setReadDeadline(Instant.now().plusMillis(100));
            NetException e = fails(() -> c.read(new byte[100]));
            assertTrue(e.isTimeout(), "no datagram but the peer's: " + e.getMessage());
            // readFrom works on a connected socket too, and names the peer.
            c.setReadDeadline(null);
            srv.writeTo(bytes("again"), c.localAddr());
            Udp.Got g = recv(c, 100);
            assertEquals("again", g.text());
            assertEquals(srv.localAddr().toString(), g.from().toString());
        } finally {
            closeAll(srv, other, c);
        }
    }

    @Test
    void readOnAnUnconnectedSocketTakesAnyDatagram() throws Exception {
        UDPConn a = listen("udp", "127.0.0.1:0");
        UDPConn b = listen("udp", "127.0.0.1:0");
        try {
            a.writeTo(bytes("anon"), b.localAddr());
            assertEquals("anon", new String(read(b, 100)));
        } finally {
            closeAll(a, b);
        }
    }

    @Test
    void longerDatagramIsTruncatedAndTheRestDiscarded() throws Exception {
        UDPConn srv = listen("udp", "127.0.0.1:0");
        UDPConn c = dial("udp", srv.localAddr().toString());
        try {
            byte[] big = new byte[1000];
            new Random(1).nextBytes(big);
            c.write(big);
            c.write(bytes("next"));
            byte[] buf = new byte[100];
            srv.setReadDeadline(Instant.now().plus(Udp.PATIENCE));
            Packet p = srv.readFrom(buf);
            assertEquals(100, p.n(), "Go on Linux: n = len(buf), no error");
            assertArrayEquals(Arrays.copyOf(big, 100), buf);
            assertEquals("next", recv(srv, 100).text(), "the next read gets the next datagram");
            // The same through read() on the connected end, into an offset slice.
            srv.writeTo(big, c.localAddr());
            srv.writeTo(bytes("after"), c.localAddr());
            byte[] slice = new byte[20];
            c.setReadDeadline(Instant.now().plus(Udp.PATIENCE));
            assertEquals(10, c.read(slice, 5, 10));
            assertArrayEquals(Arrays.copyOf(big, 10), Arrays.copyOfRange(slice, 5, 15));
            assertEquals("after", new String(read(c, 100)));
        } finally {
            closeAll(srv, c);
        }
    }

    @Test
    void zeroLengthDatagramsAndBuffers() throws Exception {
        UDPConn srv = listen("udp", "127.0.0.1:0");
        UDPConn c = dial("udp", srv.localAddr().toString());
        try {
            srv.writeTo(new byte[0], c.localAddr());
            assertEquals(0, read(c, 100).length, "an empty datagram reads as n = 0, not end of stream");
            UDPConn u = listen("udp", "127.0.0.1:0");
            u.writeTo(new byte[0], srv.localAddr());
            Udp.Got g = recv(srv, 100);
            assertEquals(0, g.data().length);
            assertEquals(u.localAddr().toString(), g.from().toString());
            u.close();
            // The JDK cannot send an empty datagram from a connected socket: it says so.
            NetException e = fails(() -> c.write(new byte[0]));
            assertEquals("write udp " + c.localAddr() + "->" + c.remoteAddr() + ": " + UdpErrors.EMPTY_WRITE,
                    e.getMessage());
            assertTrue(Sentinel.UNSUPPORTED.in(e), "UNSUPPORTED.in(err)");
            // Go: Read with an empty buffer returns 0 at once and consumes nothing...
            srv.writeTo(bytes("kept"), c.localAddr());
            assertEquals(0, c.read(new byte[0]));
            assertEquals("kept", new String(read(c, 100)));
            // ...but ReadFrom with an empty buffer takes a datagram (recvfrom) and names its sender.
            c.write(bytes("abc"));
            c.write(bytes("def"));
            srv.setReadDeadline(Instant.now().plus(Udp.PATIENCE));
            Packet p = srv.readFrom(new byte[0]);
            assertEquals(0, p.n());
            assertEquals(c.localAddr().toString(), p.addr().toString());
            assertEquals("def", recv(srv, 100).text());
        } finally {
            closeAll(srv, c);
        }
    }

    @ParameterizedTest(name = "{0} max {1}")
    @CsvSource({"127.0.0.1:0, 65507", "[::1]:0, 65527"})
    void largestDatagramPassesOneMoreIsTooLong(String address, int max) throws Exception {
        UDPConn a = listen("udp", address);
        UDPConn b = listen("udp", address);
        try {
            byte[] big = new byte[max];
            new Random(2).nextBytes(big);
            a.writeTo(big, b.localAddr());
            Udp.Got got = recv(b, 70000);
            assertArrayEquals(big, got.data(), max + "-byte datagram");
            NetException e = fails(() -> a.writeTo(new byte[max + 1], b.localAddr()));
            assertEquals("write udp " + a.localAddr() + "->" + b.localAddr() + ": sendto: message too long",
                    e.getMessage());
            assertTrue(Sentinel.MESSAGE_TOO_LONG.in(e), "MESSAGE_TOO_LONG.in(err)");
            a.writeTo(bytes("still usable"), b.localAddr());
            assertEquals("still usable", recv(b, 100).text());
        } finally {
            closeAll(a, b);
        }
    }

    @Test
    void connectedSocketSeesConnectionRefusedOnceThePeerIsGone() throws Exception {
        UDPConn srv = listen("udp", "127.0.0.1:0");
        UDPConn c = dial("udp", srv.localAddr().toString());
        try {
            srv.close();
            c.write(bytes("anyone?")); // answered by ICMP port unreachable
            NetException e = fails(() -> read(c, 100));
            String pair = c.localAddr() + "->" + c.remoteAddr();
            assertEquals("read udp " + pair + ": read: connection refused", e.getMessage());
            assertTrue(Sentinel.CONNECTION_REFUSED.in(e), "CONNECTION_REFUSED.in(err)");
            assertTrue(!e.isTimeout(), "refused is not a timeout");

            c.write(bytes("again"));
            NetException rf = fails(() -> recv(c, 100));
            assertEquals("read udp " + pair + ": recvfrom: connection refused", rf.getMessage());

            // The kernel reports the pending error on the next call, whichever it is: here a write.
            NetException w = null;
            for (int i = 0; i < 200 && w == null; i++) {
                try {
                    c.write(bytes("x"));
                    Thread.sleep(5);
                } catch (NetException ex) {
                    w = ex;
                }
            }
            assertTrue(w != null, "no write ever saw the refusal");
            assertEquals("write udp " + pair + ": write: connection refused", w.getMessage());
        } finally {
            closeAll(srv, c);
        }
    }

    @Test
    void unconnectedSocketIsNotToldAboutRefusals() throws Exception {
        UDPConn gone = listen("udp", "127.0.0.1:0");
        UDPAddr closedPort = gone.localAddr();
        gone.close();
        UDPConn a = listen("udp", "127.0.0.1:0");
        try {
            a.writeTo(bytes("anyone?"), closedPort); // ICMP comes back, but Linux keeps it from unconnected sockets
            a.setReadDeadline(Instant.now().plusMillis(100));
            NetException e = fails(() -> a.readFrom(new byte[10]));
            assertEquals("read udp " + a.localAddr() + ": i/o timeout", e.getMessage());
            a.writeTo(bytes("fine"), closedPort);
        } finally {
            closeAll(a);
        }
    }
}
