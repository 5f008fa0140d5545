package dev.gonet.jvm;

import static dev.gonet.jvm.Loopback.DIALER;
import static dev.gonet.jvm.Loopback.LISTEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Dialer;
import dev.gonet.Net;
import dev.gonet.TCPAddr;
import dev.gonet.TCPConn;
import dev.gonet.TCPListener;
import dev.gonet.UnixAddr;
import dev.gonet.internal.AddrResolve;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Address forms for listen, dial and resolve, as Go reads and prints them. */
class AddrFormsTest {

    /** A listen address, Addr() with the port as P, and the addresses to dial, space-separated (P = port). */

    private record ListenCase(String network, String address, String addr, String dialTargets) {
    }

    @Test
    void listenFormsPrintAsGoAndAcceptDials() throws Exception {
        ListenCase[] table = {
                new ListenCase("tcp", "127.0.0.1:0", "127.0.0.1:P", "127.0.0.1:P"),
                new ListenCase("tcp", "[::1]:0", "[::1]:P", "[::1]:P"),
                new ListenCase("tcp", "127.0.0.1:", "127.0.0.1:P", "127.0.0.1:P"),
                new ListenCase("tcp", "localhost:0", "127.0.0.1:P", "localhost:P"),
                // Go listens dual-stack on a tcp wildcard, and prints it as [::]
                new ListenCase("tcp", ":0", "[::]:P", "127.0.0.1:P [::1]:P :P"),
                new ListenCase("tcp", "", "[::]:P", "127.0.0.1:P [::1]:P"),
                new ListenCase("tcp", "0.0.0.0:0", "[::]:P", "127.0.0.1:P [::1]:P"),
                new ListenCase("tcp", "[::]:0", "[::]:P", "127.0.0.1:P [::1]:P"),
                new ListenCase("tcp4", ":0", "0.0.0.0:P", "127.0.0.1:P"),
                new ListenCase("tcp4", "127.0.0.1:0", "127.0.0.1:P", "127.0.0.1:P"),
                new ListenCase("tcp6", "[::1]:0", "[::1]:P", "[::1]:P"),
                new ListenCase("tcp6", ":0", "[::]:P", "[::1]:P"),
        };
        for (ListenCase row : table) {
            String what = "listen(\"" + row.network() + "\", \"" + row.address() + "\")";
            try (TCPListener ln = (TCPListener) LISTEN.listen(row.network(), row.address())) {
                int port = ln.addr().port();
                assertTrue(port > 0, what + ": ephemeral port " + port);
                assertEquals(row.addr().replace("P", Integer.toString(port)), ln.addr().toString(), what + ".addr()");
                for (String target : row.dialTargets().split(" ")) {
                    String to = target.replace("P", Integer.toString(port));
                    CompletableFuture<dev.gonet.Conn> acc = Loopback.acceptAsync(ln);
                    try (TCPConn c = (TCPConn) DIALER.dial("tcp", to);
                            dev.gonet.Conn s = acc.get(10, TimeUnit.SECONDS)) {
                        assertEquals(c.localAddr().toString(), s.remoteAddr().toString(), what + " dial " + to + ": ends");
                        assertEquals(port, c.remoteAddr().port(), what + " dial " + to + ": remote port");
                        assertTrue(c.remoteAddr().ip().isLoopback(), what + " dial " + to + ": remote " + c.remoteAddr());
                        c.write(new byte[] {42});
                        byte[] one = new byte[1];
                        Loopback.readFully(s, one);
                        assertEquals(42, one[0], what + " dial " + to + ": byte");
                    }
                }
            }
        }
    }

    @Test
    void ipv6ZoneIsParsedPrintedAndDialable() throws Exception {
        try (TCPListener ln = (TCPListener) LISTEN.listen("tcp", "[::1%lo]:0")) {
            // Linux keeps no scope for a non-link-local address: the bound address has no zone.
            assertEquals("[::1]:" + ln.addr().port(), ln.addr().toString());
            TCPAddr zoned = Net.resolveTCPAddr("tcp", "[::1%lo]:" + ln.addr().port());
            assertEquals("lo", zoned.zone());
            assertEquals("[::1%lo]:" + ln.addr().port(), zoned.toString());
            CompletableFuture<dev.gonet.Conn> acc = Loopback.acceptAsync(ln);
            try (TCPConn c = (TCPConn) DIALER.dial("tcp", zoned.toString()); dev.gonet.Conn s = acc.get(10, TimeUnit.SECONDS)) {
                assertEquals(ln.addr().toString(), c.remoteAddr().toString());
                assertEquals(c.localAddr().toString(), s.remoteAddr().toString());
            }
        }
        assertEquals("[fe80::1%eth0]:80", Net.resolveTCPAddr("tcp6", "[fe80::1%eth0]:80").toString());
        assertEquals("[fe80::1%2]:80", Net.resolveTCPAddr("tcp", "[fe80::1%2]:80").toString());
        assertEquals(2, InetAddrs.scopeId("2"), "numeric zone");
        assertEquals(0, InetAddrs.scopeId("no-such-interface"), "unknown zone name: no scope, as Go");
    }

