package dev.gonet.jvm.tls;

import static dev.gonet.jvm.tls.TLSPairs.clientConfig;
import static dev.gonet.jvm.tls.TLSPairs.pki;
import static dev.gonet.jvm.tls.TLSPairs.serverConfig;
import static dev.gonet.jvm.tls.TransferTest.readN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.NetException;
import dev.gonet.jvm.VirtualThreads;
import dev.gonet.tls.TLS;
import dev.gonet.tls.TLSConfig;
import dev.gonet.tls.TLSConn;
import dev.gonet.tls.TLSException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code TLS.dial}, {@code TLS.listen} and the handshake's timing, over the {@code mem} network. */
class DialListenTest {
    private static final TLSConfig TRUST_CA = new TLSConfig().withRootCAsPem(TestPKI.get().caPem);

    @Test
    void dialAndListenVerifyTheDialedName() throws Exception {
        // The mem network's names are free text, so the listener can be called a.example: TLS.dial
        // takes the server name from the address, as Go does.
        try (Listener ln = TLS.listen("mem", "a.example", serverConfig())) {
            CompletableFuture<String> served = VirtualThreads.start(() -> {
                TLSConn c = (TLSConn) ln.accept();
                boolean lazy = !c.connectionState().handshakeComplete();
                byte[] b = readN(c, 2); // runs the handshake
                c.write(b);
                String sni = c.connectionState().serverName();
                c.close();
                return lazy + " " + sni + " " + new String(b, StandardCharsets.UTF_8);
            });
            TLSConn c = TLS.dial("mem", "a.example", TRUST_CA);
            assertTrue(c.connectionState().handshakeComplete(), "dial returns after the handshake");
            assertEquals("a.example", c.connectionState().serverName());
            c.write("hi".getBytes(StandardCharsets.UTF_8));
            assertEquals("hi", new String(readN(c, 2), StandardCharsets.UTF_8));
            assertEquals(-1, c.read(new byte[1]));
            c.close();
            assertEquals("true a.example hi", served.get(10, TimeUnit.SECONDS), "accept is lazy; SNI; data");
        }
    }

    @Test
    void dialFailsForAnotherName() throws Exception {
        try (Listener ln = TLS.listen("mem", "b.example", serverConfig())) {
            VirtualThreads.start(() -> {
                try (Conn c = ln.accept()) {
                    c.read(new byte[1]);
                }
                return null;
            });
            TLSException e = assertThrows(TLSException.class, () -> TLS.dial("mem", "b.example", TRUST_CA));
            assertEquals("tls: failed to verify certificate: x509: certificate is valid for a.example, localhost, "
                    + "*.w.example, not b.example", e.getMessage());
        }
    }

    @Test
    void listenChecksTheConfigFirst() throws Exception {
        TLSException none = assertThrows(TLSException.class, () -> TLS.listen("mem", "tls-none", new TLSConfig()));
        assertEquals("tls: neither Certificates, GetCertificate, nor GetConfigForClient set in Config", none.getMessage());
        TLSConfig mismatched = new TLSConfig().withCertificate(pki().server.certPem(), pki().serverEc.keyPem());
        assertThrows(TLSException.class, () -> TLS.listen("mem", "tls-bad", mismatched));
        Net.listen("mem", "tls-bad").close(); // the failed listen left the name free
    }

