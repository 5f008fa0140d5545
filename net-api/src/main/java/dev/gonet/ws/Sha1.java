package dev.gonet.ws;

/**
 * SHA-1 (FIPS 180-4), for {@code Sec-WebSocket-Accept} only. TeaVM 0.15's class library has no
 * {@code java.security.MessageDigest}, so the handshake carries its own; SHA-1's weakness does
 * not matter here, RFC 6455 uses it as a checksum, not for security.
 */
final class Sha1 {
    private Sha1() {
    }

    /** The 20-byte digest of {@code data}. */
    static byte[] digest(byte[] data) {
        int[] h = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
        // Padding: 0x80, zeros, then the bit length as 64-bit big-endian, to a multiple of 64 bytes.
        int blocks = (data.length + 8) / 64 + 1;
        byte[] msg = new byte[blocks * 64];
        System.arraycopy(data, 0, msg, 0, data.length);
        msg[data.length] = (byte) 0x80;
        long bits = (long) data.length * 8;
        for (int i = 0; i < 8; i++) {
            msg[msg.length - 1 - i] = (byte) (bits >>> (8 * i));
        }
        int[] w = new int[80];
        for (int blk = 0; blk < msg.length; blk += 64) {
            for (int t = 0; t < 16; t++) {
                int j = blk + 4 * t;
                w[t] = (msg[j] & 0xFF) << 24 | (msg[j + 1] & 0xFF) << 16 | (msg[j + 2] & 0xFF) << 8 | msg[j + 3] & 0xFF;
            }
            for (int t = 16; t < 80; t++) {
                w[t] = Integer.rotateLeft(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
            }
            int a = h[0];
            int b = h[1];
            int c = h[2];
            int d = h[3];
            int e = h[4];
            for (int t = 0; t < 80; t++) {
                int f;
                int k;
                if (t < 20) {
                    f = (b & c) | (~b & d);
                    k = 0x5A827999;
                } else if (t < 40) {
                    f = b ^ c ^ d;
                    k = 0x6ED9EBA1;
                } else if (t < 60) {
                    f = (b & c) | (b & d) | (c & d);
                    k = 0x8F1BBCDC;
                } else {
                    f = b ^ c ^ d;
                    k = 0xCA62C1D6;
                }
                int tmp = Integer.rotateLeft(a, 5) + f + e + k + w[t];
                e = d;
                d = c;
                c = Integer.rotateLeft(b, 30);
                b = a;
                a = tmp;
            }
            h[0] += a;
            h[1] += b;
            h[2] += c;
            h[3] += d;
            h[4] += e;
        }
        byte[] out = new byte[20];
        for (int i = 0; i < 20; i++) {
            out[i] = (byte) (h[i / 4] >>> (24 - 8 * (i % 4)));
        }
        return out;
    }
}