    @Test
    void dialerLocalAddrBindsAndFiltersTheFamily() throws Exception {
        try (TCPListener ln = (TCPListener) LISTEN.listen("tcp", ":0")) {
            int port = ln.addr().port();
            TCPAddr local = Net.resolveTCPAddr("tcp", "127.0.0.1:0");
            CompletableFuture<dev.gonet.Conn> acc = Loopback.acceptAsync(ln);
            try (TCPConn c = (TCPConn) DIALER.withLocalAddr(local).dial("tcp", "localhost:" + port);
                    dev.gonet.Conn s = acc.get(10, TimeUnit.SECONDS)) {
                assertEquals("127.0.0.1", c.localAddr().ip().toString(), "bound local IP");
                assertTrue(c.localAddr().port() > 0, "ephemeral local port");
                assertEquals(c.localAddr().toString(), s.remoteAddr().toString());
            }
            TCPAddr v6 = Net.resolveTCPAddr("tcp", "[::1]:0");
            assertEquals("dial tcp: address [::1]:0: no suitable address found", assertThrows(IOException.class,
                    () -> DIALER.withLocalAddr(v6).dial("tcp", "127.0.0.1:" + port)).getMessage());
        }
    }

    private record ResolveCase(String network, String address, String want) {
    }

    @Test
    void resolveTCPAddrTable() throws IOException {
        ResolveCase[] table = {
                new ResolveCase("tcp", "127.0.0.1:80", "127.0.0.1:80"),
                new ResolveCase("tcp", "[::1]:443", "[::1]:443"),
                new ResolveCase("tcp4", "localhost:8080", "127.0.0.1:8080"),
                new ResolveCase("tcp", ":80", ":80"),
                new ResolveCase("tcp", "", ":0"),
                new ResolveCase("", "127.0.0.1:1", "127.0.0.1:1"),
        };
        for (ResolveCase row : table) {
            assertEquals(row.want(), Net.resolveTCPAddr(row.network(), row.address()).toString(),
                    "resolveTCPAddr(\"" + row.network() + "\", \"" + row.address() + "\")");
        }
        assertEquals("unknown network udp", assertThrows(IOException.class,
                () -> Net.resolveTCPAddr("udp", "127.0.0.1:1")).getMessage());
        assertEquals("address 70000: invalid port", assertThrows(IOException.class,
                () -> Net.resolveTCPAddr("tcp", "127.0.0.1:70000")).getMessage());
    }

    @Test
    void serviceNamesGoThroughTheResolver() throws Exception {
        try (TCPListener ln = (TCPListener) LISTEN.listen("tcp", "127.0.0.1:0")) {
            JvmPlatform p = new JvmPlatform(new FixedResolver(Map.of(), Map.of("http", 80, "gonet-test", ln.addr().port())));
            // Only looked up: nothing connects to port 80.
            assertEquals("127.0.0.1:80", AddrResolve.resolveTCPAddr(p.resolver(), "tcp", "localhost:http").toString());
            CompletableFuture<dev.gonet.Conn> acc = Loopback.acceptAsync(ln);
            try (TCPConn c = (TCPConn) new Dialer().withPlatform(p).dial("tcp", "localhost:gonet-test");
                    dev.gonet.Conn s = acc.get(10, TimeUnit.SECONDS)) {
                assertEquals(ln.addr().toString(), c.remoteAddr().toString(), "dialed by service name");
            }
            assertEquals("dial tcp: lookup tcp/nope: unknown port", assertThrows(IOException.class,
                    () -> new Dialer().withPlatform(p).dial("tcp", "localhost:nope")).getMessage());
        }
    }

    @Test
    void serviceNamesThroughTheSystemResolver() throws Exception {
        // /etc/services (or Go's built-in table) answers; nothing connects to port 80.
        assertEquals("127.0.0.1:80", Net.resolveTCPAddr("tcp", "localhost:http").toString());
        assertEquals("dial tcp: address tcp/nope: unknown port",
                assertThrows(IOException.class, () -> Net.dial("tcp", "localhost:nope")).getMessage());
    }

    @Test
    void resolveUnixAddr() throws IOException {
        assertEquals(new UnixAddr("/tmp/gonet.sock", "unix"), Net.resolveUnixAddr("unix", "/tmp/gonet.sock"));
        assertEquals("unixpacket", Net.resolveUnixAddr("unixpacket", "x").network());
        assertEquals("unknown network tcp",
                assertThrows(IOException.class, () -> Net.resolveUnixAddr("tcp", "/x")).getMessage());
    }
}
