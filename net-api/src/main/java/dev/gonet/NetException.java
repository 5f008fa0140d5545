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
    private final String op;
    private final String net;
    private final Addr source;
    private final Addr addr;

    /**
     * @param op     the operation: {@code read}, {@code write}, {@code dial}, {@code listen},
     *               {@code accept}, {@code close}, {@code set}, ...
     * @param net    the network, e.g. {@code tcp}; may be empty
     * @param source the local address, or {@code null}
     * @param addr   the remote address (or the local one for listen/accept), or {@code null}
     * @param cause  why; its message is the last part of the text
     */
    public NetException(String op, String net, Addr source, Addr addr, Throwable cause) {
        super(text(op, net, source, addr, cause), cause);
        this.op = op;
        this.net = net == null ? "" : net;
        this.source = source;
        this.addr = addr;
    }

    /**
     * The error a platform throws for a network or operation it cannot provide, e.g.
     * {@code dial tcp 10.0.0.1:80: operation not supported on platform web (browsers cannot
     * open TCP sockets; dial ws or wss)}. {@code hint} says what to use instead; may be empty.
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

    public String op() {
        return op;
    }

    public String net() {
        return net;
    }

    /** The local address, or {@code null}. */
    public Addr source() {
        return source;
    }

    /** The remote address (for listen and accept, the listening address), or {@code null}. */
    public Addr addr() {
        return addr;
    }

    /** Go's {@code OpError.Timeout()}: whether the cause is a timeout. */
    @Override
    public boolean isTimeout() {
        return getCause() instanceof NetError ne && ne.isTimeout();
    }
}
