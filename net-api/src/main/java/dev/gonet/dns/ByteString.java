package dev.gonet.dns;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An immutable string of bytes with value equality: a TXT character-string or an EDNS0 option's
 * data, kept exactly as on the wire (any byte, not only UTF-8). Thread-safe.
 */
public final class ByteString {
    /** No bytes. */
    public static final ByteString EMPTY = new ByteString(new byte[0]);

    private final byte[] b;

    private ByteString(byte[] b) {
        this.b = b;
    }

    /**
     * {@return a copy of {@code bytes}}
     *
     * @param bytes the bytes, copied
     */
    public static ByteString of(byte[] bytes) {
        return new ByteString(bytes.clone());
    }

    /**
     * {@return a copy of {@code len} bytes of {@code bytes} from {@code off}}
     *
     * @param bytes the bytes, copied
     * @param off where the bytes start
     * @param len the number of bytes
     */
    public static ByteString of(byte[] bytes, int off, int len) {
        return new ByteString(Arrays.copyOfRange(bytes, off, off + len));
    }

    /**
     * {@return the UTF-8 bytes of {@code s}}
     *
     * @param s the text, stored as UTF-8
     */
    public static ByteString utf8(String s) {
        return new ByteString(s.getBytes(StandardCharsets.UTF_8));
    }

    /** {@return the number of bytes} */
    public int size() {
        return b.length;
    }

    /**
     * {@return the byte at {@code i}, 0-255}
     *
     * @param i the index, from 0
     */
    public int byteAt(int i) {
        return b[i] & 0xff;
    }

    /** {@return a copy of the bytes} */
    public byte[] toByteArray() {
        return b.clone();
    }

    /** {@return the bytes decoded as UTF-8 (malformed sequences become U+FFFD)} */
    public String utf8() {
        return new String(b, StandardCharsets.UTF_8);
    }

    void writeTo(WireWriter w) throws DNSFormatException {
        w.bytes(b, 0, b.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ByteString other && Arrays.equals(b, other.b);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(b);
    }

    /**
     * The presentation form (RFC 1035 section 5.1) in double quotes: printable ASCII as is,
     * {@code "} and {@code \} escaped with a backslash, other bytes as {@code \DDD}.
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(b.length + 2).append('"');
        for (byte x : b) {
            int c = x & 0xff;
            if (c == '"' || c == '\\') {
                s.append('\\').append((char) c);
            } else if (c < 0x20 || c >= 0x7f) {
                Name.appendDecimalEscape(s, c);
            } else {
                s.append((char) c);
            }
        }
        return s.append('"').toString();
    }
}
