package dev.gonet.jvm.udp;

import static dev.gonet.jvm.udp.Udp.DIALER;
import static dev.gonet.jvm.udp.Udp.bytes;
import static dev.gonet.jvm.udp.Udp.closeAll;
import static dev.gonet.jvm.udp.Udp.dial;
import static dev.gonet.jvm.udp.Udp.fails;
import static dev.gonet.jvm.udp.Udp.listen;
import static dev.gonet.jvm.udp.Udp.recv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.IP;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.TCPAddr;
import dev.gonet.UDPAddr;
import dev.gonet.UDPConn;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Error texts, each checked against what Go 1.19 prints on Linux for the same call (the expected
 * strings were produced by a Go program doing exactly these operations).
 */
class UdpErrorsTest {
    private static final UDPAddr V6_LOOPBACK_9 = new UDPAddr(IP.IPv6loopback, 9);
    private static final UDPAddr V4_LOOPBACK_9 = new UDPAddr(IP.v4(127, 0, 0, 1), 9);

    @Test
    void writeNeedsAPeerAndWriteToMustNotHaveOne() throws Exception {
        UDPConn a = listen("udp", "127.0.0.1:0");
        UDPConn c = dial("udp", a.localAddr().toString());
        try {
            String l = a.localAddr().toString();
            NetException e = fails(() -> a.write(bytes("x")));
            assertEquals("write udp " + l + ": write: destination address required", e.getMessage());
            assertTrue(Sentinel.DESTINATION_ADDRESS_REQUIRED.in(e), "DESTINATION_ADDRESS_REQUIRED.in(err)");
            e = fails(() -> c.writeTo(bytes("x"), a.localAddr()));
            assertEquals("write udp " + c.localAddr() + "->" + a.localAddr()
                    + ": use of WriteTo with pre-connected connection", e.getMessage());
            assertTrue(Sentinel.WRITE_TO_CONNECTED.in(e), "WRITE_TO_CONNECTED.in(err)");
            // Go: WriteTo with a nil Addr or a non-UDP one is EINVAL, before anything else.
            assertEquals("write udp " + l + ": invalid argument",
                    fails(() -> a.writeTo(bytes("x"), null)).getMessage());
            assertEquals("write udp " + c.localAddr() + ": invalid argument",
                    fails(() -> c.writeTo(bytes("x"), null)).getMessage());
            assertEquals("write udp " + l + "->127.0.0.1:5: invalid argument",
                    fails(() -> a.writeTo(bytes("x"), new TCPAddr(IP.v4(127, 0, 0, 1), 5))).getMessage());
        } finally {
            closeAll(a, c);
        }
    }

    @Test
    void destinationsTheSocketCannotReach() throws Exception {
        UDPConn v4 = listen("udp", "127.0.0.1:0");
        UDPConn v6only = listen("udp6", "[::1]:0");
        UDPConn v6 = listen("udp", "[::1]:0");
        try {
            String l4 = v4.localAddr().toString();
            assertEquals("write udp " + l4 + "->[::1]:9: address ::1: non-IPv4 address",
                    fails(() -> v4.writeTo(bytes("x"), V6_LOOPBACK_9)).getMessage());
            assertEquals("write udp " + l4 + "->127.0.0.1:0: sendto: invalid argument",
                    fails(() -> v4.writeTo(bytes("x"), new UDPAddr(IP.v4(127, 0, 0, 1), 0))).getMessage());
            assertEquals("write udp6 " + v6only.localAddr() + "->127.0.0.1:9: sendto: network is unreachable",
                    fails(() -> v6only.writeTo(bytes("x"), V4_LOOPBACK_9)).getMessage());
            // Without IPV6_V6ONLY the kernel itself refuses IPv4 from an address bound to ::1.
            NetException e = fails(() -> v6.writeTo(bytes("x"), V4_LOOPBACK_9));
            assertEquals("write udp " + v6.localAddr() + "->127.0.0.1:9: sendto: network is unreachable",
                    e.getMessage());
            assertTrue(Sentinel.NETWORK_UNREACHABLE.in(e), "NETWORK_UNREACHABLE.in(err)");
            // Go checks the deadline before sendto's own complaints.
            v4.setWriteDeadline(Instant.now().minusSeconds(1));
            assertEquals("write udp " + l4 + "->127.0.0.1:70000: i/o timeout",
                    fails(() -> v4.writeTo(bytes("x"), new UDPAddr(IP.v4(127, 0, 0, 1), 70000))).getMessage());
        } finally {
            closeAll(v4, v6only, v6);
        }
    }

    @Test
    void nilDestinationIPMeansThisHost() throws Exception {
        UDPConn a = listen("udp4", "127.0.0.1:0");
        UDPConn b = listen("udp4", "127.0.0.1:0");
        try {
            a.writeTo(bytes("local"), new UDPAddr(null, b.localAddr().port()));
            assertEquals("local", recv(b, 10).text());
        } finally {
            closeAll(a, b);
        }
    }

