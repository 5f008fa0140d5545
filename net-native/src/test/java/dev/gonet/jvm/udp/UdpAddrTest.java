package dev.gonet.jvm.udp;

import static dev.gonet.jvm.udp.Udp.DIALER;
import static dev.gonet.jvm.udp.Udp.LISTEN;
import static dev.gonet.jvm.udp.Udp.bytes;
import static dev.gonet.jvm.udp.Udp.closeAll;
import static dev.gonet.jvm.udp.Udp.dial;
import static dev.gonet.jvm.udp.Udp.fails;
import static dev.gonet.jvm.udp.Udp.listen;
import static dev.gonet.jvm.udp.Udp.recv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.AddrException;
import dev.gonet.DNSException;
import dev.gonet.Dialer;
import dev.gonet.IP;
import dev.gonet.MX;
import dev.gonet.NS;
import dev.gonet.SRVResult;
import dev.gonet.Net;
import dev.gonet.Resolver;
import dev.gonet.SockOpt;
import dev.gonet.UDPAddr;
import dev.gonet.UDPConn;
import dev.gonet.jvm.JvmPlatform;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Address forms for listen, dial and resolveUDPAddr, and socket options; expectations from Go 1.19. */
class UdpAddrTest {

    @Test
    void listenFormsPrintAsGo() throws Exception {
        String[][] table = {
            // network, address, local address prefix (the port is chosen by the kernel)
            {"udp", "127.0.0.1:0", "127.0.0.1:"},
            {"udp4", "127.0.0.1:0", "127.0.0.1:"},
            {"udp", "[::1]:0", "[::1]:"},
            {"udp6", "[::1]:0", "[::1]:"},
            {"udp", "[::ffff:127.0.0.1]:0", "127.0.0.1:"},
            {"udp", ":0", "[::]:"},
            {"udp", "", "[::]:"},
            {"udp", "0.0.0.0:0", "[::]:"},
            {"udp4", ":0", "0.0.0.0:"},
            {"udp6", ":0", "[::]:"},
            // Go binds a multicast address's port on the wildcard address.
            {"udp4", "224.0.0.251:0", "0.0.0.0:"},
        };
        for (String[] row : table) {
            UDPConn c = listen(row[0], row[1]);
            try {
                String what = "listenPacket(\"" + row[0] + "\", \"" + row[1] + "\").localAddr()";
                assertTrue(c.localAddr().toString().startsWith(row[2]), what + " = " + c.localAddr());
                assertTrue(c.localAddr().port() > 0, what + " has port 0");
                assertEquals("udp", c.localAddr().network());
            } finally {
                c.close();
            }
        }
    }

    @Test
    void wildcardDialReachesThisHostOverLoopback() throws Exception {
        UDPConn v4 = listen("udp4", "127.0.0.1:0");
        UDPConn v6 = listen("udp6", "[::1]:0");
        int p4 = v4.localAddr().port();
        int p6 = v6.localAddr().port();
        String[][] table = {
            {"udp", ":" + p4, "127.0.0.1:" + p4},
            {"udp", "0.0.0.0:" + p4, "127.0.0.1:" + p4},
            {"udp4", ":" + p4, "127.0.0.1:" + p4},
            {"udp6", ":" + p6, "[::1]:" + p6},
            {"udp", "[::]:" + p6, "[::1]:" + p6},
        };
        try {
            for (String[] row : table) {
                UDPConn c = dial(row[0], row[1]);
                try {
                    assertEquals(row[2], c.remoteAddr().toString(), "dial(\"" + row[0] + "\", \"" + row[1] + "\")");
                    c.write(bytes(row[1]));
                    assertEquals(row[1], recv(row[2].startsWith("[") ? v6 : v4, 100).text());
                } finally {
                    c.close();
                }
            }
        } finally {
            closeAll(v4, v6);
        }
    }

