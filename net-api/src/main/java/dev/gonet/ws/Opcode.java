package dev.gonet.ws;

/**
 * The frame opcodes RFC 6455 §5.2 defines. Opcodes 3-7 and 11-15 are reserved; a frame
 * carrying one is a protocol error, so they have no constant here ({@link #of} returns null).
 */
public enum Opcode {
    CONTINUATION(0),
    TEXT(1),
    BINARY(2),
    CLOSE(8),
    PING(9),
    PONG(10);

    private final int code;

    Opcode(int code) {
        this.code = code;
    }

    /** The 4-bit value on the wire. */
    public int code() {
        return code;
    }

    /** Whether this is a control opcode (close, ping, pong): at most 125 bytes, never fragmented. */
    public boolean isControl() {
        return code >= 8;
    }

    /** The opcode with wire value {@code code}, or null for a reserved or out-of-range value. */
    public static Opcode of(int code) {
        switch (code) {
            case 0:
                return CONTINUATION;
            case 1:
                return TEXT;
            case 2:
                return BINARY;
            case 8:
                return CLOSE;
            case 9:
                return PING;
            case 10:
                return PONG;
            default:
                return null;
        }
    }
}
