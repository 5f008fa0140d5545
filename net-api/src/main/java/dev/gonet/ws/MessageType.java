package dev.gonet.ws;

/** The two kinds of data message (Go's {@code websocket.MessageText} / {@code MessageBinary}). */
public enum MessageType {
    /** UTF-8 text; the codec rejects invalid UTF-8 with 1007. */
    TEXT,
    /** Arbitrary bytes. */
    BINARY;

    /** {@return the opcode of the first frame of a message of this type} */
    public Opcode opcode() {
        return this == TEXT ? Opcode.TEXT : Opcode.BINARY;
    }
}
