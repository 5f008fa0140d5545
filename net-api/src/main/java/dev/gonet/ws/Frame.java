package dev.gonet.ws;

import java.util.Arrays;

/**
 * One WebSocket frame as the application sees it (RFC 6455 §5.2): FIN, opcode and the unmasked
 * payload. Masking and the length encoding are wire details of {@link FrameReader} and
 * {@link FrameWriter}; the RSV bits are always 0 because no extension is ever negotiated.
 *
 * <p>A {@code Frame} is always a legal frame on its own: the constructor rejects a control frame
 * longer than 125 bytes or without FIN, and a close frame whose payload is not empty or a valid
 * code followed by a UTF-8 reason. (Whether a data frame is legal depends on its neighbours;
 * that is the reader's and writer's business.)
 *
 * <p>The payload array is held as given, not copied: a frame from {@link FrameReader} owns a
 * fresh array; a caller that builds a frame must not change the array afterwards.
 */
public final class Frame {
    /** The most payload a control frame may carry. */
    public static final int MAX_CONTROL_PAYLOAD = 125;
    /** The longest close reason in bytes: the control payload minus the 2-byte code. */
    public static final int MAX_CLOSE_REASON = MAX_CONTROL_PAYLOAD - 2;

    private static final byte[] EMPTY = new byte[0];

    private final boolean fin;
    private final Opcode opcode;
    private final byte[] payload;

    /**
     * A frame; throws {@link IllegalArgumentException} when it could never be legal (see the
     * class comment) and {@link NullPointerException} for a null opcode or payload.
     *
     * @param fin whether this is the last frame of its message
     * @param opcode the opcode
     * @param payload the payload bytes
     */
    public Frame(boolean fin, Opcode opcode, byte[] payload) {
        if (opcode == null || payload == null) {
            throw new NullPointerException(opcode == null ? "opcode" : "payload");
        }
        if (opcode.isControl()) {
            if (!fin) {
                throw new IllegalArgumentException("control frame " + opcode + " must not be fragmented");
            }
            if (payload.length > MAX_CONTROL_PAYLOAD) {
                throw new IllegalArgumentException("control frame payload length " + payload.length + " > 125");
            }
            if (opcode == Opcode.CLOSE) {
                String problem = CloseFrames.check(payload, 0, payload.length);
                if (problem != null) {
                    throw new IllegalArgumentException(problem);
                }
            }
        }
        this.fin = fin;
        this.opcode = opcode;
        this.payload = payload;
    }

    /**
     * {@return an unfragmented text frame holding {@code text} as UTF-8}
     *
     * @param text the message text
     */
    public static Frame text(String text) {
        return new Frame(true, Opcode.TEXT, Utf8.encode(text));
    }

    /**
     * {@return an unfragmented binary frame; the array is not copied}
     *
     * @param data the bytes
     */
    public static Frame binary(byte[] data) {
        return new Frame(true, Opcode.BINARY, data);
    }

    /**
     * {@return a ping with an application payload of at most 125 bytes}
     *
     * @param payload the payload bytes
     */
    public static Frame ping(byte[] payload) {
        return new Frame(true, Opcode.PING, payload);
    }

    /**
     * {@return a pong; an answer to a ping echoes the ping's payload}
     *
     * @param payload the payload bytes
     */
    public static Frame pong(byte[] payload) {
        return new Frame(true, Opcode.PONG, payload);
    }

    /**
     * {@return a close frame with {@code code} and {@code reason}} {@link CloseCode#NO_STATUS_RCVD} means
     *   "no status": the payload is empty and {@code reason} must be empty. Otherwise the code must pass
     *   {@link CloseCode#isValidOnWire} and the reason be at most 123 UTF-8 bytes.
     *
     * @param code the status code
     * @param reason the reason text
     */
    public static Frame close(int code, String reason) {
        return new Frame(true, Opcode.CLOSE, CloseFrames.payload(code, reason));
    }

    /** {@return the {@code FIN} bit: whether this is the last frame of its message} */
    public boolean fin() {
        return fin;
    }

    /** {@return the opcode} */
    public Opcode opcode() {
        return opcode;
    }

    /** {@return the unmasked payload (not a copy)} */
    public byte[] payload() {
        return payload;
    }

    /** {@return the payload length in bytes} */
    public int length() {
        return payload.length;
    }

    /**
     * For a close frame: its status code, or {@link CloseCode#NO_STATUS_RCVD} when the payload is empty.
     *
     * @return the status code, or {@link CloseCode#NO_STATUS_RCVD}
     */
    public int closeCode() {
        requireClose();
        return payload.length == 0 ? CloseCode.NO_STATUS_RCVD : (payload[0] & 0xFF) << 8 | payload[1] & 0xFF;
    }

    /**
     * For a close frame: its reason, empty when there is none.
     *
     * @return the reason, empty when none
     */
    public String closeReason() {
        requireClose();
        return payload.length <= 2 ? "" : Utf8.decode(payload, 2, payload.length - 2);
    }

    private void requireClose() {
        if (opcode != Opcode.CLOSE) {
            throw new IllegalStateException("not a close frame: " + opcode);
        }
    }

    static byte[] empty() {
        return EMPTY;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && f.fin == fin && f.opcode == opcode && Arrays.equals(f.payload, payload);
    }

    @Override
    public int hashCode() {
        return (Boolean.hashCode(fin) * 31 + opcode.hashCode()) * 31 + Arrays.hashCode(payload);
    }

    /** For failure messages: {@code Frame[fin=true opcode=TEXT length=5]}. */
    @Override
    public String toString() {
        return "Frame[fin=" + fin + " opcode=" + opcode + " length=" + payload.length + "]";
    }
}
