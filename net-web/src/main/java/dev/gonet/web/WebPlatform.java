package dev.gonet.web;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import dev.gonet.NetException;
import dev.gonet.PacketConn;
import dev.gonet.Resolver;
import dev.gonet.dns.DoHResolver;
import dev.gonet.http.RoundTripper;
import dev.gonet.spi.Cancel;
import dev.gonet.spi.Platform;
import java.io.IOException;

/**
 * The browser side of the seam (TeaVM, JS and WASM-GC). Threads are TeaVM green threads; timers
 * are {@code setTimeout}. A page cannot open raw sockets or accept connections, so those fail
 * at once with an error that names the alternative instead of hanging or half-working.
 */
public final class WebPlatform implements Platform {
    static final String NAME = "browser";

    @Override
    public String name() {
        return NAME;
    }

    private static String globalRelay;
    private static Resolver pageResolver;
    private static Resolver defaultResolver;

    private final String relay;
    private final Resolver resolver;

    /**
     * The platform {@code ServiceLoader} finds: relays through {@link #setRelay} and resolves
     * through {@link #setResolver} if set.
     */
    public WebPlatform() {
        this(null, null);
    }

    private WebPlatform(String relay, Resolver resolver) {
        this.relay = relay;
        this.resolver = resolver;
    }

    /**
     * {@return a platform that relays TCP dials through {@code relayUrl} (a {@code ws://} or {@code
     *   wss://} URL of a websockify-style endpoint, such as gonet's {@code dev.gonet.ws.Relay}), whatever
     *   {@link #setRelay} says; for a {@code Dialer.withPlatform(...)} in one place}
     *
     * @param relayUrl the relay's {@code ws://} or {@code wss://} URL, or {@code null} for none
     */
    public static WebPlatform withRelay(String relayUrl) {
        return new WebPlatform(java.util.Objects.requireNonNull(relayUrl, "relayUrl"), null);
    }

    /**
     * {@return a platform whose resolver is {@code r}, whatever {@link #setResolver} says; for a {@code
     *   Dialer.withPlatform(...)} in one place} Dials through it resolve {@code ws} host names with {@code
     *   r} (see {@link #setResolver}).
     *
     * @param r the resolver
     */
    public static WebPlatform withResolver(Resolver r) {
        return new WebPlatform(null, java.util.Objects.requireNonNull(r, "resolver"));
    }

    /**
     * The page's resolver, for {@code Net.lookup*}, {@code Net.resolveTCPAddr} and the host names
     * of {@code ws} dials; {@code null} brings back the default. By default lookups go to
     * {@link DoHResolver#DEFAULT_ENDPOINTS}, public DNS-over-HTTPS services that answer pages
     * from any origin, while {@code ws}/{@code wss} dials hand their URL's host name to the
     * browser, which resolves it itself (so TLS names and virtual hosts stay intact). A page that
     * sets a resolver (its own DoH endpoint, a private zone, static entries) opts in to it for
     * dials too: a {@code ws} URL's name is looked up with it and the addresses are dialed in
     * order. {@code wss} URLs always go by name, since the certificate is for the name.
     * Page-wide configuration: tests should prefer {@link #withResolver}.
     *
     * @param r the resolver
     */
    public static void setResolver(Resolver r) {
        pageResolver = r;
    }

    /**
     * Opts the page in to TCP through a relay: after this, {@code Net.dial("tcp", "host:port")}
     * opens a WebSocket to {@code relayUrl?target=host:port} and returns a {@link Conn} whose
     * remote address is the TCP target. The relay decides which targets are allowed. {@code null}
     * turns relaying off again (TCP dials then fail as unsupported). Page-wide configuration:
     * tests should prefer {@link #withRelay}.
     *
     * @param relayUrl the relay's {@code ws://} or {@code wss://} URL, or {@code null} for none
     */
    public static void setRelay(String relayUrl) {
        globalRelay = relayUrl;
    }

    /** {@return the relay URL {@link #setRelay} configured, or {@code null}} */
    public static String relay() {
        return globalRelay;
    }

    /**
     * {@code ws}/{@code wss}: a {@link BrowserWebSocketConn} to the URL in {@code address}.
     * {@code tcp}/{@code tcp4}/{@code tcp6}: through the relay when one is configured. Everything
     * else, and what a page cannot control (local address, socket options), fails as unsupported
     * with the alternative in the message.
     */
    @Override
    public Conn dial(Dialer d, String network, String address) throws IOException {
        if (d.localAddr() != null) {
            throw NetException.unsupported("dial", network, address, NAME,
                    "a page cannot choose its local address; dial without Dialer.withLocalAddr");
        }
        if (!d.sockOpts().isEmpty()) {
            throw NetException.unsupported("dial", network, address, NAME,
                    "a page cannot set socket options " + d.sockOpts().keySet() + "; the browser owns the socket");
        }
        if (network.equals("ws") || network.equals("wss")) {
            return WebSocketDial.dialUrl(this, d, network, address, d.subprotocols());
        }
        String relayUrl = relay != null ? relay : globalRelay;
        if (relayUrl != null && (network.equals("tcp") || network.equals("tcp4") || network.equals("tcp6"))) {
            return WebSocketDial.dialRelay(this, d, network, address, relayUrl);
        }
        throw NetException.unsupported("dial", network, address, NAME, dialHint(network));
    }

    static String dialHint(String network) {
        if (network.startsWith("tcp")) {
            return "browsers cannot open tcp sockets; dial ws or wss, or relay TCP through a WebSocket "
                    + "endpoint with WebPlatform.setRelay(url)";
        }
        return "browsers cannot open " + network + " sockets; dial ws or wss, or use the mem network "
                + "or Net.pipe() in-page";
    }

    @Override
    public Listener listen(ListenConfig lc, String network, String address) throws IOException {
        throw NetException.unsupported("listen", network, address, NAME,
                "a browser page cannot accept connections; listen on the mem network for in-page peers");
    }

    @Override
    public PacketConn listenPacket(ListenConfig lc, String network, String address) throws IOException {
        throw NetException.unsupported("listen", network, address, NAME,
                "browsers have no UDP; use WebSocket or WebRTC from JavaScript");
    }

    /** This platform's resolver: its own, else the page's ({@link #setResolver}), else DoH to the public defaults. */
    @Override
    public Resolver resolver() {
        Resolver r = configuredResolver();
        return r != null ? r : defaultResolver();
    }

    /** The resolver someone chose for this page or platform, or null when the default applies. */
    Resolver configuredResolver() {
        return resolver != null ? resolver : pageResolver;
    }

    private static synchronized Resolver defaultResolver() {
        if (defaultResolver == null) {
            defaultResolver = new DoHResolver().withPlatform(new WebPlatform());
        }
        return defaultResolver;
    }

    /** The browser's {@code fetch}: a {@link FetchTransport} (a page has no sockets for gonet's own). */
    @Override
    public RoundTripper defaultTransport() {
        return new FetchTransport();
    }

    @Override
    public Thread startThread(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    public Cancel schedule(long delayMillis, Runnable task) {
        return Timers.schedule(delayMillis, task);
    }
}
