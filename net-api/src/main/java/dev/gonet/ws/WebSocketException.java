package dev.gonet.ws;

import dev.gonet.NetError;
import java.io.IOException;

/**
 * A WebSocket failure with the close status it maps to ({@link #code()}):
 * <ul>
 *   <li>a protocol violation by the peer: {@link CloseCode#PROTOCOL_ERROR},
 *       {@link CloseCode#INVALID_FRAME_PAYLOAD_DATA} (bad UTF-8) or
 *       {@link CloseCode#MESSAGE_TOO_BIG}; the code is what this side sends in its close frame
 *       when it fails the connection;</li>
 *   <li>the stream ending without a close frame: {@link CloseCode#ABNORMAL_CLOSURE}, never sent;</li>
 *   <li>the peer's close frame: the subclass {@link CloseException}, carrying the peer's code.</li>
 * </ul>
 *
 * <p>Texts follow Go's {@code coder/websocket}: {@code received unmasked frame from client},
 * {@code failed to read frame header: EOF}, {@code read limited at 32768 bytes}, ....
 * Failures of the underlying stream (a timeout, a reset) are not wrapped: they reach the caller
 * as the stream threw them.
 */
public class WebSocketException extends IOException implements NetError {
    /** What {@link #code()} returns. */
    private final int code;

    /**
     * A failure mapping to close status {@code code}, with Go-style text {@code message}.
     *
     * @param code the status code
     * @param message the error text
     */
    public WebSocketException(int code, String message) {
        super(message);
        this.code = code;
    }

    /** {@return the close status this failure maps to (see the class comment)} */
    public int code() {
        return code;
    }

    /** Never a timeout: timeouts come from the stream and are passed through unwrapped. */
    @Override
    public boolean isTimeout() {
        return false;
    }
}
