package dev.gonet;

import dev.gonet.internal.Causes;

/**
 * Go's well-known error values ({@code net.ErrClosed}, {@code os.ErrDeadlineExceeded},
 * {@code io.ErrClosedPipe}, ...), as kinds that a {@link SentinelException} carries.
 *
 * <p>Go code asks {@code errors.Is(err, net.ErrClosed)}; Java code asks
 * {@code Sentinel.CLOSED.in(e)}, which looks through the whole cause chain, so it works on a
 * {@link NetException} wrapping the sentinel as well as on the bare sentinel.
 */
public enum Sentinel {
    /** Go's {@code net.ErrClosed}: an operation on a connection or listener this side closed. */
    CLOSED("use of closed network connection", false),
    /** Go's {@code os.ErrDeadlineExceeded}: a deadline passed; the connection stays usable. */
    DEADLINE_EXCEEDED("i/o timeout", true),
    /** Go's {@code io.ErrClosedPipe}: read or write on a closed {@link Pipe} end. */
    CLOSED_PIPE("io: read/write on closed pipe", false),
    /** Go's {@code syscall.ECONNREFUSED}: nobody listens at the address. */
    CONNECTION_REFUSED("connection refused", false),
    /** Go's {@code syscall.EADDRINUSE}: the address is taken by another listener. */
    ADDRESS_IN_USE("address already in use", false),
    /** Go's {@code syscall.EPIPE}: a write after the peer closed its end. */
    BROKEN_PIPE("broken pipe", false),
    /** Go's {@code syscall.ECONNRESET}: the peer reset the connection (e.g. closed with unread data). */
    CONNECTION_RESET("connection reset by peer", false),
    /** Go's {@code syscall.ECONNABORTED}. */
    CONNECTION_ABORTED("software caused connection abort", false),
    /** Go's {@code syscall.ETIMEDOUT}: the kernel gave up (e.g. keep-alive probes unanswered); a timeout in Go. */
    CONNECTION_TIMED_OUT("connection timed out", true),
    /** Go's {@code syscall.ENETUNREACH}. */
    NETWORK_UNREACHABLE("network is unreachable", false),
    /** Go's {@code syscall.EHOSTUNREACH}. */
    HOST_UNREACHABLE("no route to host", false),
    /** Go's {@code syscall.EADDRNOTAVAIL}: e.g. binding an address this host does not have. */
    ADDRESS_NOT_AVAILABLE("cannot assign requested address", false),
    /** Go's {@code syscall.ENOENT}: e.g. dialing a Unix socket path that does not exist. */
    NO_SUCH_FILE("no such file or directory", false),
    /** Go's {@code syscall.EACCES}. */
    PERMISSION_DENIED("permission denied", false),
    /** Go's {@code syscall.EINVAL}. */
    INVALID_ARGUMENT("invalid argument", false),
    /** Go's {@code syscall.ENOTCONN}. */
    NOT_CONNECTED("transport endpoint is not connected", false),
    /** Go's {@code syscall.EMSGSIZE}: a datagram larger than the protocol allows (65507 bytes over IPv4). */
    MESSAGE_TOO_LONG("message too long", false),
    /** Go's {@code syscall.EDESTADDRREQ}: {@code write} on an unconnected datagram socket. */
    DESTINATION_ADDRESS_REQUIRED("destination address required", false),
    /** Go's {@code net.ErrWriteToConnected}: {@code writeTo} on a connected (dialed) UDP socket. */
    WRITE_TO_CONNECTED("use of WriteTo with pre-connected connection", false),
    /** Go's {@code UnknownNetworkError}: the text is {@code unknown network <name>}. */
    UNKNOWN_NETWORK("unknown network", false),
    /** The platform cannot do this (e.g. raw TCP in a browser); the text names the platform. */
    UNSUPPORTED("operation not supported", false);

    private final String text;
    private final boolean timeout;

    Sentinel(String text, boolean timeout) {
        this.text = text;
        this.timeout = timeout;
    }

    /** {@return Go's {@code Error()} text of the value, e.g. {@code use of closed network connection}} */
    public String text() {
        return text;
    }

    /** {@return whether errors of this kind report {@link NetError#isTimeout()}} */
    public boolean isTimeout() {
        return timeout;
    }

    /** {@return a fresh exception of this kind with the standard text} */
    public SentinelException exception() {
        return new SentinelException(this, text);
    }

    /**
     * {@return Go's {@code errors.Is}: whether {@code t} or any of its causes is of this kind (every error
     *   in the chain is asked, as Go does, not only the first with a kind)}
     *
     * @param t the error, may be {@code null}
     */
    public boolean in(Throwable t) {
        return Causes.first(t, e -> e instanceof SentinelException s && s.kind() == this ? Boolean.TRUE : null) != null;
    }

    /**
     * {@return the first kind found in {@code t}'s cause chain, or {@code null}}
     *
     * @param t the error, may be {@code null}
     */
    public static Sentinel of(Throwable t) {
        return Causes.first(t, e -> e instanceof SentinelException s ? s.kind() : null);
    }
}