    @Test
    void newListenerWrapsAnExistingOne() throws Exception {
        try (Listener ln = TLS.newListener(Net.listen("mem", ""), serverConfig())) {
            CompletableFuture<Object> served = VirtualThreads.start(() -> {
                try (Conn c = ln.accept()) {
                    c.write(readN(c, 3));
                }
                return null;
            });
            try (TLSConn c = TLS.client(Net.dial("mem", ln.addr().toString()), clientConfig())) {
                c.write("abc".getBytes(StandardCharsets.UTF_8)); // runs the handshake first
                assertEquals("abc", new String(readN(c, 3), StandardCharsets.UTF_8));
            }
            served.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void dialerTimeoutCoversTheHandshake() throws Exception {
        try (Listener silent = Net.listen("mem", "tls-silent")) {
            VirtualThreads.start(() -> silent.accept()); // accepts, then never answers the ClientHello
            long start = System.nanoTime();
            NetException e = assertThrows(NetException.class, () -> TLS.dialWithDialer(
                    new Dialer().withTimeout(Duration.ofMillis(200)), "mem", "tls-silent", clientConfig()));
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(e.isTimeout(), e.getMessage());
            assertTrue(tookMs >= 150 && tookMs < 3_000, "took " + tookMs + " ms");
        }
    }

    @Test
    void aHandshakeThatTimedOutCanBeRetried() throws Exception {
        TLSPairs.Ends e = TLSPairs.mem(clientConfig(), serverConfig());
        try {
            e.client().setReadDeadline(Instant.now().plusMillis(50));
            NetException timeout = assertThrows(NetException.class, () -> e.client().handshake()); // server idle
            assertTrue(timeout.isTimeout(), timeout.getMessage());
            assertFalse(e.client().connectionState().handshakeComplete());
            CompletableFuture<Object> server = VirtualThreads.start(() -> {
                e.server().handshake();
                return null;
            });
            e.client().setReadDeadline(null);
            e.client().handshake();
            server.get(10, TimeUnit.SECONDS);
            assertTrue(e.client().connectionState().handshakeComplete());
        } finally {
            e.stop();
        }
    }

    @Test
    void concurrentFirstReadAndWriteShareOneHandshake() throws Exception {
        TLSPairs.Ends e = TLSPairs.mem(clientConfig(), serverConfig());
        try {
            CompletableFuture<byte[]> read = VirtualThreads.start(() -> readN(e.server(), 4));
            CompletableFuture<Object> write = VirtualThreads.start(() -> {
                e.server().write("pong".getBytes(StandardCharsets.UTF_8));
                return null;
            });
            e.client().write("ping".getBytes(StandardCharsets.UTF_8));
            assertEquals("pong", new String(readN(e.client(), 4), StandardCharsets.UTF_8));
            assertEquals("ping", new String(read.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8));
            write.get(10, TimeUnit.SECONDS);
        } finally {
            e.stop();
        }
    }

    @Test
    void peerThatIsNotTLS() throws Exception {
        // A plain HTTP server, and a plain HTTP client: Go's texts on both sides.
        try (Listener ln = Net.listen("mem", "tls-plain")) {
            VirtualThreads.start(() -> {
                try (Conn c = ln.accept()) {
                    c.write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.UTF_8));
                }
                return null;
            });
            TLSException e = assertThrows(TLSException.class, () -> TLS.dial("mem", "tls-plain", clientConfig()));
            assertEquals("tls: first record does not look like a TLS handshake", e.getMessage());
        }
        try (Listener ln = TLS.listen("mem", "tls-plain2", serverConfig())) {
            CompletableFuture<Object> served = VirtualThreads.start(() -> {
                try (Conn c = ln.accept()) {
                    return assertThrows(TLSException.class, () -> c.read(new byte[1])).getMessage();
                }
            });
            try (Conn plain = Net.dial("mem", "tls-plain2")) {
                plain.write("GET / HTTP/1.1\r\nHost: a.example\r\n\r\n".getBytes(StandardCharsets.UTF_8));
                assertEquals("tls: first record does not look like a TLS handshake", served.get(10, TimeUnit.SECONDS));
            }
        }
    }

    @Test
    void peerThatLeavesMidHandshake() throws Exception {
        try (Listener ln = Net.listen("mem", "tls-leaving")) {
            VirtualThreads.start(() -> {
                Conn c = ln.accept();
                c.read(new byte[100]); // part of the ClientHello, then gone
                c.close();
                return null;
            });
            TLSException e = assertThrows(TLSException.class, () -> TLS.dial("mem", "tls-leaving", clientConfig()));
            assertEquals("EOF", e.getMessage(), "Go's io.EOF");
        }
    }

    @Test
    void closedConnReportsGoErrors() throws Exception {
        TLSPairs.Ends e = TLSPairs.connected(TLSPairs.mem(clientConfig(), serverConfig()));
        e.client().close();
        NetException again = assertThrows(NetException.class, () -> e.client().close());
        assertTrue(again.getMessage().startsWith("close mem "), again.getMessage());
        assertTrue(again.getMessage().endsWith(": use of closed network connection"), again.getMessage());
        NetException set = assertThrows(NetException.class, () -> e.client().setDeadline(null));
        assertTrue(set.getMessage().startsWith("set mem "), set.getMessage());
        assertTrue(e.client().connectionState().handshakeComplete(), "the state survives close");
        e.stop();
    }
}
