package dev.gonet.dns;

import java.util.Arrays;

/** Bounds-checked reads from one message; names follow compression pointers safely. */
final class WireReader {
    final byte[] m;

    WireReader(byte[] m) {
        this.m = m;
    }

    int u8(int off, int limit) throws DNSFormatException {
        if (off + 1 > limit) {
            throw new DNSFormatException(Wire.BASE_LEN);
        }
        return m[off] & 0xff;
    }

    int u16(int off, int limit) throws DNSFormatException {
        if (off + 2 > limit) {
            throw new DNSFormatException(Wire.BASE_LEN);
        }
        return (m[off] & 0xff) << 8 | m[off + 1] & 0xff;
    }

    long u32(int off, int limit) throws DNSFormatException {
        if (off + 4 > limit) {
            throw new DNSFormatException(Wire.BASE_LEN);
        }
        return (long) u16(off, limit) << 16 | u16(off + 2, limit);
    }

    /**
     * The name at {@code off}, whose own bytes must end by {@code limit}; {@code next[0]} is set
     * to the offset after them. A pointer must point before the start of the bytes that hold it
     * (so targets strictly decrease and cannot loop), and at most {@link Wire#MAX_POINTERS} are
     * followed.
     */
    Name name(int off, int limit, int[] next) throws DNSFormatException {
        byte[] buf = new byte[Name.MAX_WIRE_LENGTH];
        int n = 0;
        int pos = off;
        int segmentStart = off;
        int bound = limit;
        int end = -1;
        int ptrs = 0;
        while (true) {
            if (pos >= bound) {
                throw new DNSFormatException(Wire.BASE_LEN);
            }
            int c = m[pos++] & 0xff;
            switch (c & 0xC0) {
                case 0x00 -> {
                    if (c == 0) {
                        buf[n++] = 0;
                        next[0] = ptrs == 0 ? pos : end;
                        return Name.ofWire(Arrays.copyOf(buf, n));
                    }
                    if (pos + c > bound) {
                        throw new DNSFormatException(Wire.CALC_LEN);
                    }
                    if (n + 1 + c + 1 > Name.MAX_WIRE_LENGTH) {
                        throw new DNSFormatException(Name.NAME_TOO_LONG);
                    }
                    buf[n++] = (byte) c;
                    System.arraycopy(m, pos, buf, n, c);
                    n += c;
                    pos += c;
                }
                case 0xC0 -> {
                    if (pos >= bound) {
                        throw new DNSFormatException(Wire.INVALID_PTR);
                    }
                    int target = (c & 0x3F) << 8 | m[pos++] & 0xff;
                    if (ptrs == 0) {
                        end = pos;
                    }
                    if (++ptrs > Wire.MAX_POINTERS) {
                        throw new DNSFormatException(Wire.TOO_MANY_PTR);
                    }
                    if (target >= segmentStart) {
                        throw new DNSFormatException(Wire.FORWARD_PTR);
                    }
                    pos = target;
                    segmentStart = target;
                    bound = m.length; // earlier names may lie anywhere before
                }
                default -> throw new DNSFormatException(Wire.RESERVED);
            }
        }
    }
}
