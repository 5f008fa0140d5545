package dev.gonet.jvm.tls;

import dev.gonet.Conn;
import dev.gonet.Listener;
import dev.gonet.Net;
import dev.gonet.Pipe;
import dev.gonet.testkit.ConnPairMaker;
import dev.gonet.tls.TLS;
import dev.gonet.tls.TLSConfig;
import dev.gonet.tls.TLSConn;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** TLS client/server pairs over the in-memory transports, for the tests. */
final class TLSPairs {
    private TLSPairs() {
    }

    /** Both ends and the raw conns beneath them. */
    record Ends(TLSConn client, TLSConn server, Conn rawClient, Conn rawServer, Listener listener) {
        /** Closes everything, ignoring errors; never blocks. */
        void stop() {
            ConnPairMaker.Pair.closeQuietly(client);
            ConnPairMaker.Pair.closeQuietly(server);
            ConnPairMaker.Pair.closeQuietly(rawClient);
            ConnPairMaker.Pair.closeQuietly(rawServer);
            if (listener != null) {
                ConnPairMaker.Pair.closeQuietly(listener);
            }
        }
    }

    /** What each side's handshake threw ({@code null}: it succeeded). */
    record Outcome(Throwable client, Throwable server) {
    }

    static TestPKI pki() {
        return TestPKI.get();
    }

    /** A server presenting the RSA a.example certificate. */
    static TLSConfig serverConfig() {
        return new TLSConfig().withCertificate(pki().server.certPem(), pki().server.keyPem());
    }

    /** A client trusting the test CA, verifying a.example. */
    static TLSConfig clientConfig() {
        return new TLSConfig().withServerName("a.example").withRootCAsPem(pki().caPem);
    }

    /** TLS over a fresh {@code mem} connection; no handshake yet. */
    static Ends mem(TLSConfig clientCfg, TLSConfig serverCfg) throws IOException {
        Listener ln = Net.listen("mem", "");
        Conn dialed = Net.dial("mem", ln.addr().toString());
        Conn accepted = ln.accept();
        return new Ends(TLS.client(dialed, clientCfg), TLS.server(accepted, serverCfg), dialed, accepted, ln);
    }

    /** TLS over a fresh synchronous {@link Net#pipe()}; no handshake yet. */
    static Ends pipe(TLSConfig clientCfg, TLSConfig serverCfg) throws IOException {
        Pipe.Ends p = Net.pipe();
        return new Ends(TLS.client(p.c1(), clientCfg), TLS.server(p.c2(), serverCfg), p.c1(), p.c2(), null);
    }

    /**
     * Runs both handshakes at once (each needs the other) and reports how each ended. A side
     * whose handshake fails closes its connection, as a real client or server would, so the
     * other side is not left waiting for more handshake messages.
     */
    static Outcome handshake(Ends e) throws InterruptedException {
        CompletableFuture<Throwable> server = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                e.server().handshake();
                server.complete(null);
            } catch (Throwable t) {
                ConnPairMaker.Pair.closeQuietly(e.server());
                server.complete(t);
            }
        });
        Throwable client = null;
        try {
            e.client().handshake();
        } catch (Throwable t) {
            ConnPairMaker.Pair.closeQuietly(e.client());
            client = t;
        }
        try {
            return new Outcome(client, server.get(10, TimeUnit.SECONDS));
        } catch (ExecutionException | java.util.concurrent.TimeoutException ex) {
            throw new AssertionError("server handshake did not finish", ex);
        }
    }

    /** A pair whose handshake completed, or an AssertionError saying why not. */
    static Ends connected(Ends e) throws InterruptedException {
        Outcome o = handshake(e);
        if (o.client() != null || o.server() != null) {
            e.stop();
            AssertionError err = new AssertionError("handshake failed: client " + o.client() + ", server " + o.server());
            if (o.client() != null) {
                err.addSuppressed(o.client());
            }
            if (o.server() != null) {
                err.addSuppressed(o.server());
            }
            throw err;
        }
        return e;
    }
}
