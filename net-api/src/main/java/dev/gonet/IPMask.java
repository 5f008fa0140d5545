// PLACEHOLDER: replaced by branch addr at merge
package dev.gonet;

/** Placeholder for Go's net.IPMask so Net.java compiles. */
public record IPMask(byte[] bytes) {

    public static IPMask cidr(int ones, int bits) {
        if (bits != 32 && bits != 128 || ones < 0 || ones > bits) {
            return null;
        }
        byte[] m = new byte[bits / 8];
        for (int i = 0; i < ones; i++) {
            m[i / 8] |= (byte) (0x80 >> (i % 8));
        }
        return new IPMask(m);
    }

    public static IPMask v4(int a, int b, int c, int d) {
        return new IPMask(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
    }
}
