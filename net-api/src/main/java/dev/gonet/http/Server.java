package dev.gonet.http;

import dev.gonet.http.internal.Http1Reader;
import dev.gonet.tls.TLS;
import dev.gonet.tls.TLSConfig;
import dev.gonet.Conn;
import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import dev.gonet.Sentinel;
import dev.gonet.spi.Platform;
import dev.gonet.spi.Platforms;
import dev.gonet.url.Values;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Go's {@code http.Server}: serves HTTP/1.1 (and 1.0) on any {@link Listener} — TCP, the
 * in-memory {@code mem} network, or anything else that yields {@link Conn}s.
 *
 * <p><b>Configuration.</b> Go configures a server by filling in struct fields before serving;
 * here the configuration is immutable, like {@link Transport}'s and {@link dev.gonet.Dialer}'s:
 * each {@code with...} returns a new, unstarted server with the same address, handler and
 * settings and the one changed. The running state — listeners, connections, the shutdown flag,
 * {@link #onShutdown} hooks — belongs to the instance that serves and is never copied, so
 * configure first, then serve and stop that one instance:
 * <pre>{@code
 * Server srv = new Server("127.0.0.1:8080", mux)
 *         .withReadHeaderTimeout(Duration.ofSeconds(5))
 *         .withWriteTimeout(Duration.ofSeconds(30));
 * srv.listenAndServe();
 * }</pre>
 * A value therefore cannot change under a request being served, and a server's settings need
 * no locking. Go's {@code SetKeepAlivesEnabled(false)} on a running server has no counterpart:
 * {@link #shutdown} turns keep-alives off for the connections it waits for, and
 * {@link #withKeepAlivesEnabled} configures a server that never keeps a connection.
 *
 * <p><b>Threads.</b> {@link #serve} blocks, accepting; each connection gets its own thread
 * from the platform (a virtual thread on the JVM, a green thread in the browser), which reads
 * requests one after another and runs the handler on itself. Responses to pipelined requests go
 * out in order.
 *
 * <p><b>Timeouts.</b> Go's four, with safe defaults where Go has none: the request head must
 * arrive within {@link #withReadHeaderTimeout read header timeout} (default 10 s), the whole
 * request within {@link #withReadTimeout read timeout} (default none), the response must be
 * written within {@link #withWriteTimeout write timeout} of the head being read (default none),
 * and a keep-alive connection may wait {@link #withIdleTimeout idle timeout} for its next request
 * (default 120 s). Zero means as in Go: read header and idle fall back to the read timeout, and
 * no timeout when that is zero too. A handler can move the deadlines for its request with
 * {@link ResponseController}. A head larger than {@link #withMaxHeaderBytes max header bytes}
 * (default 1 MiB), with more than {@link #withMaxHeaderFields max header fields} (default 1000)
 * or with a field over {@link #withMaxHeaderFieldBytes max header field bytes} (default 64 KiB) is
 * answered 431. A request body must keep to the {@link #withMinRequestBodyDataRate minimum data
 * rate} (default 240 bytes/s after 5 s of waiting), or its read fails as a timeout (408), and a
 * form at most {@link #withMaxQueryParams 10 000 parameters}. {@code OPTIONS *} is answered by the
 * server (200), unless {@link #withDisableGeneralOptionsHandler} says otherwise.
 *
 * <p><b>Stopping.</b> {@link #shutdown(Duration)} stops accepting, closes idle connections,
 * lets in-flight requests finish (their responses say {@code Connection: close}) and returns
 * when all connections are gone, or throws {@link ShutdownTimeoutException}. {@link #close()}
 * closes listeners and connections at once. Hijacked connections belong to their handlers and
 * are left alone by both. Serving a stopped server fails with Go's {@code ErrServerClosed}
 * ({@link HttpSentinel#SERVER_CLOSED}).
 */
public final class Server implements Closeable {
    private static final long NEW_CONN_GRACE_MILLIS = 5000; // Go: StateNew this long counts as idle

    private final String addr;
    private final Handler handler;
    private final Config cfg; // never changed once the server is built: a with... makes a new one

    // Running state: this instance's own, never copied by a with...
    private volatile boolean inShutdown;
    private volatile int idleConns;
    private final Set<Listener> listeners = new HashSet<>();
    private final Set<ServerConn> conns = new HashSet<>();
    private final List<Runnable> onShutdown = new ArrayList<>();
    /** {@link #shutdown} has started the hooks: later ones start at once (guarded by this). */
    private boolean hooksStarted;

    /** Everything a {@code with...} copies: Go's configuration fields, and nothing that runs. */
    private static final class Config implements Cloneable {
        long readTimeout;
        long readHeaderTimeout = 10_000;
        long writeTimeout;
        long idleTimeout = 120_000;
        int maxHeaderBytes = Http1Reader.DEFAULT_MAX_HEADER_BYTES;
        int maxHeaderFields = Http1Reader.DEFAULT_MAX_HEADER_FIELDS;
        int maxHeaderFieldBytes = Http1Reader.DEFAULT_MAX_FIELD_BYTES;
        int maxIdleConns = 4096;
        int maxQueryParams = Values.DEFAULT_MAX_PARAMS;
        boolean keepAlives = true;
        boolean disableGeneralOptionsHandler;
        MinDataRate minRequestBodyDataRate = MinDataRate.DEFAULT;
        BiConsumer<Conn, ConnState> connState;
        Consumer<String> errorLog;
        Platform platform;
        TLSConfig tlsConfig;

        Config copy() {
            try {
                return (Config) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /**
     * A server for {@code addr} ({@code host:port}, used by {@link #listenAndServe()}; "" means
     * {@code :http}) that hands every request to {@code handler}, typically a {@link ServeMux},
     * with the default settings (see the class comment).
     *
     * @param addr the address
     * @param handler the handler
     */
    public Server(String addr, Handler handler) {
        this(addr == null ? "" : addr, Objects.requireNonNull(handler, "handler"), new Config());
    }

    private Server(String addr, Handler handler, Config cfg) {
        this.addr = addr;
        this.handler = handler;
        this.cfg = cfg;
    }

    /** A new, unstarted server with this one's address, handler and settings, changed by {@code change}. */
    private Server with(Consumer<Config> change) {
        Config n = cfg.copy();
        change.accept(n);
        return new Server(addr, handler, n);
    }

    /**
     * {@return Go's {@code Addr}: the address {@link #listenAndServe()} listens on; "" means {@code
     *   :http}}
     */
    public String addr() {
        return addr;
    }

    /** {@return Go's {@code Handler}: what every request is handed to} */
    public Handler handler() {
        return handler;
    }

    // ---- configuration: each with... returns a new, unstarted server ----

    /**
     * Go's {@code ReadTimeout}: the whole request, head and body; zero, negative or null = none.
     *
     * @param d the read timeout
     * @return a copy with this setting; the receiver is unchanged
     */
    public Server withReadTimeout(Duration d) {
        return with(n -> n.readTimeout = millis(d));
    }

    /**
     * Go's {@code ReadHeaderTimeout}: the request head (default 10 s); zero = the read timeout.
     *
     * @param d the read header timeout
     * @return a copy with this setting; the receiver is unchanged
     */
    public Server withReadHeaderTimeout(Duration d) {
        return with(n -> n.readHeaderTimeout = millis(d));
    }

    /**
     * Go's {@code WriteTimeout}: from the end of the request head to the end of the response;
     * zero = none.
     *
     * @param d the write timeout
     * @return a copy with this setting; the receiver is unchanged
     */
    public Server withWriteTimeout(Duration d) {
        return with(n -> n.writeTimeout = millis(d));
    }

    /**
     * Go's {@code IdleTimeout}: between requests on a keep-alive connection (default 120 s); zero
     * = the read timeout.
     *
     * @param d the idle timeout
     * @return a copy with this setting; the receiver is unchanged
     */
    public Server withIdleTimeout(Duration d) {
        return with(n -> n.idleTimeout = millis(d));
    }

    /**
     * Go's {@code MaxHeaderBytes}: the request line and fields, exactly (default 1 MiB); 0 or
     * less = default.
     *
     * @param max the largest number allowed
     * @return a copy with this setting; the receiver is unchanged
     */
    public Server withMaxHeaderBytes(int max) {
        return with(n -> n.maxHeaderBytes = max > 0 ? max : Http1Reader.DEFAULT_MAX_HEADER_BYTES);
    }

    /**
     * Field lines a request head may have (default 1000, the codec's
     * {@code DEFAULT_MAX_HEADER_FIELDS}; Go has no cap); more is answered 431. Zero or less = default.
     *
     * @param max the largest number allowed
     * @return a copy with this setting; the receiver is unchanged
     */
    public Server withMaxHeaderFields(int max) {
        return with(n -> n.maxHeaderFields = max > 0 ? max : Http1Reader.DEFAULT_MAX_HEADER_FIELDS);
    }

    /**
     * Bytes one request header field may have, name and value (default 64 KiB, the codec's
     * {@code DEFAULT_MAX_FIELD_BYTES}; Go bounds only the whole head); more is
     * answered 431. Zero or less = default.
     *
     * @param max the largest number allowed
     * @return a copy with this setting; the receiver is unchanged
     */
    public Server withMaxHeaderFieldBytes(int max) {
        return with(n -> n.maxHeaderFieldBytes = max > 0 ? max : Http1Reader.DEFAULT_MAX_FIELD_BYTES);
    }

    /**
     * The most parameters {@link Request#parseForm()} accepts in a request's query and in its
     * urlencoded body, each (default {@link Values#DEFAULT_MAX_PARAMS}, 10 000, Go's cap since
     * CVE-2025-61726); over it, the form error is {@link Values#TOO_MANY_PARAMS} and a handler that lets
     * it escape gets a 400. Zero or less = no cap. A handler can set its own with {@link
     * Request#setMaxQueryParams}.
     *
     * @param max the largest number allowed
     * @return a copy with this setting; the receiver is unchanged
     */
    public Server withMaxQueryParams(int max) {
        return with(n -> n.maxQueryParams = max);
    }

    /**
     * Idle keep-alive connections kept at most (default 4096): a response sent while that many
     * wait says {@code Connection: close}. Zero or less = no cap (Go has none).
     *
     * @param max the largest number allowed
     * @return a copy with this setting; the receiver is unchanged
     */
    public Server withMaxIdleConns(int max) {
        return with(n -> n.maxIdleConns = max);
    }

    /**
     * The slowest a client may send a request body (default {@link MinDataRate#DEFAULT}: 240
     * bytes/s on average after 5 s of waiting, Kestrel's; Go has no such bound, so a client trickling a
     * byte every few seconds holds a handler forever). A body read that waits past it fails with {@link
     * MinDataRateException}, a timeout: 408 if the handler lets it escape, and the connection closes.
     * Null turns it off; a handler can change it for its request with {@link
     * ResponseController#setMinRequestBodyDataRate}.
     *
     * @param r the rate
     * @return a copy with this setting; the receiver is unchanged
     */
    public Server withMinRequestBodyDataRate(MinDataRate r) {
        return with(n -> n.minRequestBodyDataRate = r);
    }

    /**
     * Go's {@code DisableGeneralOptionsHandler}: by default the server itself answers {@code
     * OPTIONS *} with 200 and {@code Content-Length: 0} (reading at most 4 KiB of a body); true passes
     * such requests to the handler (a {@link ServeMux} answers them 400).
     *
     * @param v the new {@code DisableGeneralOptionsHandler} value
     * @return a copy with this setting; the receiver is unchanged
     */
    public Server withDisableGeneralOptionsHandler(boolean v) {
        return with(n -> n.disableGeneralOptionsHandler = v);
    }

    /**
     * Go's {@code SetKeepAlivesEnabled}, as a setting: false makes every response close its
     * connection (default true). See the class comment for why it is not a switch on a running server.
     *
     * @param v the new {@code KeepAlivesEnabled} value
     * @return a copy with this setting; the receiver is unchanged
     */
    public Server withKeepAlivesEnabled(boolean v) {
        return with(n -> n.keepAlives = v);
    }

    /**
     * Go's {@code ConnState} hook, called on the connection's thread at each transition (NEW on
     * the accepting thread); null = none. It must not block; exceptions are logged and ignored.
     *
     * @param hook the function to run
     * @return a copy with this setting; the receiver is unchanged
     */
    public Server withConnState(BiConsumer<Conn, ConnState> hook) {
        return with(n -> n.connState = hook);
    }

    /**
     * Go's {@code ErrorLog}: where the server reports handler failures and accept errors; null =
     * stderr.
     *
     * @param log where log lines go
     * @return a copy with this setting; the receiver is unchanged
     */
    public Server withErrorLog(Consumer<String> log) {
        return with(n -> n.errorLog = log);
    }

    /**
     * The platform for threads and {@link #listenAndServe()}; null = {@link Platforms#get()}.
     *
     * @param p the platform
     * @return a copy with this setting; the receiver is unchanged
     */
    public Server withPlatform(Platform p) {
        return with(n -> n.platform = p);
    }

    /**
     * Go's {@code TLSConfig}: the base config for {@link #listenAndServeTLS} and {@link
     * #serveTLS}, which add the certificate and, when it offers none, ALPN {@code http/1.1}; null = Go's
     * zero config.
     *
     * @param cfg the TLS configuration
     * @return a copy with this setting; the receiver is unchanged
     */
    public Server withTLSConfig(TLSConfig cfg) {
        return with(n -> n.tlsConfig = cfg);
    }

    /** {@return Go's {@code ReadTimeout} ({@link #withReadTimeout}); zero = none} */
    public Duration readTimeout() {
        return Duration.ofMillis(cfg.readTimeout);
    }

    /** {@return Go's {@code ReadHeaderTimeout} ({@link #withReadHeaderTimeout}); zero = the read timeout} */
    public Duration readHeaderTimeout() {
        return Duration.ofMillis(cfg.readHeaderTimeout);
    }

    /** {@return Go's {@code WriteTimeout} ({@link #withWriteTimeout}); zero = none} */
    public Duration writeTimeout() {
        return Duration.ofMillis(cfg.writeTimeout);
    }

    /** {@return Go's {@code IdleTimeout} ({@link #withIdleTimeout}); zero = the read timeout} */
    public Duration idleTimeout() {
        return Duration.ofMillis(cfg.idleTimeout);
    }

    /** {@return Go's {@code MaxHeaderBytes} ({@link #withMaxHeaderBytes}), the default filled in} */
    public int maxHeaderBytes() {
        return cfg.maxHeaderBytes;
    }

    /**
     * Field lines a request head may have ({@link #withMaxHeaderFields}), the default filled in.
     *
     * @return the limit
     */
    public int maxHeaderFields() {
        return cfg.maxHeaderFields;
    }

    /**
     * Bytes one request header field may have ({@link #withMaxHeaderFieldBytes}), the default filled in.
     *
     * @return the limit in bytes
     */
    public int maxHeaderFieldBytes() {
        return cfg.maxHeaderFieldBytes;
    }

    /**
     * {@return the most parameters a request's form may have ({@link #withMaxQueryParams}); zero or less =
     *   no cap}
     */
    public int maxQueryParams() {
        return cfg.maxQueryParams;
    }

    /**
     * Idle keep-alive connections kept at most ({@link #withMaxIdleConns}); zero or less = no cap.
     *
     * @return the limit; zero or less for none
     */
    public int maxIdleConns() {
        return cfg.maxIdleConns;
    }

    /**
     * {@return the slowest a request body may arrive ({@link #withMinRequestBodyDataRate}); null = no
     *   bound}
     */
    public MinDataRate minRequestBodyDataRate() {
        return cfg.minRequestBodyDataRate;
    }

    /** {@return Go's {@code DisableGeneralOptionsHandler} ({@link #withDisableGeneralOptionsHandler})} */
    public boolean disableGeneralOptionsHandler() {
        return cfg.disableGeneralOptionsHandler;
    }

    /**
     * {@return whether responses may keep their connections ({@link #withKeepAlivesEnabled}); true by
     *   default}
     */
    public boolean keepAlivesEnabled() {
        return cfg.keepAlives;
    }

    /** {@return Go's {@code ConnState} hook ({@link #withConnState}), or null} */
    public BiConsumer<Conn, ConnState> connState() {
        return cfg.connState;
    }

    /** {@return Go's {@code ErrorLog} ({@link #withErrorLog}), or null for stderr} */
    public Consumer<String> errorLog() {
        return cfg.errorLog;
    }

    /** {@return Go's {@code TLSConfig} ({@link #withTLSConfig}), or null} */
    public TLSConfig tlsConfig() {
        return cfg.tlsConfig;
    }

    private static long millis(Duration d) {
        return d == null || d.isNegative() ? 0 : Math.max(d.toMillis(), d.isZero() ? 0 : 1);
    }

    // ---- running: state of this instance only ----

    /**
     * {@return Go's {@code RegisterOnShutdown}: run {@code hook} on its own thread when {@link #shutdown}
     *   starts} A hook is running state, not configuration: it belongs to this instance, and a {@code
     *   with...} copy starts without it (handlers register through {@link Request#server()}, on the server
     *   that read the request). A hook registered after {@code shutdown} started runs at once, on its
     *   own thread; Go's would never run, which loses the hook of a handler that registers while the
     *   shutdown begins (a WebSocket upgrade answered just then would never get its 1001).
     *
     * @param hook the function to run
     */
    public Server onShutdown(Runnable hook) {
        Objects.requireNonNull(hook);
        synchronized (this) {
            if (!hooksStarted) {
                onShutdown.add(hook);
                return this;
            }
        }
        platform().startThread("http shutdown hook", hook);
        return this;
    }

    /**
     * Go's {@code ListenAndServe}: listens on TCP {@link #addr()} and serves until
     * {@link #shutdown} or {@link #close()}, then returns normally (Go returns
     * {@code ErrServerClosed}). Throws if listening fails, or {@link HttpSentinel#SERVER_CLOSED}
     * if the server was already stopped.
     *
     * @throws IOException if the address cannot be listened on: a {@link dev.gonet.NetException}
     */
    public void listenAndServe() throws IOException {
        if (inShutdown) {
            throw HttpSentinel.SERVER_CLOSED.exception();
        }
        String a = addr.isEmpty() ? ":http" : addr;
        serve(new ListenConfig().withPlatform(cfg.platform).listen("tcp", a));
    }

    /**
     * Go's {@code ListenAndServeTLS}: listens on TCP {@link #addr()} ({@code :https} when empty)
     * and serves HTTPS with the given certificate chain and private key, as PEM text (PKCS#8,
     * PKCS#1 or EC keys; read files with {@code Files.readString}). Uses {@link #withTLSConfig}'s
     * config as the base, offering ALPN {@code http/1.1}. Needs a TLS provider (net-native on
     * the JVM).
     *
     * @param certPem the certificate chain in PEM, leaf first
     * @param keyPem the leaf certificate's private key in PEM
     * @throws IOException if the address cannot be listened on: a {@link dev.gonet.NetException}
     */
    public void listenAndServeTLS(String certPem, String keyPem) throws IOException {
        if (inShutdown) {
            throw HttpSentinel.SERVER_CLOSED.exception();
        }
        TLSConfig tls = serverTLSConfig(certPem, keyPem);
        String a = addr.isEmpty() ? ":https" : addr;
        Listener l = new ListenConfig().withPlatform(cfg.platform).listen("tcp", a);
        serve(TLS.newListener(l, tls));
    }

    /**
     * Go's {@code ServeTLS}: {@link #serve} over TLS on an existing listener.
     *
     * @param l the listener to accept connections from
     * @param certPem the certificate chain in PEM, leaf first
     * @param keyPem the leaf certificate's private key in PEM
     * @throws IOException when the server stops: {@link HttpSentinel#SERVER_CLOSED} after shutdown or
     *        close, else the listener's error
     */
    public void serveTLS(Listener l, String certPem, String keyPem) throws IOException {
        serve(TLS.newListener(l, serverTLSConfig(certPem, keyPem)));
    }

    private TLSConfig serverTLSConfig(String certPem, String keyPem) {
        TLSConfig base = cfg.tlsConfig != null ? cfg.tlsConfig : new TLSConfig();
        if (certPem != null && !certPem.isEmpty()) {
            base = base.withCertificate(certPem, keyPem);
        }
        return base.nextProtos().isEmpty() ? base.withNextProtos("http/1.1") : base;
    }

    /**
     * Go's {@code Serve}: accepts connections on {@code l} and serves each on its own thread,
     * until {@link #shutdown} or {@link #close()} (then returns normally) or until {@code l}
     * fails for good (then throws; transient accept errors are retried with back-off, as Go
     * does). Closes {@code l} on return.
     *
     * @param l the listener to accept connections from
     * @throws IOException when the server stops: {@link HttpSentinel#SERVER_CLOSED} after shutdown or
     *        close, else the listener's error
     */
    public void serve(Listener l) throws IOException {
        synchronized (this) {
            if (inShutdown) {
                l.close();
                throw HttpSentinel.SERVER_CLOSED.exception();
            }
            listeners.add(l);
        }
        long delay = 0;
        try {
            while (true) {
                Conn c;
                try {
                    c = l.accept();
                } catch (IOException e) {
                    if (inShutdown) {
                        return;
                    }
                    if (Sentinel.CLOSED.in(e)) {
                        throw e;
                    }
                    delay = delay == 0 ? 5 : Math.min(delay * 2, 1000);
                    logf("http: Accept error: " + e.getMessage() + "; retrying in " + delay + "ms");
                    sleep(delay);
                    continue;
                }
                delay = 0;
                ServerConn sc = new ServerConn(this, c);
                if (!track(sc)) {
                    sc.closeQuietly();
                    return;
                }
                hook(c, ConnState.NEW);
                try {
                    platform().startThread("http " + sc.remoteAddr(), sc::serve);
                } catch (RuntimeException e) {
                    sc.closeQuietly();
                    setState(sc, ConnState.CLOSED);
                    throw e;
                }
            }
        } finally {
            synchronized (this) {
                listeners.remove(l);
            }
            try {
                l.close();
            } catch (IOException e) {
                // already closed by shutdown or close
            }
        }
    }

    private static void sleep(long ms) throws InterruptedIOException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("http: Serve interrupted");
        }
    }

    private synchronized boolean track(ServerConn c) {
        if (inShutdown) {
            return false;
        }
        c.state = ConnState.NEW;
        c.acceptedAtMillis = System.currentTimeMillis();
        conns.add(c);
        return true;
    }

    /** Records a transition, runs the hook, and wakes {@link #shutdown} when it may be done. */
    void setState(ServerConn c, ConnState s) {
        synchronized (this) {
            ConnState old = c.state;
            if (old == s || old == ConnState.CLOSED || old == ConnState.HIJACKED) {
                return;
            }
            if (old == ConnState.IDLE) {
                idleConns--;
            }
            if (s == ConnState.IDLE) {
                idleConns++;
            }
            c.state = s;
            if (s == ConnState.CLOSED || s == ConnState.HIJACKED) {
                conns.remove(c);
            }
            if (s != ConnState.ACTIVE && inShutdown) {
                notifyAll(); // shutdown() waits for this (it sets inShutdown under this lock first)
            }
        }
        hook(c.conn(), s);
    }

    private void hook(Conn c, ConnState s) {
        BiConsumer<Conn, ConnState> h = cfg.connState;
        if (h != null) {
            try {
                h.accept(c, s);
            } catch (RuntimeException e) {
                logf("http: ConnState hook failed: " + describe(e));
            }
        }
    }

    // ---- stopping ----

    /**
     * Go's {@code Shutdown}: stops accepting, runs the {@link #onShutdown} hooks, closes idle
     * connections (and connections that have sent nothing for 5 s), and waits for the active
     * ones to finish their current request, whose responses close the connection. Returns when
     * none is left; throws {@link ShutdownTimeoutException} once {@code timeout} has passed
     * ({@code null} = wait as long as it takes), leaving the rest running. Listener close
     * errors are thrown after the wait.
     *
     * @param timeout the limit; zero for none
     * @throws IOException a {@link ShutdownTimeoutException} if connections were still active when the
     *        time ran out
     */
    public void shutdown(Duration timeout) throws IOException {
        List<Listener> ls;
        List<Runnable> hooks;
        synchronized (this) {
            inShutdown = true;
            hooksStarted = true;
            ls = new ArrayList<>(listeners);
            hooks = new ArrayList<>(onShutdown);
        }
        IOException err = closeAll(ls);
        for (Runnable h : hooks) {
            platform().startThread("http shutdown hook", h);
        }
        long deadline = timeout == null ? Long.MAX_VALUE : System.currentTimeMillis() + Math.max(0, timeout.toMillis());
        synchronized (this) {
            while (!closeIdleConns()) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new ShutdownTimeoutException(conns.size());
                }
                try {
                    wait(Math.min(left, 500)); // woken by state changes; 500 ms re-checks NEW conns
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("http: shutdown interrupted");
                }
            }
        }
        if (err != null) {
            throw err;
        }
    }

    /** Go's {@code closeIdleConns}: closes idle ones; true when no others are left. */
    private boolean closeIdleConns() {
        boolean quiescent = true;
        long newExpiry = System.currentTimeMillis() - NEW_CONN_GRACE_MILLIS;
        for (ServerConn c : new ArrayList<>(conns)) {
            ConnState st = c.state;
            if (st == ConnState.IDLE || (st == ConnState.NEW && c.acceptedAtMillis < newExpiry)) {
                c.closeQuietly();
                conns.remove(c);
            } else {
                quiescent = false;
            }
        }
        return quiescent;
    }

    /**
     * Go's {@code Close}: stops accepting and closes every connection now, active or not
     * (handlers see their writes fail). Hijacked connections are not touched.
     */
    @Override
    public void close() throws IOException {
        List<Listener> ls;
        List<ServerConn> cs;
        synchronized (this) {
            inShutdown = true;
            ls = new ArrayList<>(listeners);
            cs = new ArrayList<>(conns);
            conns.clear();
            notifyAll();
        }
        IOException err = closeAll(ls);
        for (ServerConn c : cs) {
            c.closeQuietly();
        }
        if (err != null) {
            throw err;
        }
    }

    private static IOException closeAll(List<Listener> ls) {
        IOException err = null;
        for (Listener l : ls) {
            try {
                l.close();
            } catch (IOException e) {
                if (err == null && !Sentinel.CLOSED.in(e)) {
                    err = e;
                }
            }
        }
        return err;
    }

    // ---- for connections ----

    /** Go's {@code doKeepAlives}: connections may be kept after a response. */
    boolean doKeepAlives() {
        return cfg.keepAlives && !inShutdown;
    }

    /** Whether a response now may leave its connection open: keep-alives on and room among the idle ones. */
    boolean mayKeepAlive() {
        int max = cfg.maxIdleConns;
        return doKeepAlives() && (max <= 0 || idleConns < max);
    }

    long readTimeoutMillis() {
        return cfg.readTimeout;
    }

    long writeTimeoutMillis() {
        return cfg.writeTimeout;
    }

    /** Go's {@code readHeaderTimeout()}: falls back to the read timeout. */
    long readHeaderTimeoutMillis() {
        return cfg.readHeaderTimeout != 0 ? cfg.readHeaderTimeout : cfg.readTimeout;
    }

    /** Go's {@code idleTimeout()}: falls back to the read timeout. */
    long idleTimeoutMillis() {
        return cfg.idleTimeout != 0 ? cfg.idleTimeout : cfg.readTimeout;
    }

    /**
     * {@return the platform the server starts its threads on: the one given to {@link #withPlatform}, else
     *   {@link Platforms#get()}} Unlike the other getters it fills in the default, because handlers that
     *   start threads of their own ({@link dev.gonet.ws.WebSocket#handler}) need the one in use.
     */
    public Platform platform() {
        Platform p = cfg.platform;
        return p != null ? p : Platforms.get();
    }

    void logf(String msg) {
        Consumer<String> log = cfg.errorLog;
        if (log != null) {
            log.accept(msg);
        } else {
            System.err.println(msg);
        }
    }

    /** The Date text of one second, swapped as a whole so readers never see a torn pair. */
    private record DateCache(long second, String text) {
    }

    private static volatile DateCache dateCache = new DateCache(Long.MIN_VALUE, "");

    /** The Date field for now, formatted once per second. */
    String date() {
        long now = System.currentTimeMillis() / 1000;
        DateCache d = dateCache;
        if (d.second() != now) {
            d = new DateCache(now, HttpDate.format(now));
            dateCache = d;
        }
        return d.text();
    }

    /**
     * An exception and the top of its stack, for the error log (Go logs a panic's stack); the
     * exception's text may hold request text, so it goes through {@link GoText#logText}.
     */
    static String describe(Throwable t) {
        StringBuilder b = new StringBuilder(GoText.logText(String.valueOf(t)));
        StackTraceElement[] st = t.getStackTrace();
        for (int i = 0; st != null && i < st.length && i < 12; i++) {
            b.append("\n\tat ").append(st[i]);
        }
        return b.toString();
    }
}
