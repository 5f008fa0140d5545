package dev.gonet;

import dev.gonet.internal.AddrText;

import java.util.Arrays;

/**
 * Go's {@code net.IPMask}: a bit mask for an IP address, 4 or 16 bytes in practice but any
 * length is kept as given, as in Go.
 *
 * <p>Immutable and thread-safe: the bytes are copied in and out. {@link #equals} compares the
 * bytes exactly (Go's masks have no {@code Equal}; a 4-byte and a 16-byte mask differ).
 */
public final class IPMask {
    static final IPMask CLASS_A = v4(0xff, 0, 0, 0);
    static final IPMask CLASS_B = v4(0xff, 0xff, 0, 0);
    static final IPMask CLASS_C = v4(0xff, 0xff, 0xff, 0);
    private static final IPMask EMPTY = new IPMask(new byte[0]);

    private final byte[] b;

    private IPMask(byte[] owned) {
        this.b = owned;
    }

    /**
     * The result of {@link #size()}: leading one bits and total bits.
     *
     * @param ones the number of leading one bits
     * @param bits the total number of bits: 32 for IPv4, 128 for IPv6
     */
    public record Size(int ones, int bits) {
    }

    /**
     * {@return a mask holding a copy of {@code bytes}; {@code null} gives the empty mask}
     *
     * @param bytes the 4 or 16 bytes
     */
    public static IPMask of(byte... bytes) {
        return bytes == null || bytes.length == 0 ? EMPTY : new IPMask(bytes.clone());
    }

    /**
     * {@return the mask of an IP's bytes, as Go's {@code IPMask(ip)} conversion; {@code null} gives empty}
     *
     * @param ip the IP address
     */
    public static IPMask of(IP ip) {
        return of(IP.raw(ip));
    }

    /**
     * {@return Go's {@code IPv4Mask}: the 4-byte mask a.b.c.d; each part is taken modulo 256}
     *
     * @param a the first byte (0-255)
     * @param b the second byte (0-255)
     * @param c the third byte (0-255)
     * @param d the fourth byte (0-255)
     */
    public static IPMask v4(int a, int b, int c, int d) {
        return new IPMask(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
    }

    /**
     * {@return Go's {@code CIDRMask}: {@code ones} one bits then zeros, {@code bits} long (32 or 128);
     *   {@code null} for any other {@code bits} or {@code ones} outside {@code 0..bits}}
     *
     * @param ones the number of leading one bits
     * @param bits the total number of bits: 32 for IPv4, 128 for IPv6
     */
    public static IPMask cidr(int ones, int bits) {
        if (bits != 8 * IP.IPv4len && bits != 8 * IP.IPv6len) {
            return null;
        }
        if (ones < 0 || ones > bits) {
            return null;
        }
        byte[] m = new byte[bits / 8];
        int n = ones;
        for (int i = 0; i < m.length; i++) {
            if (n >= 8) {
                m[i] = (byte) 0xff;
                n -= 8;
                continue;
            }
            m[i] = (byte) ~(0xff >> n);
            n = 0;
        }
        return new IPMask(m);
    }

    static byte[] raw(IPMask m) {
        return m == null ? EMPTY.b : m.b;
    }

    /** {@return a copy of the bytes} */
    public byte[] bytes() {
        return b.clone();
    }

    /** {@return the number of bytes} */
    public int length() {
        return b.length;
    }

    /** {@return Go's {@code Size}: {@code (ones, 8*length)}, or {@code (0, 0)} when not ones-then-zeros} */
    public Size size() {
        int ones = simpleLength(b);
        return ones == -1 ? new Size(0, 0) : new Size(ones, b.length * 8);
    }

    /** Go's simpleMaskLength: the count of leading ones if the rest are all zeros, else -1. */
    static int simpleLength(byte[] m) {
        int n = 0;
        for (int i = 0; i < m.length; i++) {
            int v = m[i] & 0xff;
            if (v == 0xff) {
                n += 8;
                continue;
            }
            while ((v & 0x80) != 0) {
                n++;
                v = (v << 1) & 0xff;
            }
            if (v != 0) {
                return -1;
            }
            for (i++; i < m.length; i++) {
                if (m[i] != 0) {
                    return -1;
                }
            }
            break;
        }
        return n;
    }

    /** Go's {@code String}: lowercase hex with no punctuation, {@code <nil>} when empty. */
    @Override
    public String toString() {
        return b.length == 0 ? "<nil>" : AddrText.hex(b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IPMask other && Arrays.equals(b, other.b);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(b);
    }
}
