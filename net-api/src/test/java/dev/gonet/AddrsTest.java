package dev.gonet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** TCPAddr, UDPAddr, UnixAddr, MemAddr, PipeAddr and Addr.unresolved: Go's String() and Network(). */
class AddrsTest {

    private record Row(Addr addr, String network, String want) {
    }

    @Test
    void toStringIsGos() {
        Row[] rows = {
            new Row(new TCPAddr(IP.parse("127.0.0.1"), 80), "tcp", "127.0.0.1:80"),
            new Row(new TCPAddr(IP.parse("::1"), 80), "tcp", "[::1]:80"),
            new Row(new TCPAddr(null, 80), "tcp", ":80"),
            new Row(new TCPAddr(IP.parse("fe80::1"), 80, "eth0"), "tcp", "[fe80::1%eth0]:80"),
            new Row(new TCPAddr(IP.parse("10.0.0.1"), 0, "eth0"), "tcp", "10.0.0.1%eth0:0"),
            new Row(new TCPAddr(null, 0, "eth0"), "tcp", "%eth0:0"),
            new Row(new UDPAddr(IP.parse("192.0.2.1"), 53), "udp", "192.0.2.1:53"),
            new Row(new UDPAddr(IP.parse("2001:db8::1"), 53), "udp", "[2001:db8::1]:53"),
            new Row(new UDPAddr(null, 53), "udp", ":53"),
            new Row(new UnixAddr("/tmp/s.sock", "unix"), "unix", "/tmp/s.sock"),
            new Row(new UnixAddr("@abstract", "unixgram"), "unixgram", "@abstract"),
            new Row(new UnixAddr("", "unixpacket"), "unixpacket", ""),
            new Row(new MemAddr("api"), "mem", "api"),
            new Row(PipeAddr.PIPE, "pipe", "pipe"),
            new Row(Addr.unresolved("tcp", "example.com:80"), "tcp", "example.com:80"),
        };
        for (Row r : rows) {
            assertEquals(r.want, r.addr.toString(), r.addr.getClass().getSimpleName() + ".toString()");
            assertEquals(r.network, r.addr.network(), r.want + ": network()");
        }
    }

    @Test
    void valueSemantics() {
        assertEquals(new TCPAddr(IP.parse("127.0.0.1"), 80, null), new TCPAddr(IP.parse("127.0.0.1"), 80));
        assertEquals("", new UDPAddr(null, 1, null).zone());
        assertEquals(new MemAddr("a"), new MemAddr("a"));
        assertThrows(IllegalArgumentException.class, () -> new UnixAddr("/x", "tcp"));
        assertThrows(NullPointerException.class, () -> new MemAddr(null));
        assertNull(Addr.unresolved("tcp", ""), "Addr.unresolved(tcp, \"\")");
    }
}
