package dev.gonet.dns;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** A growing message buffer with RFC 1035 name compression (exact bytes, so case is kept). */
final class WireWriter {
    private byte[] buf = new byte[512];
    private int len;
    private final Map<String, Integer> suffixes = new HashMap<>();

    int length() {
        return len;
    }

    private void ensure(int n) throws DNSFormatException {
        if (len + n > Wire.MAX_MESSAGE) {
            throw new DNSFormatException(Wire.MESSAGE_TOO_LONG);
        }
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    void u8(int v) throws DNSFormatException {
        ensure(1);
        buf[len++] = (byte) v;
    }

    void u16(int v) throws DNSFormatException {
        ensure(2);
        buf[len++] = (byte) (v >> 8);
        buf[len++] = (byte) v;
    }

    void u32(long v) throws DNSFormatException {
        u16((int) (v >>> 16));
        u16((int) v & 0xffff);
    }

    void bytes(byte[] b, int off, int n) throws DNSFormatException {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    void patchU16(int at, int v) {
        buf[at] = (byte) (v >> 8);
        buf[at + 1] = (byte) v;
    }

    /**
     * Writes {@code name}, ending in a pointer to an earlier copy of its longest known suffix
     * when {@code compress} is set. Every suffix written is remembered for later names.
     */
    void name(Name name, boolean compress) throws DNSFormatException {
        byte[] w = name.wire();
        for (int i = 0; w[i] != 0; i += (w[i] & 0xff) + 1) {
            String key = key(w, i);
            Integer at = suffixes.get(key);
            if (at != null && compress) {
                u16(0xC000 | at);
                return;
            }
            if (at == null && len <= 0x3FFF) {
                suffixes.put(key, len);
            }
            int n = (w[i] & 0xff) + 1;
            bytes(w, i, n);
        }
        u8(0);
    }

    private static String key(byte[] w, int from) {
        char[] c = new char[w.length - from];
        for (int i = from; i < w.length; i++) {
            c[i - from] = (char) (w[i] & 0xff);
        }
        return new String(c);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }
}
