package dev.gonet.testkit;

/**
 * What a transport under {@link ConnConformance} does by other rules than Go's stream sockets,
 * said explicitly: a case that meets one of these checks the transport's documented behaviour
 * instead of the usual one, so nothing is skipped and every difference is a stated, tested fact.
 *
 * @param stream         bytes, not datagrams: a read may take part of a write, and Go's nettest
 *                       cases apply (false for UDP, where each read takes one whole datagram)
 * @param peerClose      the peer's close reaches this end: reads end (EOF), writes fail (false for
 *                       UDP, which has no connection to close: reads wait, writes are sent)
 * @param writesBlock    a write blocks while the peer does not read (false for UDP: datagrams
 *                       nobody reads are dropped by the receiver, so the sender never waits)
 * @param localAddrKnown {@code localAddr()} names this end's socket, the address the peer sees as
 *                       its {@code remoteAddr()} (false in a page: the browser does not tell it,
 *                       so every conn's local address is the same placeholder)
 * @param goPipe         Go's {@code net.Pipe} rules: errors are the bare
 *                       {@code io: read/write on closed pipe}, a repeated close is quiet, and
 *                       deadlines are refused once either end closed
 */
public record ConnTraits(boolean stream, boolean peerClose, boolean writesBlock, boolean localAddrKnown,
        boolean goPipe) {

    /** Go's network conns: TCP, Unix, {@code mem}, TLS and WebSocket on the JVM. */
    public static final ConnTraits NETWORK = new ConnTraits(true, true, true, true, false);

    /** Go's {@code net.Pipe}. */
    public static final ConnTraits PIPE = new ConnTraits(true, true, true, true, true);

    /** A dialed (connected) UDP conn. */
    public static final ConnTraits DATAGRAM = new ConnTraits(false, false, false, true, false);

    /** {@return these traits for a conn whose own address is unknown (a page's WebSocket)} */
    public ConnTraits withoutLocalAddr() {
        return new ConnTraits(stream, peerClose, writesBlock, false, goPipe);
    }
}
