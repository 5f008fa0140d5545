package dev.gonet.http;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.NetError;
import dev.gonet.NetException;
import dev.gonet.http.internal.ResponseHead;
import dev.gonet.internal.Ascii;
import dev.gonet.tls.ConnectionState;
import dev.gonet.tls.TLS;
import dev.gonet.tls.TLSConfig;
import dev.gonet.tls.TLSConn;
import dev.gonet.url.URL;
import java.io.IOException;
import java.time.Instant;

/**
 * Getting a connection for a request (Go's {@code getConn} and {@code dialConn}): from the
 * pool, or dialed fresh, through a proxy when the connect method says so ({@code CONNECT}
 * tunnel for https targets), with TLS for https.
 */
final class Dial {
    /** Go bounds a CONNECT exchange by a minute when the request has no deadline. */
    private static final long CONNECT_TIMEOUT_MILLIS = 60_000;

    private Dial() {
    }

    static PersistConn getConn(Transport t, ConnPool pool, ConnectMethod cm, Instant deadline) throws IOException {
        ConnPool.Lease lease = pool.acquire(cm.key(), deadline);
        if (lease.conn() != null) {
            return lease.conn();
        }
        try {
            return dialConn(t, pool, cm, deadline);
        } catch (IOException | RuntimeException e) {
            pool.released(cm.key());
            throw e;
        }
    }

    private static PersistConn dialConn(Transport t, ConnPool pool, ConnectMethod cm, Instant deadline)
            throws IOException {
        String scheme = cm.scheme();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException("net/http: proxy scheme " + Ascii.quote(scheme) + " is not supported");
        }
        Conn conn;
        try {
            conn = t.dialFunc() != null ? t.dialFunc().dial("tcp", cm.addr()) : dialer(t, deadline).dial("tcp", cm.addr());
        } catch (IOException e) {
            // Go marks failures to reach the proxy (Issue 16997): proxyconnect tcp: dial tcp ...
            throw cm.proxy() != null ? new NetException("proxyconnect", "tcp", null, null, e) : e;
        }
        dev.gonet.tls.ConnectionState tls = null;
        try {
            if (scheme.equals("https")) {
                String host = cm.proxy() != null ? cm.proxy().hostname() : cm.tlsHost();
                conn = tlsClient(t, conn, host, deadline);
            }
            if (cm.tunnel()) {
                connect(t, conn, cm, deadline);
                conn = tlsClient(t, conn, cm.tlsHost(), deadline);
            }
            tls = tlsState(conn);
        } catch (IOException e) {
            closeQuietly(conn);
            if (cm.proxy() != null && !cm.tunnel()) {
                throw new NetException("proxyconnect", "tcp", null, null, e);
            }
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(conn);
            throw e;
        }
        return new PersistConn(t, pool, cm, conn, tls);
    }

    private static Dialer dialer(Transport t, Instant deadline) {
        Dialer d = t.dialer();
        if (d.platform() == null && t.platformOrNull() != null) {
            d = d.withPlatform(t.platformOrNull());
        }
        if (deadline != null && (d.deadline() == null || deadline.isBefore(d.deadline()))) {
            d = d.withDeadline(deadline);
        }
        return d;
    }

    /**
     * Sends {@code CONNECT target} to the proxy and reads its answer; anything but 200 fails
     * with the status text (Go's behaviour: {@code Forbidden}). The proxy must not speak first
     * after the 200, so nothing is read past its head.
     */
    private static void connect(Transport t, Conn conn, ConnectMethod cm, Instant deadline) throws IOException {
        Instant d = deadline != null ? deadline : Instant.ofEpochMilli(System.currentTimeMillis() + CONNECT_TIMEOUT_MILLIS);
        conn.setDeadline(d);
        Request req = new Request("CONNECT", new URL().setOpaque(cm.targetAddr()), null);
        req.setHost(cm.targetAddr());
        Header extra = t.proxyConnectHeader().clone();
        extra.checkSendable(); // the same rule as for a request's own fields
        String auth = cm.proxyAuth();
        if (!auth.isEmpty()) {
            extra.set("Proxy-Authorization", auth);
        }
        conn.write(RequestWriter.head(req, false, extra, 0));
        ResponseHead h;
        try {
            h = t.responseReader(new OneByte(conn)).readResponse("CONNECT");
        } catch (IOException e) {
            if (!HttpError.passed(deadline)) {
                throw e;
            }
            throw HttpSentinel.DEADLINE_EXCEEDED.exception(e);
        }
        if (h.statusCode() != 200) {
            String status = h.status();
            int sp = status.indexOf(' ');
            throw new IOException(sp < 0 ? "unknown status code" : status.substring(sp + 1));
        }
        conn.setDeadline(null);
    }

    /**
     * Go's {@code addTLS}: the client side of TLS over {@code conn}, verifying {@code serverName}
     * unless the config names another, offering ALPN {@code http/1.1} unless it offers others;
     * the handshake is bounded by the TLS handshake timeout and the request's deadline.
     */
    static Conn tlsClient(Transport t, Conn conn, String serverName, Instant deadline) throws IOException {
        TLSConfig cfg = t.tlsConfig() != null ? t.tlsConfig() : new TLSConfig();
        if (cfg.serverName().isEmpty()) {
            cfg = cfg.withServerName(serverName);
        }
        if (cfg.nextProtos().isEmpty()) {
            cfg = cfg.withNextProtos("http/1.1");
        }
        FirstBytesConn rec = new FirstBytesConn(conn);
        TLSConn c = TLS.client(rec, cfg);
        Instant hd = t.tlsHandshakeTimeoutMillis() > 0
                ? Instant.ofEpochMilli(System.currentTimeMillis() + t.tlsHandshakeTimeoutMillis())
                : null;
        if (deadline != null && (hd == null || deadline.isBefore(hd))) {
            hd = deadline;
        }
        try {
            c.setDeadline(hd);
            c.handshake();
            c.setDeadline(null);
            return c;
        } catch (IOException e) {
            closeQuietly(c);
            if (rec.sawHTTP()) {
                throw HttpSentinel.SCHEME_MISMATCH.exception(e);
            }
            if (e instanceof NetError ne && ne.isTimeout()) {
                if (HttpError.passed(deadline)) {
                    throw HttpSentinel.DEADLINE_EXCEEDED.exception(e);
                }
                throw HttpSentinel.TLS_HANDSHAKE_TIMEOUT.exception(e);
            }
            throw e;
        }
    }

    /** The TLS state of {@code conn} for {@link Response#tls()}, or null when it is not TLS. */
    static ConnectionState tlsState(Conn conn) {
        return conn instanceof TLSConn t ? t.connectionState() : null;
    }

    static void closeQuietly(Conn c) {
        try {
            c.close();
        } catch (IOException e) {
            // already broken
        }
    }

    /**
     * The connection read a byte at a time, so the reader parsing the CONNECT answer cannot
     * swallow bytes that belong to the TLS handshake after it.
     */
    private static final class OneByte extends java.io.InputStream {
        private final Conn conn;

        OneByte(Conn conn) {
            this.conn = conn;
        }

        @Override
        public int read() throws IOException {
            byte[] b = new byte[1];
            int n;
            do {
                n = conn.read(b, 0, 1);
            } while (n == 0);
            return n < 0 ? -1 : b[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return len == 0 ? 0 : conn.read(b, off, 1);
        }
    }
}
