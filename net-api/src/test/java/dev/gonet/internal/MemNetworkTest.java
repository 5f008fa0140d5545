package dev.gonet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.Listener;
import dev.gonet.MemAddr;
import dev.gonet.Net;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.TCPAddr;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The mem registry's errors and lifecycle; the Conn contract is covered by ConnConformance[mem]. */
class MemNetworkTest {

    @Test
    void dialUnknownNameIsRefused() {
        NetException e = assertThrows(NetException.class, () -> Net.dial("mem", "nobody-listens-here"));
        assertEquals("dial mem nobody-listens-here: connection refused", e.getMessage());
        assertTrue(Sentinel.CONNECTION_REFUSED.in(e), "kind");
        assertFalse(e.isTimeout(), "isTimeout()");
    }

    @Test
    void listenOnATakenNameFails() throws Exception {
        try (Listener ln = Net.listen("mem", "taken-name")) {
            NetException e = assertThrows(NetException.class, () -> Net.listen("mem", "taken-name"));
            assertEquals("listen mem taken-name: address already in use", e.getMessage());
            assertTrue(Sentinel.ADDRESS_IN_USE.in(e), "kind");
            assertEquals(new MemAddr("taken-name"), ln.addr());
        }
    }

    @Test
    void closingTheListenerFreesTheNameAndUnblocksAccept() throws Exception {
        Listener ln = Net.listen("mem", "closing-name");
        ArrayBlockingQueue<Object> accepted = new ArrayBlockingQueue<>(1);
        Thread t = new Thread(() -> {
            try {
                accepted.add(ln.accept());
            } catch (Exception e) {
                accepted.add(e);
            }
        });
        t.setDaemon(true);
        t.start();
        Thread.sleep(20);
        ln.close();
        Object got = accepted.poll(5, TimeUnit.SECONDS);
        assertTrue(got instanceof NetException, "accept after close returned " + got);
        assertEquals("accept mem closing-name: use of closed network connection", ((NetException) got).getMessage());
        assertTrue(Sentinel.CLOSED.in((NetException) got), "accept error kind");

        assertEquals("close mem closing-name: use of closed network connection",
                assertThrows(NetException.class, ln::close).getMessage(), "second close");
        assertEquals("dial mem closing-name: connection refused",
                assertThrows(NetException.class, () -> Net.dial("mem", "closing-name")).getMessage());
        Net.listen("mem", "closing-name").close(); // the name is free again
    }

    @Test
    void unacceptedConnectionsAreClosedWithTheListener() throws Exception {
        Listener ln = Net.listen("mem", "");
        Conn c = Net.dial("mem", ln.addr().toString());
        ln.close();
        assertEquals(-1, c.read(new byte[1]), "dialer read after the listener dropped its conn");
        NetException e = assertThrows(NetException.class, () -> c.write(new byte[1]));
        assertTrue(Sentinel.BROKEN_PIPE.in(e), "write after the listener dropped the conn: " + e.getMessage());
    }

    @Test
    void emptyNamePicksAFreshOne() throws Exception {
        try (Listener a = Net.listen("mem", ""); Listener b = Net.listen("mem", "")) {
            assertNotEquals(a.addr(), b.addr());
            assertTrue(a.addr().toString().startsWith("mem-"), "auto name " + a.addr());
            assertEquals("mem", a.addr().network());
        }
    }

    @Test
    void addressesAndErrorTexts() throws Exception {
        try (Listener ln = Net.listen("mem", "addr-test")) {
            Conn client = Net.dial("mem", "addr-test");
            Conn server = ln.accept();
            String clientName = client.localAddr().toString();
            assertTrue(clientName.startsWith("addr-test#"), "dialer local address " + clientName);
            assertEquals(new MemAddr("addr-test"), client.remoteAddr());
            assertEquals(new MemAddr("addr-test"), server.localAddr());
            assertEquals(client.localAddr(), server.remoteAddr());

            client.write(new byte[] {1, 2, 3});
            client.close();
            assertEquals("close mem " + clientName + "->addr-test: use of closed network connection",
                    assertThrows(NetException.class, client::close).getMessage(), "second close");
            assertEquals("read mem " + clientName + "->addr-test: use of closed network connection",
                    assertThrows(NetException.class, () -> client.read(new byte[1])).getMessage());
            assertEquals("set mem " + clientName + ": use of closed network connection",
                    assertThrows(NetException.class, () -> client.setDeadline(null)).getMessage());

            byte[] b = new byte[10];
            assertEquals(3, server.read(b), "data written before the peer closed is still read");
            assertEquals(-1, server.read(b), "then EOF");
            assertEquals("write mem addr-test->" + clientName + ": broken pipe",
                    assertThrows(NetException.class, () -> server.write(new byte[1])).getMessage());
            server.close();
        }
    }

    @Test
    void dialerLocalAddr() throws Exception {
        try (Listener ln = Net.listen("mem", "")) {
            Conn c = new Dialer().withLocalAddr(new MemAddr("me")).dial("mem", ln.addr().toString());
            assertEquals(new MemAddr("me"), c.localAddr());
            assertEquals(new MemAddr("me"), ln.accept().remoteAddr());
            NetException e = assertThrows(NetException.class,
                    () -> new Dialer().withLocalAddr(new TCPAddr(null, 1)).dial("mem", ln.addr().toString()));
            assertEquals("dial mem " + ln.addr() + ": address :1: mismatched local address type", e.getMessage());
        }
    }

    @Test
    void fullBacklogMakesDialersWaitForAccept() throws Exception {
        try (Listener ln = new dev.gonet.ListenConfig().withBacklog(1).listen("mem", "")) {
            String name = ln.addr().toString();
            Net.dial("mem", name);
            ArrayBlockingQueue<Object> second = new ArrayBlockingQueue<>(1);
            Thread t = new Thread(() -> {
                try {
                    second.add(Net.dial("mem", name));
                } catch (Exception e) {
                    second.add(e);
                }
            });
            t.setDaemon(true);
            t.start();
            assertEquals(null, second.poll(50, TimeUnit.MILLISECONDS), "second dial returned with the backlog full");
            ln.accept();
            assertTrue(second.poll(5, TimeUnit.SECONDS) instanceof Conn, "second dial after an accept");
        }
    }

    @Test
    void writesBlockWhenTheBufferIsFull() throws Exception {
        try (Listener ln = Net.listen("mem", "")) {
            Conn client = Net.dial("mem", ln.addr().toString());
            Conn server = ln.accept();
            client.write(new byte[MemConn.BUFFER_SIZE]); // fits exactly
            client.setWriteDeadline(java.time.Instant.now().plusMillis(30));
            NetException e = assertThrows(NetException.class, () -> client.write(new byte[1]));
            assertTrue(e.isTimeout(), "write to a full buffer: " + e.getMessage());
            byte[] b = new byte[MemConn.BUFFER_SIZE];
            int n = 0;
            while (n < b.length) {
                n += server.read(b, n, b.length - n);
            }
            client.setWriteDeadline(null);
            client.write(new byte[] {42});
            assertEquals(1, server.read(b, 0, 1), "read after the buffer drained");
            assertEquals(42, b[0]);
        }
    }
}
