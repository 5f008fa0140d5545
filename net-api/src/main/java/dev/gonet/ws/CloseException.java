package dev.gonet.ws;

import dev.gonet.internal.Ascii;
import dev.gonet.internal.Causes;

/**
 * The peer's close frame, as a read reports it (Go's {@code websocket.CloseError}). The text is
 * {@code coder/websocket}'s: {@code received close frame: status = StatusNormalClosure and
 * reason = ""}; a close frame with an empty payload reports {@link CloseCode#NO_STATUS_RCVD}.
 * Whether the close was clean is the caller's call: {@code code() == NORMAL_CLOSURE} (or
 * {@code GOING_AWAY}) is the usual "end of stream".
 */
public final class CloseException extends WebSocketException {
    /** What {@link #reason()} returns. */
    private final String reason;

    /**
     * The peer closed with {@code code} and {@code reason} (valid UTF-8, at most 123 bytes on the wire).
     *
     * @param code the status code
     * @param reason the reason text
     */
    public CloseException(int code, String reason) {
        super(code, "received close frame: status = " + CloseCode.name(code) + " and reason = "
                + Ascii.quote(reason));
        this.reason = reason;
    }

    /** {@return the reason text of the peer's close frame; empty when it had none} */
    public String reason() {
        return reason;
    }

    /**
     * {@return Go's {@code websocket.CloseStatus(err)}: the code of the first {@code CloseException} in
     *   {@code t}'s cause chain, or -1 when there is none (including a null {@code t})}
     *
     * @param t the error
     */
    public static int statusOf(Throwable t) {
        Integer code = Causes.first(t, e -> e instanceof CloseException c ? c.code() : null);
        return code == null ? -1 : code;
    }
}