    @Test
    void resolveUDPAddrTable() throws IOException {
        String[][] table = {
            {"udp", "", ":0"},
            {"udp", ":0", ":0"},
            {"udp4", ":0", ":0"},
            {"udp6", ":53", ":53"},
            {"", "1.2.3.4:5", "1.2.3.4:5"},
            {"udp", "1.2.3.4:5", "1.2.3.4:5"},
            {"udp", "[::1]:5", "[::1]:5"},
            {"udp", "[fe80::1%eth0]:5", "[fe80::1%eth0]:5"},
            {"udp", "[::1%1]:5", "[::1%1]:5"},
            {"udp", "1.2.3.4:", "1.2.3.4:0"},
            {"udp4", "[::ffff:1.2.3.4]:5", "1.2.3.4:5"},
            {"udp", "[1.2.3.4]:5", "1.2.3.4:5"},
            {"udp", "0.0.0.0:5", "0.0.0.0:5"},
            {"udp", "[::]:5", "[::]:5"},
            {"udp", "localhost:5", "127.0.0.1:5"},
            {"udp4", "localhost:5", "127.0.0.1:5"},
        };
        for (String[] row : table) {
            assertEquals(row[2], Net.resolveUDPAddr(row[0], row[1]).toString(),
                    "resolveUDPAddr(\"" + row[0] + "\", \"" + row[1] + "\")");
        }
        assertNull(Net.resolveUDPAddr("udp", ":0").ip(), "an empty host is Go's nil IP");
        assertEquals("eth0", Net.resolveUDPAddr("udp", "[fe80::1%eth0]:5").zone());
        assertEquals(new UDPAddr(IP.v4(1, 2, 3, 4), 5), Net.resolveUDPAddr("udp", "1.2.3.4:5"));
        String[][] errors = {
            {"tcp", "1.2.3.4:5", "unknown network tcp"},
            {"ip", "1.2.3.4:5", "unknown network ip"},
            {"udp", "1.2.3.4", "address 1.2.3.4: missing port in address"},
            {"udp", "1.2.3.4:-1", "address -1: invalid port"},
            {"udp", "1.2.3.4:65536", "address 65536: invalid port"},
            {"udp4", "[::1]:5", "address ::1: no suitable address found"},
            {"udp6", "1.2.3.4:5", "address 1.2.3.4: no suitable address found"},
            {"udp6", "[::ffff:1.2.3.4]:5", "address ::ffff:1.2.3.4: no suitable address found"},
            {"udp", "::1:5", "address ::1:5: too many colons in address"},
        };
        for (String[] row : errors) {
            assertEquals(row[2], assertThrows(IOException.class, () -> Net.resolveUDPAddr(row[0], row[1])).getMessage(),
                    "resolveUDPAddr(\"" + row[0] + "\", \"" + row[1] + "\")");
        }
    }

    /** Numeric answers only, plus the service names a test gives it. */
    private record Services(Map<String, Integer> ports) implements Resolver {
        @Override
        public List<String> lookupHost(String host) throws IOException {
            throw DNSException.notFound(host, "");
        }

        @Override
        public List<IP> lookupIP(String network, String host) throws IOException {
            if (host.equals("localhost")) {
                return List.of(IP.IPv6loopback, IP.v4(127, 0, 0, 1));
            }
            throw DNSException.notFound(host, "");
        }

        @Override
        public List<String> lookupAddr(String addr) throws IOException {
            throw DNSException.notFound(addr, "");
        }

        @Override
        public int lookupPort(String network, String service) throws IOException {
            Integer p = ports.get(service);
            if (p == null) {
                throw new AddrException("unknown port", network + "/" + service); // Go's LookupPort
            }
            return p;
        }

        @Override
        public String lookupCNAME(String host) throws IOException {
            throw DNSException.notFound(host, "");
        }

        /** The table holds addresses only: every other record type does not exist. */
        @Override
        public List<MX> lookupMX(String name) throws IOException {
            throw DNSException.notFound(name, "");
        }

        @Override
        public SRVResult lookupSRV(String service, String proto, String name) throws IOException {
            throw DNSException.notFound("_" + service + "._" + proto + "." + name, "");
        }

        @Override
        public List<String> lookupTXT(String name) throws IOException {
            throw DNSException.notFound(name, "");
        }

        @Override
        public List<NS> lookupNS(String name) throws IOException {
            throw DNSException.notFound(name, "");
        }
    }

