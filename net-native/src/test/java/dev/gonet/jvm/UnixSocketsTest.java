package dev.gonet.jvm;

import static dev.gonet.jvm.Loopback.DIALER;
import static dev.gonet.jvm.Loopback.LISTEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.NetException;
import dev.gonet.Sentinel;
import dev.gonet.UnixAddr;
import dev.gonet.UnixConn;
import dev.gonet.UnixListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unix stream sockets: addresses as Go prints them on Linux, the socket file's life. */
class UnixSocketsTest {
    @TempDir
    Path dir;

    @Test
    void addressesAndErrorTexts() throws Exception {
        Path sock = dir.resolve("a.sock");
        try (Loopback.Pair<UnixConn> p = Loopback.pair("unix", sock.toString())) {
            assertEquals(new UnixAddr(sock.toString(), "unix"), p.ln().addr(), "listener addr");
            assertEquals("@", p.client().localAddr().toString(), "unnamed client end prints as Go's @");
            assertEquals(sock.toString(), p.client().remoteAddr().toString(), "client remote");
            assertEquals(sock.toString(), p.server().localAddr().toString(), "server local");
            assertEquals("@", p.server().remoteAddr().toString(), "server remote");
            p.client().close();
            NetException e = assertThrows(NetException.class, () -> p.client().read(new byte[1]));
            assertEquals("read unix @->" + sock + ": use of closed network connection", e.getMessage());
            assertEquals(-1, p.server().read(new byte[1]), "server sees EOF");
        }
    }

    @Test
    void listenerRemovesItsFileOnClose() throws Exception {
        Path sock = dir.resolve("b.sock");
        UnixListener ln = (UnixListener) LISTEN.listen("unix", sock.toString());
        assertTrue(Files.exists(sock), "socket file while listening");
        NetException inUse = assertThrows(NetException.class, () -> LISTEN.listen("unix", sock.toString()));
        assertEquals("listen unix " + sock + ": bind: address already in use", inUse.getMessage());
        ln.close();
        assertFalse(Files.exists(sock), "socket file after close");
        NetException refused = assertThrows(NetException.class, () -> DIALER.dial("unix", sock.toString()));
        assertTrue(Sentinel.NO_SUCH_FILE.in(refused), refused.getMessage());
    }

    @Test
    void setUnlinkOnCloseFalseKeepsTheFile() throws Exception {
        Path sock = dir.resolve("c.sock");
        UnixListener ln = (UnixListener) LISTEN.listen("unix", sock.toString());
        ln.setUnlinkOnClose(false);
        ln.close();
        assertTrue(Files.exists(sock), "socket file kept");
        // A stale socket file refuses connections, as on Linux.
        NetException e = assertThrows(NetException.class, () -> DIALER.dial("unix", sock.toString()));
        assertEquals("dial unix " + sock + ": connect: connection refused", e.getMessage());
    }

    @Test
    void emptyNameBindsAFreshFileRemovedOnClose() throws Exception {
        UnixListener ln = (UnixListener) LISTEN.listen("unix", "");
        Path bound = Path.of(ln.addr().name());
        assertTrue(Files.exists(bound), "auto-bound socket file " + bound);
        CompletableFuture<Conn> acc = Loopback.acceptAsync(ln);
        try (Conn c = DIALER.dial("unix", ln.addr().name()); Conn s = acc.get(10, TimeUnit.SECONDS)) {
            c.write(new byte[] {9});
            byte[] one = new byte[1];
            Loopback.readFully(s, one);
            assertEquals(9, one[0], "one byte through");
        }
        ln.close();
        assertFalse(Files.exists(bound), "auto-bound file removed");
    }

    @Test
    void dialFromABoundLocalName() throws Exception {
        Path sock = dir.resolve("d.sock");
        Path local = dir.resolve("client.sock");
        try (UnixListener ln = (UnixListener) LISTEN.listen("unix", sock.toString())) {
            CompletableFuture<Conn> acc = Loopback.acceptAsync(ln);
            try (UnixConn c = (UnixConn) DIALER.withLocalAddr(new UnixAddr(local.toString(), "unix"))
                    .dial("unix", sock.toString()); Conn s = acc.get(10, TimeUnit.SECONDS)) {
                assertEquals(local.toString(), c.localAddr().toString(), "bound client name");
                assertEquals(local.toString(), s.remoteAddr().toString(), "server sees the client's name");
            }
        }
    }

    @Test
    void acceptDeadlineTimesOutAndListenerStaysUsable() throws Exception {
        Path sock = dir.resolve("e.sock");
        try (UnixListener ln = (UnixListener) LISTEN.listen("unix", sock.toString())) {
            ln.setDeadline(Instant.now().plusMillis(50));
            NetException e = assertThrows(NetException.class, ln::accept);
            assertEquals("accept unix " + sock + ": i/o timeout", e.getMessage());
            assertTrue(e.isTimeout(), "isTimeout()");
            ln.setDeadline(null);
            CompletableFuture<Conn> acc = Loopback.acceptAsync(ln);
            try (Conn c = DIALER.dial("unix", sock.toString()); Conn s = acc.get(10, TimeUnit.SECONDS)) {
                assertEquals(sock.toString(), s.localAddr().toString(), "accepted after a timeout");
            }
        }
    }
}
