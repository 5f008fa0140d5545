package dev.gonet.spi;

import dev.gonet.Conn;
import dev.gonet.Dialer;
import dev.gonet.ListenConfig;
import dev.gonet.Listener;
import dev.gonet.NetException;
import dev.gonet.PacketConn;
import dev.gonet.Resolver;
import dev.gonet.http.RoundTripper;
import dev.gonet.http.Transport;
import java.io.IOException;

/**
 * The seam between shared code and a runtime: net-native provides the JVM implementation,
 * net-web the browser one. Found once through {@link Platforms#get()} (a {@code ServiceLoader}
 * entry in {@code META-INF/services/dev.gonet.spi.Platform}); tests pass one explicitly with
 * {@link Dialer#withPlatform(Platform)} and {@link ListenConfig#withPlatform(Platform)}.
 *
 * <p><b>Contract.</b> Implementations are thread-safe singletons. Shared code has already
 * rejected unknown network names and handled {@code mem}, so the network passed in is one of
 * Go's ({@code tcp*}, {@code udp*}, {@code ip*:proto}, {@code unix*}) or {@code ws}/{@code wss}.
 * For a network or operation the platform cannot provide, throw
 * {@link NetException#unsupported(String, String, String, String, String)}. Other failures are
 * {@link NetException}s with Go's op ({@code dial}, {@code listen}), the network, and the
 * addresses known at that point. Returned connections, listeners and packet connections honour
 * the {@link Conn}, {@link Listener} and {@link PacketConn} contracts (deadlines, close
 * unblocking pending calls, Go's error texts), which {@code ConnConformance} checks.
 */
public interface Platform {

    /** {@return a short name used in messages, e.g. {@code jvm} or {@code web}} */
    String name();

    /**
     * Connects to {@code address} on {@code network}, honouring the dialer's deadline
     * ({@link Dialer#effectiveDeadline(java.time.Instant)}), local address and keep-alive.
     *
     * @param d the dialer: deadline, local address, options
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @return the connection
     * @throws IOException if the connection cannot be made: a {@link dev.gonet.NetException} that says why
     */
    Conn dial(Dialer d, String network, String address) throws IOException;

    /**
     * Listens for stream connections on {@code address}.
     *
     * @param lc the listen configuration
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @return the listener
     * @throws IOException if the address cannot be listened on: a {@link dev.gonet.NetException}
     */
    Listener listen(ListenConfig lc, String network, String address) throws IOException;

    /**
     * Listens for packets on {@code address}.
     *
     * @param lc the listen configuration
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @return the packet connection
     * @throws IOException if the address cannot be listened on: a {@link dev.gonet.NetException}
     */
    PacketConn listenPacket(ListenConfig lc, String network, String address) throws IOException;

    /**
     * {@return the default resolver behind {@code Net.lookup*} and name resolution in dial and listen: the
     *   system resolver on the JVM, DNS over HTTPS in the browser}
     */
    Resolver resolver();

    /**
     * {@return Go's {@code http.DefaultTransport} on this platform, behind {@code Http.defaultTransport()}
     *   and every {@code Client} that names none: by default gonet's HTTP/1.1 {@link Transport} over this
     *   platform's dial; the browser answers with its {@code fetch}, since a page has no sockets} Called
     *   once per process; the result is shared.
     */
    default RoundTripper defaultTransport() {
        return new Transport().withPlatform(this);
    }

    /**
     * Starts {@code task} on a new thread and returns it: a virtual thread on the JVM, a green
     * thread in the browser. The thread may block (read, write, wait) without stalling others.
     *
     * @param name the name
     * @param task the task to run
     * @return the started thread
     */
    Thread startThread(String name, Runnable task);

    /**
     * Runs {@code task} once after {@code delayMillis} (0 = soon) on a thread of the platform's
     * choosing; the task must not block for long. Returns a handle to cancel it.
     *
     * @param delayMillis the delay millis
     * @param task the task to run
     * @return a handle that cancels the task
     */
    Cancel schedule(long delayMillis, Runnable task);
}