    @Test
    void serviceNamesAndHostNamesGoThroughThePlatformsResolver() throws Exception {
        UDPConn srv = listen("udp", "127.0.0.1:0");
        JvmPlatform p = new JvmPlatform(new Services(Map.of("gonet-test", srv.localAddr().port(), "any", 0)));
        Dialer d = new Dialer().withPlatform(p);
        try {
            UDPConn c = (UDPConn) d.dial("udp4", "localhost:gonet-test");
            assertEquals(srv.localAddr().toString(), c.remoteAddr().toString(), "dialed by service name");
            c.write(bytes("by name"));
            assertEquals("by name", recv(srv, 100).text());
            c.close();
            // udp takes the resolver's order (::1 first here), as Go's dialSerial does.
            UDPConn c6 = (UDPConn) d.dial("udp", "localhost:gonet-test");
            assertEquals("[::1]:" + srv.localAddr().port(), c6.remoteAddr().toString());
            c6.close();
            UDPConn l = (UDPConn) LISTEN.withPlatform(p).listenPacket("udp", "127.0.0.1:any");
            assertTrue(l.localAddr().port() > 0, "service resolved to port 0: " + l.localAddr());
            l.close();
        } finally {
            srv.close();
        }
        assertEquals("dial udp: address udp/nope: unknown port", fails(() -> d.dial("udp", "localhost:nope")).getMessage());
        assertEquals("listen udp: address udp/nope: unknown port",
                fails(() -> LISTEN.withPlatform(p).listenPacket("udp", ":nope")).getMessage());
        assertEquals("dial udp: lookup nosuch.invalid: no such host",
                fails(() -> d.dial("udp", "nosuch.invalid:1")).getMessage());
    }

    @Test
    void socketOptionsFromListenConfigAndDialerReachTheKernel() throws Exception {
        JvmUDPConn l = (JvmUDPConn) LISTEN.withSockOpt(SockOpt.IP_MULTICAST_TTL, 7)
                .withSockOpt(SockOpt.IP_MULTICAST_LOOP, 0).withSockOpt(SockOpt.SO_RCVBUF, 65536)
                .listenPacket("udp4", "127.0.0.1:0");
        JvmUDPConn d = (JvmUDPConn) DIALER.withSockOpt(SockOpt.IP_MULTICAST_TTL, 3).withSockOpt(SockOpt.IP_TOS, 0x10)
                .dial("udp", l.localAddr().toString());
        try {
            assertEquals(7, l.getOption(StandardSocketOptions.IP_MULTICAST_TTL));
            assertEquals(false, l.getOption(StandardSocketOptions.IP_MULTICAST_LOOP));
            assertTrue(l.getOption(StandardSocketOptions.SO_RCVBUF) >= 65536, "SO_RCVBUF (Linux doubles it)");
            assertEquals(true, l.getOption(StandardSocketOptions.SO_BROADCAST), "Go's default: broadcast allowed");
            assertEquals(3, d.getOption(StandardSocketOptions.IP_MULTICAST_TTL));
            assertEquals(0x10, d.getOption(StandardSocketOptions.IP_TOS));
            l.setOption(StandardSocketOptions.IP_MULTICAST_TTL, 9);
            assertEquals(9, l.getOption(StandardSocketOptions.IP_MULTICAST_TTL));
            d.setReadBuffer(32768);
            d.setWriteBuffer(32768);
            assertTrue(d.getOption(StandardSocketOptions.SO_RCVBUF) >= 32768, "setReadBuffer");
            assertTrue(d.getOption(StandardSocketOptions.SO_SNDBUF) >= 32768, "setWriteBuffer");
            d.setReadBuffer(-1); // Go: accepted, the kernel clamps it to its minimum
            assertTrue(d.getOption(StandardSocketOptions.SO_RCVBUF) < 32768, "negative buffer = minimum");
        } finally {
            closeAll(l, d);
        }
        assertEquals("listen udp 127.0.0.1:0: setsockopt TCP_CORK: operation not supported"
                        + " (the JVM does not expose this socket option)",
                fails(() -> LISTEN.withSockOpt(SockOpt.TCP_CORK, 1).listenPacket("udp", "127.0.0.1:0")).getMessage());
        assertEquals("listen udp 127.0.0.1:0: setsockopt TCP_NODELAY: operation not supported"
                        + " (the JVM does not expose this socket option on udp sockets)",
                fails(() -> LISTEN.withSockOpt(SockOpt.TCP_NODELAY, 1).listenPacket("udp", "127.0.0.1:0"))
                        .getMessage());
        assertEquals("dial udp 127.0.0.1:9: setsockopt TCP_NODELAY: operation not supported"
                        + " (the JVM does not expose this socket option on udp sockets)",
                fails(() -> DIALER.withSockOpt(SockOpt.TCP_NODELAY, 1).dial("udp", "127.0.0.1:9")).getMessage());
    }
}
