package dev.gonet.ws;

import dev.gonet.NetError;
import dev.gonet.http.Header;
import java.io.IOException;

/**
 * A failed opening handshake, with Go's {@code coder/websocket} texts
 * ({@code WebSocket protocol violation: Connection header "close" does not contain Upgrade}).
 *
 * <p>On the server ({@link ServerHandshake}) {@link #status()} is the HTTP status to answer
 * with (400, 403, 405 or 426) and {@link #header()} the fields that answer must carry (for 426:
 * {@code Sec-WebSocket-Version: 13}, or {@code Upgrade} and {@code Connection}); the text is
 * meant as the plain-text body, as Go's {@code http.Error} writes it. On the client
 * ({@link ClientHandshake}) {@code status()} is the status the server answered and the header
 * is empty.
 */
public final class HandshakeException extends IOException implements NetError {
    /** What {@link #status()} returns. */
    private final int status;
    /** What {@link #header()} returns. */
    private final Header header;

    /**
     * A failed handshake answered with {@code status}.
     *
     * @param status the status code
     * @param message the error text
     * @param header the header fields
     */
    public HandshakeException(int status, String message, Header header) {
        super(message);
        this.status = status;
        this.header = header == null ? new Header().readOnly() : header.readOnly();
    }

    /** {@return the HTTP status (see the class comment)} */
    public int status() {
        return status;
    }

    /**
     * Fields for the error response, read-only; empty on the client.
     *
     * @return the fields, read-only
     */
    public Header header() {
        return header;
    }

    @Override
    public boolean isTimeout() {
        return false;
    }
}
