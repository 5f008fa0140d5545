package dev.gonet.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gonet.Addr;
import dev.gonet.AddrException;
import dev.gonet.IP;
import dev.gonet.Net;
import dev.gonet.TCPAddr;
import dev.gonet.UDPAddr;
import dev.gonet.UnixAddr;
import dev.gonet.internal.AddrResolve.IPPort;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The local address as a dial hint, shared by TCP and UDP dials (Go's resolveAddrList). */
class DialHintTest {
    static final List<IPPort> BOTH = List.of(ipPort("::1"), ipPort("127.0.0.1"));

    /** A local address, the dial's family, and the remote addresses kept (or the error). */
    record Row(Addr local, String family, String want) {
    }

    static IPPort ipPort(String ip) {
        return new IPPort(Net.parseIP(ip), "", 80);
    }

    @Test
    void keepsTheLocalFamilyOrSaysWhyNot() {
        IP v4 = Net.parseIP("127.0.0.1");
        IP v6 = Net.parseIP("::1");
        List<Row> rows = List.of(
                new Row(null, "tcp", "[::1]:80 127.0.0.1:80"),
                new Row(new TCPAddr(v4, 0), "tcp", "127.0.0.1:80"),
                new Row(new TCPAddr(v6, 0), "tcp", "[::1]:80"),
                new Row(new TCPAddr(null, 0), "tcp", "[::1]:80 127.0.0.1:80"),
                new Row(new UDPAddr(v4, 0), "udp", "127.0.0.1:80"),
                new Row(new UDPAddr(v6, 5), "udp", "[::1]:80"),
                new Row(new UDPAddr(v4, 0), "tcp", "address 127.0.0.1:0: mismatched local address type"),
                new Row(new TCPAddr(v4, 0), "udp", "address 127.0.0.1:0: mismatched local address type"),
                new Row(new UnixAddr("/x.sock", "unix"), "tcp", "address /x.sock: mismatched local address type"));
        for (Row r : rows) {
            String got;
            try {
                got = DialHint.filterByLocal(BOTH, r.local(), r.family()).stream().map(IPPort::toString)
                        .collect(Collectors.joining(" "));
            } catch (AddrException e) {
                got = e.getMessage();
            }
            assertEquals(r.want(), got, "filterByLocal(" + BOTH + ", " + r.local() + ", " + r.family() + ")");
        }
        String none;
        try {
            none = DialHint.filterByLocal(List.of(ipPort("::1")), new UDPAddr(v4, 0), "udp").toString();
        } catch (AddrException e) {
            none = e.getMessage();
        }
        assertEquals("address 127.0.0.1:0: no suitable address found", none, "only the other family");
    }
}
