package dev.gonet.ws;

/**
 * WebSocket close status codes (RFC 6455 §7.4, IANA "WebSocket Close Code Number Registry"),
 * with the names Go's {@code coder/websocket} prints ({@code StatusNormalClosure}, ...).
 *
 * <p>Codes are plain {@code int}s rather than an enum because applications may use any code in
 * 3000-4999. Which codes may travel in a close frame is decided by {@link #isValidOnWire(int)};
 * {@link #NO_STATUS_RCVD}, {@link #ABNORMAL_CLOSURE} and {@link #TLS_HANDSHAKE} exist only to
 * report what happened locally and are never sent or accepted.
 */
public final class CloseCode {
    private CloseCode() {
    }

    /** 1000: the purpose of the connection was fulfilled. */
    public static final int NORMAL_CLOSURE = 1000;
    /** 1001: the end point is going away (a server shutting down, a page navigated away). */
    public static final int GOING_AWAY = 1001;
    /** 1002: the peer broke the protocol. */
    public static final int PROTOCOL_ERROR = 1002;
    /** 1003: a message of a kind the end point cannot accept. */
    public static final int UNSUPPORTED_DATA = 1003;
    /** Reserved by RFC 6455 with no meaning; never valid on the wire. */
    public static final int RESERVED = 1004;
    /** Reported when a close frame carried no status; never valid on the wire. */
    public static final int NO_STATUS_RCVD = 1005;
    /** Reported when the connection ended without a close frame; never valid on the wire. */
    public static final int ABNORMAL_CLOSURE = 1006;
    /** 1007: a message whose data does not fit its type (text that is not UTF-8). */
    public static final int INVALID_FRAME_PAYLOAD_DATA = 1007;
    /** 1008: a message that violates the end point's policy. */
    public static final int POLICY_VIOLATION = 1008;
    /** 1009: a message too big to process. */
    public static final int MESSAGE_TOO_BIG = 1009;
    /** 1010: the client needed an extension the server did not negotiate. */
    public static final int MANDATORY_EXTENSION = 1010;
    /** 1011: the server met an unexpected condition. */
    public static final int INTERNAL_ERROR = 1011;
    /** 1012: the service is restarting. */
    public static final int SERVICE_RESTART = 1012;
    /** 1013: temporary overload; try again later. */
    public static final int TRY_AGAIN_LATER = 1013;
    /** 1014: a gateway or proxy got an invalid answer upstream (the relay sends it when its dial fails). */
    public static final int BAD_GATEWAY = 1014;
    /** Reported when the TLS handshake failed; never valid on the wire. */
    public static final int TLS_HANDSHAKE = 1015;

    private static final String[] NAMES = {
        "StatusNormalClosure", "StatusGoingAway", "StatusProtocolError", "StatusUnsupportedData",
        "statusReserved", "StatusNoStatusRcvd", "StatusAbnormalClosure", "StatusInvalidFramePayloadData",
        "StatusPolicyViolation", "StatusMessageTooBig", "StatusMandatoryExtension", "StatusInternalError",
        "StatusServiceRestart", "StatusTryAgainLater", "StatusBadGateway", "StatusTLSHandshake",
    };

    /**
     * {@return whether {@code code} may appear in a close frame, sent or received: 1000-1003, 1007-1014
     *   (the registered codes; 1012-1014 were registered after RFC 6455, and Go's libraries accept them
     *   too) and 3000-4999 (libraries and applications)} Everything else, including 1004-1006, 1015,
     *   1016-2999 and anything outside 0-65535, is invalid and a close frame carrying it is a protocol
     *   error (1002).
     *
     * @param code the close status code
     */
    public static boolean isValidOnWire(int code) {
        if (code >= NORMAL_CLOSURE && code <= BAD_GATEWAY) {
            return code != RESERVED && code != NO_STATUS_RCVD && code != ABNORMAL_CLOSURE;
        }
        return code >= 3000 && code <= 4999;
    }

    /**
     * {@return Go's name of the code, as {@code coder/websocket}'s {@code StatusCode.String()} prints it:
     *   {@code StatusNormalClosure}, {@code StatusMessageTooBig}, ..., or {@code StatusCode(4000)} for a
     *   code without a name}
     *
     * @param code the close status code
     */
    public static String name(int code) {
        if (code >= NORMAL_CLOSURE && code <= TLS_HANDSHAKE) {
            return NAMES[code - NORMAL_CLOSURE];
        }
        return "StatusCode(" + code + ")";
    }
}
