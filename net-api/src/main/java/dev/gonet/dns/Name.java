package dev.gonet.dns;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An absolute domain name: a sequence of labels of 1-63 arbitrary bytes, at most 255 bytes in
 * wire form (RFC 1035 section 2.3.4). Labels are kept as bytes, so a label holding a {@code .},
 * a backslash or non-ASCII bytes survives a read and a write unchanged. Immutable and
 * thread-safe.
 *
 * <p>{@link #equals} compares bytes exactly (case matters: it is what was on the wire);
 * {@link #equalsIgnoreCase} compares ignoring ASCII case, as DNS does (Go's
 * {@code equalASCIIName}), and {@link #toLowerCase} gives a key for case-insensitive maps.
 * {@link #toString} is the presentation form with a trailing dot and RFC 1035 escapes
 * ({@code a\.b.example.}, {@code caf\195\169.example.}); {@link #parse} reads it back.
 */
public final class Name {
    /** The root, {@code .}. */
    public static final Name ROOT = new Name(new byte[] {0});

    /** RFC 1035's limit on a name's wire length, root label included. */
    public static final int MAX_WIRE_LENGTH = 255;
    /** RFC 1035's limit on a label's length. */
    public static final int MAX_LABEL_LENGTH = 63;

    static final String SEGMENT_TOO_LONG = "segment length too long";
    static final String ZERO_SEGMENT = "zero length segment";
    static final String NAME_TOO_LONG = "name too long (>255 bytes)";

    private final byte[] wire; // uncompressed wire form, ending in the root label

    private Name(byte[] wire) {
        this.wire = wire;
    }

    /**
     * Reads a name in presentation form. A trailing dot is optional: every name is absolute.
     * {@code \.} is a dot inside a label, {@code \DDD} a byte in decimal, {@code \X} the
     * character X; other non-ASCII characters stand for their UTF-8 bytes. Fails on an empty
     * name, an empty label ({@code a..b}), a label over 63 or a name over 255 bytes.
     *
     * @param text the name in presentation form, e.g. {@code www.example.com.}
     * @return the name
     * @throws DNSFormatException if the message or name is malformed or over a limit
     */
    public static Name parse(String text) throws DNSFormatException {
        return parse(text, ROOT);
    }

    /**
     * Reads a name in presentation form relative to {@code origin}, as a zone file does:
     * {@code @} is the origin, a name ending in an unescaped dot is absolute, any other name
     * has the origin appended.
     *
     * @param text the name in presentation form, e.g. {@code www.example.com.}
     * @param origin the origin relative names are completed with
     * @return the name
     * @throws DNSFormatException if the message or name is malformed or over a limit
     */
    public static Name parse(String text, Name origin) throws DNSFormatException {
        if (text.equals("@")) {
            return origin;
        }
        if (text.isEmpty()) {
            throw new DNSFormatException("empty name");
        }
        if (text.equals(".")) {
            return ROOT;
        }
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[in.length + 2 + origin.wire.length];
        int o = 0;
        int labelStart = 0;
        int labelLen = 0;
        boolean absolute = false;
        for (int i = 0; i < in.length; i++) {
            int c = in[i] & 0xff;
            if (c == '.') {
                if (labelLen == 0) {
                    throw new DNSFormatException(ZERO_SEGMENT);
                }
                out[labelStart] = (byte) labelLen;
                o = labelStart + 1 + labelLen;
                labelStart = o;
                labelLen = 0;
                if (i == in.length - 1) {
                    absolute = true;
                }
                continue;
            }
            if (c == '\\') {
                if (i + 1 >= in.length) {
                    throw new DNSFormatException("escape at the end of " + text);
                }
                int d = in[i + 1] & 0xff;
                if (d >= '0' && d <= '9') {
                    int v = 0;
                    for (int k = 1; k <= 3; k++) {
                        int e = i + k < in.length ? in[i + k] & 0xff : -1;
                        if (e < '0' || e > '9') {
                            throw new DNSFormatException("bad escape in " + text);
                        }
                        v = v * 10 + (e - '0');
                    }
                    if (v > 255) {
                        throw new DNSFormatException("bad escape in " + text);
                    }
                    c = v;
                    i += 3;
                } else {
                    c = d;
                    i++;
                }
            }
            if (++labelLen > MAX_LABEL_LENGTH) {
                throw new DNSFormatException(SEGMENT_TOO_LONG);
            }
            out[labelStart + labelLen] = (byte) c;
        }
        if (labelLen > 0) {
            out[labelStart] = (byte) labelLen;
            o = labelStart + 1 + labelLen;
        }
        byte[] tail = absolute ? ROOT.wire : origin.wire;
        if (o + tail.length > MAX_WIRE_LENGTH) {
            throw new DNSFormatException(NAME_TOO_LONG);
        }
        System.arraycopy(tail, 0, out, o, tail.length);
        return new Name(Arrays.copyOf(out, o + tail.length));
    }

    /**
     * {@return a name from raw labels (each 1-63 bytes), most specific first; no labels is the root}
     *
     * @param labels the labels
     * @throws DNSFormatException if the message or name is malformed or over a limit
     */
    public static Name of(List<byte[]> labels) throws DNSFormatException {
        int n = 1;
        for (byte[] l : labels) {
            if (l.length == 0) {
                throw new DNSFormatException(ZERO_SEGMENT);
            }
            if (l.length > MAX_LABEL_LENGTH) {
                throw new DNSFormatException(SEGMENT_TOO_LONG);
            }
            n += l.length + 1;
        }
        if (n > MAX_WIRE_LENGTH) {
            throw new DNSFormatException(NAME_TOO_LONG);
        }
        byte[] w = new byte[n];
        int o = 0;
        for (byte[] l : labels) {
            w[o++] = (byte) l.length;
            System.arraycopy(l, 0, w, o, l.length);
            o += l.length;
        }
        return new Name(w);
    }

    /** Wraps checked wire bytes (the reader's and this class's own). */
    static Name ofWire(byte[] wire) {
        return new Name(wire);
    }

    /** {@return the number of labels, not counting the root (0 for the root)} */
    public int labelCount() {
        int n = 0;
        for (int i = 0; wire[i] != 0; i += (wire[i] & 0xff) + 1) {
            n++;
        }
        return n;
    }

    /**
     * {@return a copy of label {@code i}, 0 being the leftmost (most specific)}
     *
     * @param i the index, from 0
     */
    public byte[] label(int i) {
        int off = 0;
        for (int k = 0; k < i; k++) {
            if (wire[off] == 0) {
                throw new IndexOutOfBoundsException("label " + i + " of " + this);
            }
            off += (wire[off] & 0xff) + 1;
        }
        if (wire[off] == 0) {
            throw new IndexOutOfBoundsException("label " + i + " of " + this);
        }
        return Arrays.copyOfRange(wire, off + 1, off + 1 + (wire[off] & 0xff));
    }

    /** {@return all labels, copies, most specific first} */
    public List<byte[]> labels() {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; wire[i] != 0; i += (wire[i] & 0xff) + 1) {
            out.add(Arrays.copyOfRange(wire, i + 1, i + 1 + (wire[i] & 0xff)));
        }
        return out;
    }

    /** {@return the length of the uncompressed wire form, 1-255} */
    public int wireLength() {
        return wire.length;
    }

    /** {@return a copy of the uncompressed wire form} */
    public byte[] toWire() {
        return wire.clone();
    }

    byte[] wire() {
        return wire;
    }

    /** {@return whether this is the root name, {@code .}} */
    public boolean isRoot() {
        return wire.length == 1;
    }

    /** {@return this name without its leftmost label; the root's parent is the root} */
    public Name parent() {
        return isRoot() ? this : new Name(Arrays.copyOfRange(wire, (wire[0] & 0xff) + 1, wire.length));
    }

    /**
     * {@code label.this}; fails when the result would be over 255 bytes.
     *
     * @param label the label
     * @return the name {@code label.this}
     * @throws DNSFormatException if the message or name is malformed or over a limit
     */
    public Name child(byte[] label) throws DNSFormatException {
        List<byte[]> l = new ArrayList<>();
        l.add(label);
        l.addAll(labels());
        return of(l);
    }

    /**
     * {@return whether this name equals {@code other} ignoring ASCII case (Go's {@code equalASCIIName})}
     *
     * @param other the other
     */
    public boolean equalsIgnoreCase(Name other) {
        if (wire.length != other.wire.length) {
            return false;
        }
        for (int i = 0; i < wire.length; i++) {
            if (lower(wire[i]) != lower(other.wire[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@return whether this name is {@code zone} or below it, ignoring ASCII case}
     *
     * @param zone the IPv6 zone, empty for none
     */
    public boolean isSubdomainOf(Name zone) {
        int d = wire.length - zone.wire.length;
        if (d < 0) {
            return false;
        }
        // The suffix must start at a label boundary, not inside a label's bytes.
        int i = 0;
        while (i < d) {
            i += (wire[i] & 0xff) + 1;
        }
        if (i != d) {
            return false;
        }
        for (int k = 0; k < zone.wire.length; k++) {
            if (lower(wire[d + k]) != lower(zone.wire[k])) {
                return false;
            }
        }
        return true;
    }

    /** {@return this name with ASCII letters in lower case: a key for case-insensitive maps} */
    public Name toLowerCase() {
        byte[] w = null;
        for (int i = 0; i < wire.length; i++) {
            if (wire[i] >= 'A' && wire[i] <= 'Z') {
                if (w == null) {
                    w = wire.clone();
                }
                w[i] = (byte) (wire[i] + 32);
            }
        }
        return w == null ? this : new Name(w);
    }

    private static int lower(byte b) {
        return b >= 'A' && b <= 'Z' ? b + 32 : b & 0xff;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Name other && Arrays.equals(wire, other.wire);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(wire);
    }

    /**
     * The presentation form with a trailing dot: letters, digits and {@code -_*+/,:=} and the
     * like as they are, {@code . " ( ) ; \ @ $} escaped with a backslash, bytes outside
     * printable ASCII (and space) as {@code \DDD}.
     */
    @Override
    public String toString() {
        if (isRoot()) {
            return ".";
        }
        StringBuilder s = new StringBuilder(wire.length + 8);
        for (int i = 0; wire[i] != 0;) {
            int n = wire[i] & 0xff;
            for (int k = i + 1; k <= i + n; k++) {
                int c = wire[k] & 0xff;
                if (c <= 0x20 || c >= 0x7f) {
                    appendDecimalEscape(s, c);
                } else if (c == '.' || c == '"' || c == '(' || c == ')' || c == ';' || c == '\\' || c == '@'
                        || c == '$') {
                    s.append('\\').append((char) c);
                } else {
                    s.append((char) c);
                }
            }
            s.append('.');
            i += n + 1;
        }
        return s.toString();
    }

    static void appendDecimalEscape(StringBuilder s, int c) {
        s.append('\\').append((char) ('0' + c / 100)).append((char) ('0' + c / 10 % 10)).append((char) ('0' + c % 10));
    }
}
