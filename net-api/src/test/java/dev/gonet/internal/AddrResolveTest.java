package dev.gonet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gonet.AddrException;
import dev.gonet.DNSException;
import dev.gonet.IP;
import dev.gonet.MX;
import dev.gonet.NS;
import dev.gonet.SRVResult;
import dev.gonet.Resolver;
import dev.gonet.SentinelException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddrResolveTest {

    /** Names from a fixed table, in the table's order; services http and https only. */
    static final class TableResolver implements Resolver {
        private final Map<String, List<IP>> hosts;

        TableResolver(Map<String, List<IP>> hosts) {
            this.hosts = hosts;
        }

        @Override
        public List<String> lookupHost(String host) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<IP> lookupIP(String network, String host) throws IOException {
            List<IP> ips = hosts.get(host);
            if (ips == null) {
                throw DNSException.notFound(host, "");
            }
            return ips;
        }

        @Override
        public List<String> lookupAddr(String addr) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int lookupPort(String network, String service) throws IOException {
            return switch (service) {
                case "http" -> 80;
                case "https" -> 443;
                default -> throw new DNSException("unknown port", network + "/" + service, "", false, false, true);
            };
        }

        @Override
        public String lookupCNAME(String host) {
            throw new UnsupportedOperationException();
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

    static final Resolver R = new TableResolver(Map.of(
            "dual", List.of(IP.parse("::1"), IP.parse("127.0.0.1")),
            "v4first", List.of(IP.parse("127.0.0.1"), IP.parse("::1"), IP.parse("127.0.0.2")),
            "only6", List.of(IP.parse("::1"))));

    /** A service and what Go's {@code parsePort} returns for it. */
    record ParsePortRow(String service, int port, boolean needsLookup) {
    }

    /** Go's port_test.go {@code parsePortTests}, then wrap-around and other edges checked against go1.19. */
    static final List<ParsePortRow> PARSE_PORT = List.of(
            new ParsePortRow("", 0, false),
            new ParsePortRow("-1073741825", -(1 << 30), false),
            new ParsePortRow("-1073741824", -(1 << 30), false),
            new ParsePortRow("-1073741823", -((1 << 30) - 1), false),
            new ParsePortRow("-123456789", -123456789, false),
            new ParsePortRow("-1", -1, false),
            new ParsePortRow("-0", 0, false),
            new ParsePortRow("0", 0, false),
            new ParsePortRow("+0", 0, false),
            new ParsePortRow("+1", 1, false),
            new ParsePortRow("65535", 65535, false),
            new ParsePortRow("65536", 65536, false),
            new ParsePortRow("123456789", 123456789, false),
            new ParsePortRow("1073741822", (1 << 30) - 2, false),
            new ParsePortRow("1073741823", (1 << 30) - 1, false),
            new ParsePortRow("1073741824", (1 << 30) - 1, false),
            new ParsePortRow("1073741825", (1 << 30) - 1, false),
            new ParsePortRow("abc", 0, true),
            new ParsePortRow("9pfs", 0, true),
            new ParsePortRow("123badport", 0, true),
            new ParsePortRow("bad123port", 0, true),
            new ParsePortRow("badport123", 0, true),
            new ParsePortRow("123456789badport", 0, true),
            new ParsePortRow("-2147483649badport", 0, true),
            new ParsePortRow("2147483649badport", 0, true),
            // Go 1.19 multiplies in uint32 unchecked: these wrap (checked against go1.19).
            new ParsePortRow("4294967300", 4, false),
            new ParsePortRow("4294967301", 5, false),
            new ParsePortRow("-4294967300", -4, false),
            new ParsePortRow("4294967296", (1 << 30) - 1, false),
            new ParsePortRow("99999999999999999999", (1 << 30) - 1, false),
            new ParsePortRow("+", 0, false),
            new ParsePortRow("-", 0, false),
            new ParsePortRow("80 ", 0, true),
            new ParsePortRow("٨٠", 0, true),
            // gonet's own rows from before the copies were merged
            new ParsePortRow("80", 80, false),
            new ParsePortRow("+80", 80, false),
            new ParsePortRow("http", 0, true),
            new ParsePortRow("8o", 0, true),
            new ParsePortRow("99999999999999", (1 << 30) - 1, false),
            new ParsePortRow("-99999999999999", -(1 << 30), false));

    @Test
    void parsePortIsGos() {
        for (ParsePortRow r : PARSE_PORT) {
            assertEquals(new AddrResolve.ParsedPort(r.port(), r.needsLookup()), AddrResolve.parsePort(r.service()),
                    () -> "parsePort(\"" + r.service() + "\")");
        }
    }

    private record ResolveCase(String network, String address, String want) {
    }

    @Test
    void resolveTCPAddrTable() throws IOException {
        ResolveCase[] table = {
                new ResolveCase("tcp", "127.0.0.1:80", "127.0.0.1:80"),
                new ResolveCase("tcp", "[::1]:80", "[::1]:80"),
                new ResolveCase("tcp", "[fe80::1%lo]:80", "[fe80::1%lo]:80"),
                new ResolveCase("tcp", ":80", ":80"),
                new ResolveCase("tcp", ":0", ":0"),
                new ResolveCase("tcp", "", ":0"),
                new ResolveCase("tcp", "127.0.0.1:", "127.0.0.1:0"),
                new ResolveCase("tcp", "dual:http", "127.0.0.1:80"), // forResolve prefers IPv4
                new ResolveCase("tcp6", "dual:https", "[::1]:443"),
                new ResolveCase("tcp4", "dual:80", "127.0.0.1:80"),
                new ResolveCase("tcp", "only6:1", "[::1]:1"),
                new ResolveCase("", "127.0.0.1:5", "127.0.0.1:5"),
                new ResolveCase("tcp", "[::]:7", "[::]:7"),
                new ResolveCase("tcp", "0.0.0.0:7", "0.0.0.0:7"),
        };
        for (ResolveCase row : table) {
            assertEquals(row.want(), AddrResolve.resolveTCPAddr(R, row.network(), row.address()).toString(),
                    "resolveTCPAddr(\"" + row.network() + "\", \"" + row.address() + "\")");
        }
        assertEquals("[::1]:9", AddrResolve.resolveUDPAddr(R, "udp", "[::1]:9").toString());
    }

    private record ResolveErrorCase(String network, String address, String err) {
    }

    @Test
    void resolveErrorsAreGos() {
        ResolveErrorCase[] table = {
                new ResolveErrorCase("tcp", "127.0.0.1", "address 127.0.0.1: missing port in address"),
                new ResolveErrorCase("tcp", "127.0.0.1:99999", "address 99999: invalid port"),
                new ResolveErrorCase("tcp", "127.0.0.1:-1", "address -1: invalid port"),
                new ResolveErrorCase("tcp6", "127.0.0.1:80", "address 127.0.0.1: no suitable address found"),
                new ResolveErrorCase("tcp4", "only6:80", "address only6: no suitable address found"),
                new ResolveErrorCase("tcp", "nosuch:80", "lookup nosuch: no such host"),
                new ResolveErrorCase("tcp", "dual:gopher", "lookup tcp/gopher: unknown port"),
                new ResolveErrorCase("udp", "127.0.0.1:80", "unknown network udp"),
                new ResolveErrorCase("ip", "127.0.0.1", "unknown network ip"),
        };
        for (ResolveErrorCase row : table) {
            IOException e = assertThrows(IOException.class,
                    () -> AddrResolve.resolveTCPAddr(R, row.network(), row.address()),
                    "resolveTCPAddr(\"" + row.network() + "\", \"" + row.address() + "\")");
            assertEquals(row.err(), e.getMessage(),
                    "resolveTCPAddr(\"" + row.network() + "\", \"" + row.address() + "\")");
        }
        assertThrows(SentinelException.class, () -> AddrResolve.resolveUnixAddr("tcp", "/x"));
        assertThrows(AddrException.class, () -> AddrResolve.internetAddrList(R, "tcp", "[::1"));
    }

    @Test
    void addrListOrderPartitionAndListen() throws IOException {
        List<AddrResolve.IPPort> dual = AddrResolve.internetAddrList(R, "tcp", "v4first:1");
        assertEquals("[127.0.0.1:1, [::1]:1, 127.0.0.2:1]", dual.toString());
        List<List<AddrResolve.IPPort>> p = AddrResolve.partition(dual);
        assertEquals("[127.0.0.1:1, 127.0.0.2:1]", p.get(0).toString(), "primaries");
        assertEquals("[[::1]:1]", p.get(1).toString(), "fallbacks");
        List<List<AddrResolve.IPPort>> q = AddrResolve.partition(AddrResolve.internetAddrList(R, "tcp", "dual:1"));
        assertEquals("[[::1]:1]", q.get(0).toString(), "primaries of dual");
        assertEquals("[127.0.0.1:1]", q.get(1).toString(), "fallbacks of dual");
        assertEquals("127.0.0.1:1", AddrResolve.forListen(R, "tcp", "dual:1").toString());
        // Go issue 18806: "::" is followed by 0.0.0.0; listen picks IPv4 first, both are wildcards.
        List<AddrResolve.IPPort> unspec = AddrResolve.internetAddrList(R, "tcp", "[::]:0");
        assertEquals("[[::]:0, 0.0.0.0:0]", unspec.toString());
        assertEquals(true, AddrResolve.forListen(R, "tcp", ":0").isWildcard(), "forListen(:0).isWildcard()");
        assertEquals("[fe80::1%eth0]:80", AddrResolve.internetAddrList(R, "tcp6", "[fe80::1%eth0]:80").get(0).toString());
        assertEquals("lo", AddrResolve.internetAddrList(R, "tcp", "[::1%lo]:80").get(0).zone());
    }

    @Test
    void unixAddrIsTheNameAsGiven() throws IOException {
        assertEquals("/tmp/x.sock", AddrResolve.resolveUnixAddr("unix", "/tmp/x.sock").toString());
        assertEquals("unixgram", AddrResolve.resolveUnixAddr("unixgram", "@x").network());
    }
}
