package dev.gonet.http;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.http.internal.Http1Reader;
import dev.gonet.tls.TLSConfig;
import dev.gonet.spi.Platform;
import dev.gonet.spi.Platforms;
import dev.gonet.url.URL;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Go's {@code http.Transport}: HTTP/1.1 over any {@link Conn} (TCP by default, a Unix socket or
 * the in-memory {@code mem} network through {@link #withDial}), with connection pooling,
 * proxies, transparent gzip, and Go's retry of idempotent requests on stale connections.
 *
 * <p><b>Configuration.</b> {@code new Transport()} has Go's {@code DefaultTransport} settings:
 * proxies from the environment, dial timeout and keep-alive 30 s, at most 100 idle connections
 * (2 per host), idle timeout 90 s, TLS handshake timeout 10 s, expect-continue timeout 1 s. Each
 * {@code with...} returns a new transport with its own, empty pool (Go's {@code Clone}), so
 * configure first, then share one instance: the pool is only worth something when shared.
 *
 * <p><b>Threads.</b> Safe for use by any number of threads. A request with a body is written by
 * a separate thread (the platform's) while the response is read; each idle connection has a
 * thread blocked reading it, to notice a server closing it and to apply the idle timeout.
 *
 * <p><b>Connections.</b> Pooled per scheme, host and port (and proxy). The caller must read a
 * response body to its end and close it for the connection to be reused; closing it early
 * closes the connection. {@code maxConnsPerHost} bounds connections per key (dialing, in use
 * and idle): callers beyond it wait, first come first served, within their deadline.
 *
 * <p><b>Timeouts.</b> {@link Request#deadline()} bounds the whole exchange, including the wait
 * for a connection and reading the body ({@code context deadline exceeded}); the response header
 * timeout runs from the end of writing the request to the end of the response head
 * ({@code net/http: timeout awaiting response headers}).
 */
public final class Transport implements RoundTripper {
    /** Go's {@code DefaultMaxIdleConnsPerHost}. */
    public static final int DEFAULT_MAX_IDLE_CONNS_PER_HOST = 2;

    /** Go's {@code DialContext}: how a transport opens connections ({@code network} is {@code tcp}). */
    @FunctionalInterface
    public interface DialFunc {
        /**
         * Connects to {@code address} on {@code network}, as {@link dev.gonet.Net#dial(String, String)}.
         *
         * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
         *        {@code mem}, {@code ws}, ...
         * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name
         *        for {@code mem}, a URL for {@code ws})
         * @return the connection
         * @throws IOException if the connection cannot be made
         */
        Conn dial(String network, String address) throws IOException;
    }

    private static final ProxyFunc ENV_PROXY = new ProxyFunc() {
        private ProxyFunc f; // guarded by this: Go reads the environment once per process

        @Override
        public synchronized URL proxyFor(Request req) throws IOException {
            if (f == null) {
                f = ProxyConfig.fromEnvironment().proxyFunc();
            }
            return f.proxyFor(req);
        }
    };

    private final Settings s;
    private final ConnPool pool = new ConnPool(this);

    /**
     * {@return Go's {@code ProxyFromEnvironment}: {@link ProxyConfig#fromEnvironment()}, read at its first
     *   use and then kept for the life of the process} The default of every transport.
     */
    public static ProxyFunc proxyFromEnvironment() {
        return ENV_PROXY;
    }

    /** Go's {@code DefaultTransport} settings. */
    public Transport() {
        this(new Settings());
    }

    private Transport(Settings s) {
        this.s = s;
    }

    /** Everything a wither copies. */
    private static final class Settings implements Cloneable {
        ProxyFunc proxy = ENV_PROXY;
        Header proxyConnectHeader = new Header();
        Dialer dialer = new Dialer().withTimeout(Duration.ofSeconds(30)).withKeepAlive(Duration.ofSeconds(30));
        DialFunc dial;
        TLSConfig tlsConfig;
        long tlsHandshakeTimeout = 10_000;
        long idleConnTimeout = 90_000;
        long responseHeaderTimeout;
        long expectContinueTimeout = 1_000;
        int maxIdleConns = 100;
        int maxIdleConnsPerHost;
        int maxConnsPerHost;
        boolean disableKeepAlives;
        boolean disableCompression;
        int maxResponseHeaderBytes = 10 << 20;
        int maxResponseHeaderFields = Http1Reader.DEFAULT_MAX_HEADER_FIELDS;
        int maxResponseHeaderFieldBytes; // none but the head's, as in Go
        Platform platform;
        Consumer<String> log;

        Settings copy() {
            try {
                return (Settings) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    private Transport with(Consumer<Settings> change) {
        Settings c = s.copy();
        change.accept(c);
        return new Transport(c);
    }

    private static long millis(Duration d) {
        return d == null || d.isNegative() || d.isZero() ? 0 : Math.max(1, d.toMillis());
    }

    /**
     * The proxy for each request ({@link ProxyConfig}, {@link ProxyFunc#fixed}); null = never.
     *
     * @param p the proxy function
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withProxy(ProxyFunc p) {
        return with(c -> c.proxy = p);
    }

    /**
     * Extra fields for {@code CONNECT} requests to a proxy (Go's {@code ProxyConnectHeader}).
     *
     * @param h the proxy connect header
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withProxyConnectHeader(Header h) {
        return with(c -> c.proxyConnectHeader = h == null ? new Header() : h.clone());
    }

    /**
     * The dialer for TCP connections (timeout, keep-alive, local address, platform).
     *
     * @param d the dialer
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withDialer(Dialer d) {
        return with(c -> {
            c.dialer = d;
            c.dial = null;
        });
    }

    /**
     * Opens connections with {@code f} instead of a dialer, e.g. to a Unix socket or the
     * {@code mem} network whatever the URL says; it also dials proxies. It is not bounded by the
     * request's deadline: give it its own timeout.
     *
     * @param f the dial function
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withDial(DialFunc f) {
        return with(c -> c.dial = f);
    }

    /**
     * How long the TLS handshake may take (zero: no limit but the request's deadline).
     *
     * @param d the TLS handshake timeout
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withTLSHandshakeTimeout(Duration d) {
        return with(c -> c.tlsHandshakeTimeout = millis(d));
    }

    /**
     * How long a connection may stay idle in the pool (zero: no limit).
     *
     * @param d the idle conn timeout
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withIdleConnTimeout(Duration d) {
        return with(c -> c.idleConnTimeout = millis(d));
    }

    /**
     * How long to wait for the response head once the request is written (zero: no limit).
     *
     * @param d the response header timeout
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withResponseHeaderTimeout(Duration d) {
        return with(c -> c.responseHeaderTimeout = millis(d));
    }

    /**
     * How long to wait for {@code 100 Continue} before sending the body anyway (zero: do not
     * wait).
     *
     * @param d the expect continue timeout
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withExpectContinueTimeout(Duration d) {
        return with(c -> c.expectContinueTimeout = millis(d));
    }

    /**
     * Most idle connections in all (zero: no limit).
     *
     * @param n the max idle conns
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withMaxIdleConns(int n) {
        return with(c -> c.maxIdleConns = n);
    }

    /**
     * Most idle connections per key (zero: {@value #DEFAULT_MAX_IDLE_CONNS_PER_HOST}; negative: none kept).
     *
     * @param n the max idle conns per host
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withMaxIdleConnsPerHost(int n) {
        return with(c -> c.maxIdleConnsPerHost = n);
    }

    /**
     * Most connections per key, dialing, busy and idle together (zero: no limit); others wait.
     *
     * @param n the max conns per host
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withMaxConnsPerHost(int n) {
        return with(c -> c.maxConnsPerHost = n);
    }

    /**
     * One request per connection, each sent with {@code Connection: close}.
     *
     * @param v the new {@code DisableKeepAlives} value
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withDisableKeepAlives(boolean v) {
        return with(c -> c.disableKeepAlives = v);
    }

    /**
     * Do not ask for gzip (and so never decompress).
     *
     * @param v the new {@code DisableCompression} value
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withDisableCompression(boolean v) {
        return with(c -> c.disableCompression = v);
    }

    /**
     * Largest response head accepted (default 10 MiB, as Go).
     *
     * @param n the max response header bytes
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withMaxResponseHeaderBytes(int n) {
        return with(c -> c.maxResponseHeaderBytes = n <= 0 ? 10 << 20 : n);
    }

    /**
     * Field lines a response head may have (default 1000, the codec's
     * {@code DEFAULT_MAX_HEADER_FIELDS}; Go has no cap, so a 10 MiB head of empty fields could pin hundreds of MiB); more
     * fails the request. Zero or less = default.
     *
     * @param n the max response header fields
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withMaxResponseHeaderFields(int n) {
        return with(c -> c.maxResponseHeaderFields = n <= 0 ? Http1Reader.DEFAULT_MAX_HEADER_FIELDS : n);
    }

    /**
     * Bytes one response header field may have, name and value with any folded lines; more fails
     * the request with {@code header field too large}. Default: no cap but
     * {@link #withMaxResponseHeaderBytes the head's} (Go's; a field's memory is bounded by the
     * head's anyway), so an oversized head keeps Go's error. Zero or less = that default.
     *
     * @param n the max response header field bytes
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withMaxResponseHeaderFieldBytes(int n) {
        return with(c -> c.maxResponseHeaderFieldBytes = Math.max(0, n));
    }

    /**
     * The platform whose threads the transport uses (and whose network the default dialer uses).
     *
     * @param p the platform
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withPlatform(Platform p) {
        return with(c -> c.platform = p);
    }

    /**
     * Where the transport reports oddities (Go logs them), e.g. an unsolicited response; default:
     * nowhere.
     *
     * @param log where log lines go
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withLog(Consumer<String> log) {
        return with(c -> c.log = log);
    }

    /** {@return Go's {@code Proxy}: the proxy for each request ({@link #withProxy}); null = never} */
    public ProxyFunc proxy() {
        return s.proxy;
    }

    /** {@return Go's {@code MaxIdleConns} ({@link #withMaxIdleConns})} */
    public int maxIdleConns() {
        return s.maxIdleConns;
    }

    /**
     * {@return Go's {@code MaxIdleConnsPerHost} ({@link #withMaxIdleConnsPerHost}); zero means the
     *   default}
     */
    public int maxIdleConnsPerHost() {
        return s.maxIdleConnsPerHost;
    }

    /** {@return Go's {@code MaxConnsPerHost} ({@link #withMaxConnsPerHost})} */
    public int maxConnsPerHost() {
        return s.maxConnsPerHost;
    }

    /** {@return Go's {@code DisableKeepAlives} ({@link #withDisableKeepAlives})} */
    public boolean disableKeepAlives() {
        return s.disableKeepAlives;
    }

    /** {@return Go's {@code DisableCompression} ({@link #withDisableCompression})} */
    public boolean disableCompression() {
        return s.disableCompression;
    }

    /** {@return Go's {@code IdleConnTimeout} ({@link #withIdleConnTimeout}); zero = no limit} */
    public Duration idleConnTimeout() {
        return Duration.ofMillis(s.idleConnTimeout);
    }

    /** {@return Go's {@code ResponseHeaderTimeout} ({@link #withResponseHeaderTimeout}); zero = no limit} */
    public Duration responseHeaderTimeout() {
        return Duration.ofMillis(s.responseHeaderTimeout);
    }

    /** {@return Go's {@code ExpectContinueTimeout} ({@link #withExpectContinueTimeout})} */
    public Duration expectContinueTimeout() {
        return Duration.ofMillis(s.expectContinueTimeout);
    }

    /** {@return Go's {@code TLSHandshakeTimeout} ({@link #withTLSHandshakeTimeout}); zero = no limit} */
    public Duration tlsHandshakeTimeout() {
        return Duration.ofMillis(s.tlsHandshakeTimeout);
    }

    long idleConnTimeoutMillis() {
        return s.idleConnTimeout;
    }

    long responseHeaderTimeoutMillis() {
        return s.responseHeaderTimeout;
    }

    long expectContinueTimeoutMillis() {
        return s.expectContinueTimeout;
    }

    long tlsHandshakeTimeoutMillis() {
        return s.tlsHandshakeTimeout;
    }

    /** A reader for response heads on {@code in}, with this transport's bounds. */
    Http1Reader responseReader(InputStream in) {
        int field = s.maxResponseHeaderFieldBytes > 0 ? s.maxResponseHeaderFieldBytes : Integer.MAX_VALUE;
        return new Http1Reader(in, s.maxResponseHeaderBytes, s.maxResponseHeaderFields, field);
    }

    int maxResponseHeaderBytes() {
        return s.maxResponseHeaderBytes;
    }

    Header proxyConnectHeader() {
        return s.proxyConnectHeader;
    }

    Platform platform() {
        return s.platform != null ? s.platform : Platforms.get();
    }

    Platform platformOrNull() {
        return s.platform;
    }

    DialFunc dialFunc() {
        return s.dial;
    }

    Dialer dialer() {
        return s.dialer;
    }

    /**
     * The TLS settings for https (Go's {@code TLSClientConfig}): root CAs, client certificate,
     * versions, {@code insecureSkipVerify}. Its server name, when empty, becomes each request's host;
     * its ALPN list, when empty, becomes {@code http/1.1}. Null = the defaults (the platform's trusted
     * roots, verification on).
     *
     * @param cfg the TLS configuration
     * @return a copy with this setting; the receiver is unchanged
     */
    public Transport withTLSConfig(TLSConfig cfg) {
        return with(c -> c.tlsConfig = cfg);
    }

    /** {@return Go's {@code TLSClientConfig} ({@link #withTLSConfig}); null = the defaults} */
    public TLSConfig tlsConfig() {
        return s.tlsConfig;
    }

    void log(String msg) {
        if (s.log != null) {
            s.log.accept(msg);
        }
    }

    /**
     * Idle connections in the pool now (for tests and monitoring).
     *
     * @return the number of idle connections
     */
    public int idleConnCount() {
        return pool.idleCount();
    }

    /** Go's {@code CloseIdleConnections}: closes the idle connections; those in use stay. */
    public void closeIdleConnections() {
        pool.closeIdle();
    }

    /**
     * Go's {@code Transport.RoundTrip}: sends {@code req} and returns the response head with a
     * streaming body; see the class comment. A request that fails on a pooled connection before
     * any response byte arrived is sent again on another connection when that is safe (Go's
     * {@code shouldRetryRequest}): nothing was written and the body can be replayed, or it is
     * idempotent (GET, HEAD, OPTIONS, TRACE, or with an {@code Idempotency-Key}) and replayable.
     */
    @Override
    public Response roundTrip(Request req) throws IOException {
        return TransportRoundTrip.run(this, pool, req);
    }
}
