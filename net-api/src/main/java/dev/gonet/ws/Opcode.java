package dev.gonet.ws;

/**
 * The frame opcodes RFC 6455 §5.2 defines. Opcodes 3-7 and 11-15 are reserved; a frame
 * carrying one is a protocol error, so they have no constant here ({@link #of} returns null).
 */
public enum Opcode {
    /** 0: a further fragment of a message. */
    CONTINUATION(0),
    /** 1: the first frame of a text message. */
    TEXT(1),
    /** 2: the first frame of a binary message. */
    BINARY(2),
    /** 8: a close frame. */
    CLOSE(8),
    /** 9: a ping. */
    PING(9),
    /** 10: a pong, the answer to a ping. */
    PONG(10);

    private final int code;

    Opcode(int code) {
        this.code = code;
    }

    /** {@return the 4-bit value on the wire} */
    public int code() {
        return code;
    }

    /** {@return whether this is a control opcode (close, ping, pong): at most 125 bytes, never fragmented} */
    public boolean isControl() {
        return code >= 8;
    }

    /**
     * {@return the opcode with wire value {@code code}, or null for a reserved or out-of-range value}
     *
     * @param code the opcode number, 0-15
     */
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
