package dev.gonet;

import java.io.IOException;

/**
 * Go's {@code net.DNSError}: a failed name lookup. The message is Go's text,
 * {@code lookup example.invalid on 1.1.1.1:53: no such host}, or without the
 * {@code on server} part when no server was asked (the hosts file, a name refused before any
 * query, or the operating system's resolver, which does not say which server it used).
 *
 * <p>As in Go 1.19, {@link #isNotFound()} is set for {@code no such host} (NXDOMAIN, or no
 * record of the asked type), {@link #isTimeout()} when a server did not answer in time, and
 * {@link #isTemporary()} for those and for socket errors and SERVFAIL, where retrying may help.
 */
public final class DNSException extends IOException implements NetError {
    /** Go's {@code errNoSuchHost} text. */
    public static final String NO_SUCH_HOST = "no such host";

    /** What {@link #err()} returns. */
    private final String err;
    /** What {@link #name()} returns. */
    private final String name;
    /** What {@link #server()} returns. */
    private final String server;
    /** What {@link #isTimeout()} returns. */
    private final boolean timeout;
    /** What {@link #isTemporary()} returns. */
    private final boolean temporary;
    /** What {@link #isNotFound()} returns. */
    private final boolean notFound;

    /**
     * Go's {@code DNSError}, with all its fields.
     *
     * @param err       the reason, e.g. {@code no such host}
     * @param name      the name looked up
     * @param server    the server used, e.g. {@code 1.1.1.1:53}; empty when unknown
     * @param timeout   whether the lookup timed out
     * @param temporary whether retrying may succeed
     * @param notFound  whether the name or record does not exist
     *
     */
    public DNSException(String err, String name, String server, boolean timeout, boolean temporary,
            boolean notFound) {
        super(text(err, name, server));
        this.err = err;
        this.name = name;
        this.server = server == null ? "" : server;
        this.timeout = timeout;
        this.temporary = temporary;
        this.notFound = notFound;
    }

    /**
     * {@code lookup <name> on <server>: no such host}, with {@link #isNotFound()} set.
     *
     * @param name the name looked up
     * @param server the server used, e.g. {@code 1.1.1.1:53}; empty when unknown
     * @return the error
     */
    public static DNSException notFound(String name, String server) {
        return new DNSException(NO_SUCH_HOST, name, server, false, false, true);
    }

    private static String text(String err, String name, String server) {
        String s = "lookup " + name;
        if (server != null && !server.isEmpty()) {
            s += " on " + server;
        }
        return s + ": " + err;
    }

    /** {@return the reason alone, e.g. {@code no such host}} */
    public String err() {
        return err;
    }

    /** {@return the name looked up, as the caller gave it (not a search-list expansion)} */
    public String name() {
        return name;
    }

    /** {@return the server that answered or failed, {@code host:port}; empty when none was asked} */
    public String server() {
        return server;
    }

    @Override
    public boolean isTimeout() {
        return timeout;
    }

    /** {@return Go's {@code Temporary()}: timed out, or marked temporary} */
    public boolean isTemporary() {
        return timeout || temporary;
    }

    /** {@return Go's {@code IsNotFound}: the name, or a record of the asked type, does not exist} */
    public boolean isNotFound() {
        return notFound;
    }
}
