package dev.gonet.ws;

import dev.gonet.internal.Ascii;
import java.util.Arrays;

/**
 * A whole data message: its type and its bytes, assembled from all fragments. A text message's
 * bytes are valid UTF-8 (the reader checked them), so {@link #text()} never meets bad input.
 *
 * <p>The array is held as given, not copied: a message from {@link MessageReader} owns a fresh
 * array that now belongs to the caller; one built with {@link #binary} must not be changed
 * afterwards if it is shared.
 */
public final class Message {
    private final MessageType type;
    private final byte[] data;

    /**
     * A message of {@code type} holding {@code data} (not copied).
     *
     * @param type text or binary
     * @param data the bytes
     */
    public Message(MessageType type, byte[] data) {
        if (type == null || data == null) {
            throw new NullPointerException(type == null ? "type" : "data");
        }
        this.type = type;
        this.data = data;
    }

    /**
     * {@return a text message holding {@code text} as UTF-8}
     *
     * @param text the message text
     */
    public static Message text(String text) {
        return new Message(MessageType.TEXT, Utf8.encode(text));
    }

    /**
     * {@return a binary message holding {@code data} (not copied)}
     *
     * @param data the bytes
     */
    public static Message binary(byte[] data) {
        return new Message(MessageType.BINARY, data);
    }

    /** {@return the message type, text or binary} */
    public MessageType type() {
        return type;
    }

    /** {@return the bytes (not a copy)} */
    public byte[] data() {
        return data;
    }

    /** {@return the bytes decoded as UTF-8; for a binary message, invalid sequences become U+FFFD} */
    public String text() {
        return Utf8.decode(data, 0, data.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && m.type == type && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + Arrays.hashCode(data);
    }

    /** For failure messages: {@code TEXT "hello"} or {@code BINARY 300 bytes}. */
    @Override
    public String toString() {
        return type == MessageType.TEXT ? "TEXT " + Ascii.quote(text()) : "BINARY " + data.length + " bytes";
    }
}
