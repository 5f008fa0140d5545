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

    /** A listen address, and the prefix of the local address (the port is chosen by the kernel). */

    private record LocalAddrCase(String network, String address, String localPrefix) {
    }

    @Test
    void listenFormsPrintAsGo() throws Exception {
        LocalAddrCase[] table = {
            new LocalAddrCase("udp", "127.0.0.1:0", "127.0.0.1:"),
            new LocalAddrCase("udp4", "127.0.0.1:0", "127.0.0.1:"),
            new LocalAddrCase("udp", "[::1]:0", "[::1]:"),
            new LocalAddrCase("udp6", "[::1]:0", "[::1]:"),
            new LocalAddrCase("udp", "[::ffff:127.0.0.1]:0", "127.0.0.1:"),
            new LocalAddrCase("udp", ":0", "[::]:"),
            new LocalAddrCase("udp", "", "[::]:"),
            new LocalAddrCase("udp", "0.0.0.0:0", "[::]:"),
            new LocalAddrCase("udp4", ":0", "0.0.0.0:"),
            new LocalAddrCase("udp6", ":0", "[::]:"),
            // Go binds a multicast address's port on the wildcard address.
            new LocalAddrCase("udp4", "224.0.0.251:0", "0.0.0.0:"),
        };
        for (LocalAddrCase row : table) {
            UDPConn c = listen(row.network(), row.address());
            try {
                String what = "listenPacket(\"" + row.network() + "\", \"" + row.address() + "\").localAddr()";
                assertTrue(c.localAddr().toString().startsWith(row.localPrefix()), what + " = " + c.localAddr());
                assertTrue(c.localAddr().port() > 0, what + " has port 0");
                assertEquals("udp", c.localAddr().network(), what + ".network()");
            } finally {
                c.close();
            }
        }
    }

    private record DialCase(String network, String address, String remote) {
    }

    @Test
    void wildcardDialReachesThisHostOverLoopback() throws Exception {
        UDPConn v4 = listen("udp4", "127.0.0.1:0");
        UDPConn v6 = listen("udp6", "[::1]:0");
        int p4 = v4.localAddr().port();
        int p6 = v6.localAddr().port();
        DialCase[] table = {
            new DialCase("udp", ":" + p4, "127.0.0.1:" + p4),
            new DialCase("udp", "0.0.0.0:" + p4, "127.0.0.1:" + p4),
            new DialCase("udp4", ":" + p4, "127.0.0.1:" + p4),
            new DialCase("udp6", ":" + p6, "[::1]:" + p6),
            new DialCase("udp", "[::]:" + p6, "[::1]:" + p6),
        };
        try {
            for (DialCase row : table) {
                UDPConn c = dial(row.network(), row.address());
                try {
                    assertEquals(row.remote(), c.remoteAddr().toString(),
                            "dial(\"" + row.network() + "\", \"" + row.address() + "\")");
                    c.write(bytes(row.address()));
                    assertEquals(row.address(), recv(row.remote().startsWith("[") ? v6 : v4, 100).text(),
                            "what the peer of dial(\"" + row.network() + "\", \"" + row.address() + "\") received");
                } finally {
                    c.close();
                }
            }
        } finally {
            closeAll(v4, v6);
        }
    }

    private record ResolveCase(String network, String address, String want) {
    }

    private record ResolveErrorCase(String network, String address, String err) {
    }

    @Test
    void resolveUDPAddrTable() throws IOException {
        ResolveCase[] table = {
            new ResolveCase("udp", "", ":0"),
            new ResolveCase("udp", ":0", ":0"),
            new ResolveCase("udp4", ":0", ":0"),
            new ResolveCase("udp6", ":53", ":53"),
            new ResolveCase("", "1.2.3.4:5", "1.2.3.4:5"),
            new ResolveCase("udp", "1.2.3.4:5", "1.2.3.4:5"),
            new ResolveCase("udp", "[::1]:5", "[::1]:5"),
            new ResolveCase("udp", "[fe80::1%eth0]:5", "[fe80::1%eth0]:5"),
            new ResolveCase("udp", "[::1%1]:5", "[::1%1]:5"),
            new ResolveCase("udp", "1.2.3.4:", "1.2.3.4:0"),
            new ResolveCase("udp4", "[::ffff:1.2.3.4]:5", "1.2.3.4:5"),
            new ResolveCase("udp", "[1.2.3.4]:5", "1.2.3.4:5"),
            new ResolveCase("udp", "0.0.0.0:5", "0.0.0.0:5"),
            new ResolveCase("udp", "[::]:5", "[::]:5"),
            new ResolveCase("udp", "localhost:5", "127.0.0.1:5"),
            new ResolveCase("udp4", "localhost:5", "127.0.0.1:5"),
        };
        for (ResolveCase row : table) {
            assertEquals(row.want(), Net.resolveUDPAddr(row.network(), row.address()).toString(),
                    "resolveUDPAddr(\"" + row.network() + "\", \"" + row.address() + "\")");
        }
        assertNull(Net.resolveUDPAddr("udp", ":0").ip(), "an empty host is Go's nil IP");
        assertEquals("eth0", Net.resolveUDPAddr("udp", "[fe80::1%eth0]:5").zone());
        assertEquals(new UDPAddr(IP.v4(1, 2, 3, 4), 5), Net.resolveUDPAddr("udp", "1.2.3.4:5"));
        ResolveErrorCase[] errors = {
            new ResolveErrorCase("tcp", "1.2.3.4:5", "unknown network tcp"),
            new ResolveErrorCase("ip", "1.2.3.4:5", "unknown network ip"),
            new ResolveErrorCase("udp", "1.2.3.4", "address 1.2.3.4: missing port in address"),
            new ResolveErrorCase("udp", "1.2.3.4:-1", "address -1: invalid port"),
            new ResolveErrorCase("udp", "1.2.3.4:65536", "address 65536: invalid port"),
            new ResolveErrorCase("udp4", "[::1]:5", "address ::1: no suitable address found"),
            new ResolveErrorCase("udp6", "1.2.3.4:5", "address 1.2.3.4: no suitable address found"),
            new ResolveErrorCase("udp6", "[::ffff:1.2.3.4]:5", "address ::ffff:1.2.3.4: no suitable address found"),
            new ResolveErrorCase("udp", "::1:5", "address ::1:5: too many colons in address"),
        };
        for (ResolveErrorCase row : errors) {
            assertEquals(row.err(), assertThrows(IOException.class, () -> Net.resolveUDPAddr(row.network(), row.address())).getMessage(),
                    "resolveUDPAddr(\"" + row.network() + "\", \"" + row.address() + "\")");
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
