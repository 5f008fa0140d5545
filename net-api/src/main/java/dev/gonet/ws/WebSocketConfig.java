package dev.gonet.ws;

import dev.gonet.spi.Platform;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * How a {@link WebSocketConn} behaves: limits, buffers, keep-alive, closing, and where its
 * threads come from. Shared by the server ({@link WebSocket.Options#withConfig}) and the client
 * ({@link WebSocketDialer#withConfig}). An immutable value: each {@code with...} returns a
 * changed copy. {@code new WebSocketConfig()} holds the defaults:
 *
 * <table>
 *   <caption>defaults</caption>
 *   <tr><td>{@link #maxMessageSize()}</td><td>32 MiB (a {@link WebSocket#handler}'s options start at 32 KiB); a larger incoming message fails the conn with 1009</td></tr>
 *   <tr><td>{@link #readBufferSize()}</td><td>1 MiB; the reader thread stops reading the socket while more is queued</td></tr>
 *   <tr><td>{@link #writeBufferSize()}</td><td>1 MiB; {@code write} blocks while more is queued (the browser's {@code bufferedAmount})</td></tr>
 *   <tr><td>{@link #pingInterval()}</td><td>zero: no keep-alive pings</td></tr>
 *   <tr><td>{@link #pongTimeout()}</td><td>15 s after a keep-alive ping</td></tr>
 *   <tr><td>{@link #closeTimeout()}</td><td>5 s to flush, send the close frame and get the peer's</td></tr>
 *   <tr><td>{@link #platform()}</td><td>null: threads from {@code new Thread} (the server handler uses the server's platform)</td></tr>
 * </table>
 */
public final class WebSocketConfig {
    /** The default {@link #readBufferSize()} and {@link #writeBufferSize()}: 1 MiB. */
    public static final int DEFAULT_BUFFER_SIZE = 1 << 20;
    /** Shared: {@code SecureRandom} is thread-safe, and a client's masking keys must be unpredictable. */
    private static final Random MASKS = new SecureRandom();

    private final int maxMessageSize;
    private final int readBufferSize;
    private final int writeBufferSize;
    private final Duration pingInterval;
    private final Duration pongTimeout;
    private final Duration closeTimeout;
    private final Platform platform;
    private final Random random;

    /** The defaults (see the class comment). */
    public WebSocketConfig() {
        this(FrameReader.DEFAULT_MAX_MESSAGE_SIZE, DEFAULT_BUFFER_SIZE, DEFAULT_BUFFER_SIZE, Duration.ZERO,
                Duration.ofSeconds(15), Duration.ofSeconds(5), null, null);
    }

    private WebSocketConfig(int maxMessageSize, int readBufferSize, int writeBufferSize, Duration pingInterval,
            Duration pongTimeout, Duration closeTimeout, Platform platform, Random random) {
        this.maxMessageSize = maxMessageSize;
        this.readBufferSize = readBufferSize;
        this.writeBufferSize = writeBufferSize;
        this.pingInterval = pingInterval;
        this.pongTimeout = pongTimeout;
        this.closeTimeout = closeTimeout;
        this.platform = platform;
        this.random = random;
    }

    /**
     * Largest incoming message (all fragments); larger fails the connection with 1009, checked
     * from the frame headers before the payload is read. Messages are streamed to {@code read},
     * not assembled, so this is a policy, not what bounds memory (the read buffer does). At least
     * 1, at most {@code Integer.MAX_VALUE - 8}.
     *
     * @param n the max message size
     * @return a copy with this setting; the receiver is unchanged
     */
    public WebSocketConfig withMaxMessageSize(int n) {
        if (n < 1 || n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxMessageSize " + n + " not in [1, " + (Integer.MAX_VALUE - 8) + "]");
        }
        return new WebSocketConfig(n, readBufferSize, writeBufferSize, pingInterval, pongTimeout, closeTimeout,
                platform, random);
    }

    /**
     * How many received bytes may wait for {@code read} before the reader thread stops reading
     * the socket (so TCP backpressure reaches the peer). Messages arrive in pieces of at most 16 KiB,
     * and each queued piece also counts 64 bytes against the buffer (so one-byte messages cannot hold
     * dozens of bytes of heap per byte): a connection holds at most about twice this plus 16 KiB of
     * received data, whatever the peer sends. At least 1.
     *
     * @param n the read buffer size
     * @return a copy with this setting; the receiver is unchanged
     */
    public WebSocketConfig withReadBufferSize(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("readBufferSize " + n + " < 1");
        }
        return new WebSocketConfig(maxMessageSize, n, writeBufferSize, pingInterval, pongTimeout, closeTimeout,
                platform, random);
    }

    /**
     * The write side's high-water mark: {@code write} waits (under the write deadline) while more
     * than this many bytes (or messages at 64 bytes each) are queued and not yet written to the socket.
     * Zero makes every write wait until the previous ones are on the socket.
     *
     * @param n the write buffer size
     * @return a copy with this setting; the receiver is unchanged
     */
    public WebSocketConfig withWriteBufferSize(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("writeBufferSize " + n + " < 0");
        }
        return new WebSocketConfig(maxMessageSize, readBufferSize, n, pingInterval, pongTimeout, closeTimeout,
                platform, random);
    }

    /**
     * Sends a ping this often (zero or null: never) and fails the connection (reads then throw,
     * code 1006) when no pong arrives within {@code pongTimeout}; keeps idle connections alive
     * through proxies and detects dead peers.
     *
     * @param interval the interval
     * @param pongTimeout how long to wait for the pong before the connection fails
     * @return a copy with this setting; the receiver is unchanged
     */
    public WebSocketConfig withPingInterval(Duration interval, Duration pongTimeout) {
        Duration i = interval == null || interval.isNegative() ? Duration.ZERO : interval;
        Objects.requireNonNull(pongTimeout, "pongTimeout");
        if (pongTimeout.isNegative() || pongTimeout.isZero()) {
            throw new IllegalArgumentException("pongTimeout " + pongTimeout + " must be positive");
        }
        return new WebSocketConfig(maxMessageSize, readBufferSize, writeBufferSize, i, pongTimeout, closeTimeout,
                platform, random);
    }

    /**
     * Bound of the close: flushing queued messages, sending the close frame and awaiting the
     * peer's. After the peer's close, the same bound applies to sending what was queued before the
     * reply.
     *
     * @param timeout the limit; zero for none
     * @return a copy with this setting; the receiver is unchanged
     */
    public WebSocketConfig withCloseTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("closeTimeout " + timeout + " < 0");
        }
        return new WebSocketConfig(maxMessageSize, readBufferSize, writeBufferSize, pingInterval, pongTimeout, timeout,
                platform, random);
    }

    /**
     * Where the connection's threads come from; null: {@code new Thread} (daemon).
     *
     * @param p the platform
     * @return a copy with this setting; the receiver is unchanged
     */
    public WebSocketConfig withPlatform(Platform p) {
        return new WebSocketConfig(maxMessageSize, readBufferSize, writeBufferSize, pingInterval, pongTimeout,
                closeTimeout, p, random);
    }

    /**
     * The source of a client's masking keys; null: a shared {@link SecureRandom}. Servers do not
     * mask.
     *
     * @param r the source of masking keys
     * @return a copy with this setting; the receiver is unchanged
     */
    public WebSocketConfig withRandom(Random r) {
        return new WebSocketConfig(maxMessageSize, readBufferSize, writeBufferSize, pingInterval, pongTimeout,
                closeTimeout, platform, r);
    }

    /** {@return the largest message, in bytes, a read accepts} */
    public int maxMessageSize() {
        return maxMessageSize;
    }

    /** {@return the bytes of received messages queued before the reader is made to wait} */
    public int readBufferSize() {
        return readBufferSize;
    }

    /** {@return the bytes of queued writes before a write blocks} */
    public int writeBufferSize() {
        return writeBufferSize;
    }

    /**
     * {@link Duration#ZERO} when keep-alive pings are off.
     *
     * @return the interval, {@link Duration#ZERO} when pings are off
     */
    public Duration pingInterval() {
        return pingInterval;
    }

    /** {@return how long to wait for the pong to a keep-alive ping before closing} */
    public Duration pongTimeout() {
        return pongTimeout;
    }

    /** {@return how long a close waits for the peer's close frame} */
    public Duration closeTimeout() {
        return closeTimeout;
    }

    /** {@return the platform for threads, or null for {@code new Thread}} */
    public Platform platform() {
        return platform;
    }

    /** {@return the masking-key source in effect (never null)} */
    public Random random() {
        return random != null ? random : MASKS;
    }

    /** Starts {@code task} on the configured platform, or on a new daemon thread. */
    Thread startThread(String name, Runnable task) {
        if (platform != null) {
            return platform.startThread(name, task);
        }
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Override
    public String toString() {
        return "WebSocketConfig{maxMessageSize=" + maxMessageSize + ", readBufferSize=" + readBufferSize
                + ", writeBufferSize=" + writeBufferSize + ", pingInterval=" + pingInterval + ", pongTimeout="
                + pongTimeout + ", closeTimeout=" + closeTimeout + ", platform="
                + (platform == null ? "threads" : platform.name()) + "}";
    }
}
