package dev.gonet.http;

/**
 * Go's {@code http.ConnState}: the states a server connection goes through, reported to
 * {@link Server#withConnState}. A connection starts NEW, turns ACTIVE when the first byte of a
 * request arrives, IDLE after a response while it waits for the next request, and ends
 * CLOSED, or HIJACKED when a handler takes it over (terminal: the server forgets it).
 */
public enum ConnState {
    /** Accepted; no request byte read yet. */
    NEW,
    /** Reading a request or running its handler. */
    ACTIVE,
    /** Between requests on a keep-alive connection. */
    IDLE,
    /** Taken over by a handler; terminal. */
    HIJACKED,
    /** Closed by the server or the client; terminal. */
    CLOSED;

    /** Go's {@code String()}: {@code new}, {@code active}, {@code idle}, {@code hijacked}, {@code closed}. */
    @Override
    public String toString() {
        return switch (this) {
            case NEW -> "new";
            case ACTIVE -> "active";
            case IDLE -> "idle";
            case HIJACKED -> "hijacked";
            case CLOSED -> "closed";
        };
    }
}
