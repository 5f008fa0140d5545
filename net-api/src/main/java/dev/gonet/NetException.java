package dev.gonet;

import java.io.IOException;

/**
 * Go's {@code net.OpError}: what operation failed, on which network, between which
 * addresses, and why. Connection, listener and dial errors are wrapped in exactly one of these
 * at the API edge.
 *
 * <p>The message is Go's text: {@code op net source->addr: cause}, each part present only when
 * set, e.g. {@code read tcp 127.0.0.1:5000->10.0.0.1:80: i/o timeout},
 * {@code dial mem foo: connection refused}, {@code read pipe: i/o timeout}.
 * {@link #isTimeout()} is true when the cause is a timeout ({@link Sentinel#DEADLINE_EXCEEDED}).
 */
public final class NetException extends IOException implements NetError {
    /** What {@link #op()} returns. */
    private final String op;
    /** What {@link #net()} returns. */
    private final String net;
    /** What {@link #source()} returns. */
    private final Addr source;
    /** What {@link #addr()} returns. */
    private final Addr addr;

    /**
     * Go's {@code OpError}, with all its fields.
     *
     * @param op     the operation: {@code read}, {@code write}, {@code dial}, {@code listen},
     *               {@code accept}, {@code close}, {@code set}, ...
     * @param net    the network, e.g. {@code tcp}; may be empty
     * @param source the local address, or {@code null}
     * @param addr   the remote address (or the local one for listen/accept), or {@code null}
     * @param cause  why; its message is the last part of the text
     *
     */
    public NetException(String op, String net, Addr source, Addr addr, Throwable cause) {
        super(text(op, net, source, addr, cause), cause);
        this.op = op;
        this.net = net == null ? "" : net;
        this.source = source;
        this.addr = addr;
    }

    /**
     * {@return the error a platform throws for a network or operation it cannot provide, e.g. {@code dial
     *   tcp 10.0.0.1:80: operation not supported on platform web (browsers cannot open TCP sockets; dial
     *   ws or wss)}} {@code hint} says what to use instead; may be empty.
     *
     * @param op the operation, Go's {@code Op}
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @param platformName the platform's name, e.g. {@code browser}
     * @param hint the hint
     */
    public static NetException unsupported(String op, String network, String address, String platformName,
            String hint) {
        String why = Sentinel.UNSUPPORTED.text() + " on platform " + platformName;
        if (hint != null && !hint.isEmpty()) {
            why += " (" + hint + ")";
        }
        return new NetException(op, network, null, Addr.unresolved(network, address),
                new SentinelException(Sentinel.UNSUPPORTED, why));
    }

    static String text(String op, String net, Addr source, Addr addr, Throwable cause) {
        StringBuilder s = new StringBuilder(op);
        if (net != null && !net.isEmpty()) {
            s.append(' ').append(net);
        }
        if (source != null) {
            s.append(' ').append(source);
        }
        if (addr != null) {
            s.append(source != null ? "->" : " ").append(addr);
        }
        s.append(": ").append(cause == null ? "<nil>" : cause.getMessage());
        return s.toString();
    }

    /** {@return the operation, Go's {@code Op}: {@code read}, {@code write}, {@code dial}, ...} */
    public String op() {
        return op;
    }

    /** {@return the network, Go's {@code Net}: {@code tcp}, {@code udp}, ...; empty when none} */
    public String net() {
        return net;
    }

    /** {@return the local address, or {@code null}} */
    public Addr source() {
        return source;
    }

    /** {@return the remote address (for listen and accept, the listening address), or {@code null}} */
    public Addr addr() {
        return addr;
    }

    /** Go's {@code OpError.Timeout()}: whether the cause is a timeout. */
    @Override
    public boolean isTimeout() {
        return getCause() instanceof NetError ne && ne.isTimeout();
    }
}
