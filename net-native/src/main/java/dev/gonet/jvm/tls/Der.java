package dev.gonet.jvm.tls;

import java.io.ByteArrayOutputStream;

/**
 * The few lines of DER needed to turn PKCS#1 ({@code RSA PRIVATE KEY}) and SEC1
 * ({@code EC PRIVATE KEY}) keys into PKCS#8, the only private key encoding the JDK's
 * {@code KeyFactory} reads. No general ASN.1: just TLV reading and writing.
 */
final class Der {
    /** AlgorithmIdentifier of rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters. */
    private static final byte[] RSA_ALGORITHM = seq(hex("06092a864886f70d010101"), hex("0500"));
    /** The OID id-ecPublicKey (1.2.840.10045.2.1). */
    private static final byte[] EC_PUBLIC_KEY = hex("06072a8648ce3d0201");
    private static final byte[] VERSION_0 = hex("020100");

    private Der() {
    }

    /** PKCS#8 PrivateKeyInfo around a PKCS#1 RSAPrivateKey. */
    static byte[] pkcs8FromPkcs1(byte[] pkcs1) {
        return seq(VERSION_0, RSA_ALGORITHM, tlv(0x04, pkcs1));
    }

    /**
     * PKCS#8 PrivateKeyInfo around a SEC1 ECPrivateKey; the curve comes from the key's own
     * {@code [0] parameters} field (OpenSSL always writes it).
     *
     * @throws IllegalArgumentException if the structure is not SEC1 or names no curve
     */
    static byte[] pkcs8FromSec1(byte[] sec1) {
        int[] outer = read(sec1, 0, 0x30);
        for (int at = outer[1]; at < outer[2]; ) {
            int[] field = read(sec1, at, -1);
            if (field[0] == 0xa0) { // [0] EXPLICIT ECParameters: the namedCurve OID
                int[] oid = read(sec1, field[1], 0x06);
                byte[] curve = slice(sec1, field[1], oid[2]);
                return seq(VERSION_0, seq(EC_PUBLIC_KEY, curve), tlv(0x04, sec1));
            }
            at = field[2];
        }
        throw new IllegalArgumentException("SEC1 key without curve parameters");
    }

    /**
     * The TLV at {@code pos}: {tag, content start, content end}. {@code wantTag} -1 accepts any.
     *
     * @throws IllegalArgumentException when truncated, of another tag, or with a long-form
     *                                  length beyond 4 bytes
     */
    static int[] read(byte[] b, int pos, int wantTag) {
        if (pos + 2 > b.length) {
            throw new IllegalArgumentException("DER truncated");
        }
        int tag = b[pos] & 0xff;
        if (wantTag >= 0 && tag != wantTag) {
            throw new IllegalArgumentException("DER tag " + tag + ", want " + wantTag);
        }
        int len = b[pos + 1] & 0xff;
        int start = pos + 2;
        if (len >= 0x80) {
            int n = len & 0x7f;
            if (n == 0 || n > 4 || start + n > b.length) {
                throw new IllegalArgumentException("DER length unsupported");
            }
            len = 0;
            for (int i = 0; i < n; i++) {
                len = (len << 8) | (b[start + i] & 0xff);
            }
            start += n;
        }
        if (len < 0 || start + len > b.length) {
            throw new IllegalArgumentException("DER truncated");
        }
        return new int[] {tag, start, start + len};
    }

    static byte[] seq(byte[]... parts) {
        return tlv(0x30, parts);
    }

    static byte[] tlv(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            content.writeBytes(p);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int len = content.size();
        if (len < 0x80) {
            out.write(len);
        } else {
            int bytes = len > 0xffffff ? 4 : len > 0xffff ? 3 : len > 0xff ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(len >>> (8 * i));
            }
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }

    private static byte[] slice(byte[] b, int from, int to) {
        byte[] s = new byte[to - from];
        System.arraycopy(b, from, s, 0, s.length);
        return s;
    }

    private static byte[] hex(String s) {
        return java.util.HexFormat.of().parseHex(s);
    }
}
