package dev.gonet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class NetExceptionTest {

    private static TCPAddr tcp(String ip, int port) {
        return new TCPAddr(IP.parse(ip), port);
    }

    private record Row(String op, String net, Addr source, Addr addr, Throwable cause, String want) {
    }

    @Test
    void textIsGoOpErrorText() {
        Row[] rows = {
            new Row("read", "tcp", tcp("127.0.0.1", 5000), tcp("10.0.0.1", 80), Sentinel.DEADLINE_EXCEEDED.exception(),
                    "read tcp 127.0.0.1:5000->10.0.0.1:80: i/o timeout"),
            new Row("dial", "mem", null, new MemAddr("foo"), Sentinel.CONNECTION_REFUSED.exception(),
                    "dial mem foo: connection refused"),
            new Row("listen", "mem", null, new MemAddr("foo"), Sentinel.ADDRESS_IN_USE.exception(),
                    "listen mem foo: address already in use"),
            new Row("dial", "tcp", null, tcp("::1", 443), Sentinel.CONNECTION_REFUSED.exception(),
                    "dial tcp [::1]:443: connection refused"),
            new Row("listen", "tcp", null, new TCPAddr(null, 80), Sentinel.ADDRESS_IN_USE.exception(),
                    "listen tcp :80: address already in use"),
            new Row("write", "udp", new UDPAddr(IP.parse("127.0.0.1"), 53), null, Sentinel.CLOSED.exception(),
                    "write udp 127.0.0.1:53: use of closed network connection"),
            new Row("read", "tcp6", new TCPAddr(IP.parse("fe80::1"), 5000, "eth0"), tcp("fe80::2", 80),
                    Sentinel.DEADLINE_EXCEEDED.exception(), "read tcp6 [fe80::1%eth0]:5000->[fe80::2]:80: i/o timeout"),
            new Row("read", "unix", new UnixAddr("", "unix"), new UnixAddr("/tmp/s", "unix"), Sentinel.CLOSED.exception(),
                    "read unix ->/tmp/s: use of closed network connection"),
            new Row("read", "pipe", null, null, Sentinel.DEADLINE_EXCEEDED.exception(), "read pipe: i/o timeout"),
            new Row("close", "", null, null, Sentinel.CLOSED.exception(), "close: use of closed network connection"),
            new Row("dial", "foo", null, null, SentinelException.unknownNetwork("foo"), "dial foo: unknown network foo"),
            new Row("dial", "tcp", null, null, DNSException.notFound("example.invalid", "1.1.1.1:53"),
                    "dial tcp: lookup example.invalid on 1.1.1.1:53: no such host"),
            new Row("dial", "tcp", null, Addr.unresolved("tcp", "x:1"), new IOException("boom"), "dial tcp x:1: boom"),
            new Row("dial", "tcp", null, Addr.unresolved("tcp", ""), new IOException("boom"), "dial tcp: boom"),
        };
        for (Row r : rows) {
            NetException e = new NetException(r.op, r.net, r.source, r.addr, r.cause);
            assertEquals(r.want, e.getMessage(), "NetException(" + r.op + ", " + r.net + ", " + r.source + ", " + r.addr
                    + ", " + r.cause.getMessage() + ").getMessage()");
            assertSame(r.cause, e.getCause(), r.want + ": getCause()");
            assertEquals(r.op, e.op(), r.want + ": op()");
        }
    }

    @Test
    void isTimeoutFollowsCause() {
        assertTrue(new NetException("read", "tcp", null, null, Sentinel.DEADLINE_EXCEEDED.exception()).isTimeout(),
                "timeout cause: isTimeout() = false, want true");
        assertFalse(new NetException("read", "tcp", null, null, Sentinel.CLOSED.exception()).isTimeout(),
                "closed cause: isTimeout() = true, want false");
        assertFalse(new NetException("read", "tcp", null, null, new IOException("x")).isTimeout(),
                "plain IOException cause: isTimeout() = true, want false");
        DNSException dnsTimeout = new DNSException("i/o timeout", "a.example", "", true, false, false);
        assertTrue(new NetException("dial", "tcp", null, null, dnsTimeout).isTimeout(),
                "DNS timeout cause: isTimeout() = false, want true");
    }

    @Test
    void unsupportedNamesPlatformAndHint() {
        NetException e = NetException.unsupported("dial", "tcp", "10.0.0.1:80", "web",
                "browsers cannot open TCP sockets; dial ws or wss");
        assertEquals("dial tcp 10.0.0.1:80: operation not supported on platform web "
                + "(browsers cannot open TCP sockets; dial ws or wss)", e.getMessage());
        assertTrue(Sentinel.UNSUPPORTED.in(e), "Sentinel.UNSUPPORTED.in(unsupported(...)) = false");
        assertFalse(e.isTimeout(), "unsupported: isTimeout() = true");
        assertEquals("listen unixgram /tmp/x: operation not supported on platform jvm",
                NetException.unsupported("listen", "unixgram", "/tmp/x", "jvm", "").getMessage());
    }
}