    private record ListenErrorCase(String network, String address, String err) {
    }

    @Test
    void listenFailuresAsGo() throws Exception {
        UDPConn a = listen("udp", "127.0.0.1:0");
        try {
            NetException e = fails(() -> listen("udp", a.localAddr().toString()));
            assertEquals("listen udp " + a.localAddr() + ": bind: address already in use", e.getMessage());
            assertTrue(Sentinel.ADDRESS_IN_USE.in(e), "ADDRESS_IN_USE.in(err)");
        } finally {
            closeAll(a);
        }
        ListenErrorCase[] table = {
            new ListenErrorCase("udp", "127.0.0.1", "listen udp: address 127.0.0.1: missing port in address"),
            new ListenErrorCase("udp", "127.0.0.1:99999", "listen udp: address 99999: invalid port"),
            new ListenErrorCase("udp", "127.0.0.1:-1", "listen udp: address -1: invalid port"),
            new ListenErrorCase("udp6", "127.0.0.1:0", "listen udp6: address 127.0.0.1: no suitable address found"),
            new ListenErrorCase("udp6", "[::ffff:127.0.0.1]:0",
                "listen udp6: address ::ffff:127.0.0.1: no suitable address found"),
            new ListenErrorCase("udp4", "[::1]:0", "listen udp4: address ::1: no suitable address found"),
            new ListenErrorCase("udp", "::1:0", "listen udp: address ::1:0: too many colons in address"),
            new ListenErrorCase("udp", "1.2.3.4:0", "listen udp 1.2.3.4:0: bind: cannot assign requested address"),
            new ListenErrorCase("foo", ":0", "listen foo: unknown network foo"),
        };
        for (ListenErrorCase row : table) {
            assertEquals(row.err(), fails(() -> listen(row.network(), row.address())).getMessage(),
                    "listenPacket(\"" + row.network() + "\", \"" + row.address() + "\")");
        }
    }

    private record DialErrorCase(String network, String address, String err) {
    }

    @Test
    void dialFailuresAsGo() throws Exception {
        DialErrorCase[] table = {
            new DialErrorCase("udp", "", "dial udp: missing address"),
            new DialErrorCase("udp", "127.0.0.1", "dial udp: address 127.0.0.1: missing port in address"),
            new DialErrorCase("udp4", "[::1]:53", "dial udp4: address ::1: no suitable address found"),
            new DialErrorCase("udp6", "127.0.0.1:53", "dial udp6: address 127.0.0.1: no suitable address found"),
            new DialErrorCase("udp", "[::1]:99999", "dial udp: address 99999: invalid port"),
        };
        for (DialErrorCase row : table) {
            assertEquals(row.err(), fails(() -> dial(row.network(), row.address())).getMessage(),
                    "dial(\"" + row.network() + "\", \"" + row.address() + "\")");
        }
        assertEquals("dial udp: address 127.0.0.1:0: mismatched local address type",
                fails(() -> DIALER.withLocalAddr(new TCPAddr(IP.v4(127, 0, 0, 1), 0)).dial("udp", "127.0.0.1:9"))
                        .getMessage());
        assertEquals("dial udp: address [::1]:0: no suitable address found",
                fails(() -> DIALER.withLocalAddr(new UDPAddr(IP.IPv6loopback, 0)).dial("udp", "127.0.0.1:9"))
                        .getMessage());
        assertEquals("dial udp 127.0.0.1:9: i/o timeout",
                fails(() -> DIALER.withDeadline(Instant.now().minusSeconds(1)).dial("udp", "127.0.0.1:9"))
                        .getMessage());
        UDPConn taken = listen("udp", "127.0.0.1:0");
        try {
            NetException e = fails(() -> DIALER.withLocalAddr(taken.localAddr()).dial("udp", "127.0.0.1:9"));
            assertEquals("dial udp " + taken.localAddr() + "->127.0.0.1:9: bind: address already in use",
                    e.getMessage());
        } finally {
            closeAll(taken);
        }
    }

    @Test
    void dialFromALocalAddress() throws Exception {
        UDPConn srv = listen("udp", "127.0.0.1:0");
        UDPConn c = (UDPConn) DIALER.withLocalAddr(new UDPAddr(IP.v4(127, 0, 0, 1), 0))
                .dial("udp", srv.localAddr().toString());
        try {
            assertEquals("127.0.0.1", c.localAddr().ip().toString());
            c.write(bytes("from"));
            assertEquals(c.localAddr().toString(), recv(srv, 10).from().toString());
        } finally {
            closeAll(srv, c);
        }
    }
}
