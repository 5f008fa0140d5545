// PLACEHOLDER: replaced by branch addr at merge
package dev.gonet;

import java.util.Arrays;

/** Placeholder for Go's net.IP: just enough for the connection code and its tests. */
public final class IP {
    private final byte[] b;

    private IP(byte[] b) {
        this.b = b;
    }

    public static IP of(byte... b) {
        return new IP(b.clone());
    }

    public static IP v4(int a, int b, int c, int d) {
        return new IP(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, -1, (byte) a, (byte) b, (byte) c, (byte) d});
    }

    public static IP parse(String s) {
        if (s.indexOf(':') < 0) {
            byte[] out = new byte[4];
            int part = 0;
            int val = -1;
            for (int i = 0; i <= s.length(); i++) {
                char ch = i < s.length() ? s.charAt(i) : '.';
                if (ch == '.') {
                    if (val < 0 || part > 3) {
                        return null;
                    }
                    out[part++] = (byte) val;
                    val = -1;
                } else if (ch >= '0' && ch <= '9') {
                    val = (val < 0 ? 0 : val * 10) + (ch - '0');
                    if (val > 255) {
                        return null;
                    }
                } else {
                    return null;
                }
            }
            return part == 4 ? v4(out[0] & 255, out[1] & 255, out[2] & 255, out[3] & 255) : null;
        }
        int[] groups = new int[8];
        int n = 0;
        int gap = -1;
        int i = 0;
        if (s.startsWith("::")) {
            gap = 0;
            i = 2;
        }
        while (i < s.length()) {
            int val = 0;
            int digits = 0;
            while (i < s.length() && Character.digit(s.charAt(i), 16) >= 0 && digits < 5) {
                val = val * 16 + Character.digit(s.charAt(i++), 16);
                digits++;
            }
            if (digits == 0 || digits > 4 || n == 8) {
                return null;
            }
            groups[n++] = val;
            if (i == s.length()) {
                break;
            }
            if (s.charAt(i) != ':') {
                return null;
            }
            i++;
            if (i < s.length() && s.charAt(i) == ':') {
                if (gap >= 0) {
                    return null;
                }
                gap = n;
                i++;
            } else if (i == s.length()) {
                return null;
            }
        }
        if (gap < 0 && n != 8 || gap >= 0 && n > 7) {
            return null;
        }
        byte[] out = new byte[16];
        int shift = gap < 0 ? 0 : 8 - n;
        for (int g = 0; g < n; g++) {
            int at = gap >= 0 && g >= gap ? g + shift : g;
            out[2 * at] = (byte) (groups[g] >> 8);
            out[2 * at + 1] = (byte) groups[g];
        }
        return new IP(out);
    }

    public byte[] bytes() {
        return b.clone();
    }

    public int length() {
        return b.length;
    }

    public IP to4() {
        if (b.length == 4) {
            return this;
        }
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return null;
            }
        }
        return b[10] == -1 && b[11] == -1 ? new IP(Arrays.copyOfRange(b, 12, 16)) : null;
    }

    @Override
    public String toString() {
        IP four = to4();
        if (four != null) {
            return (four.b[0] & 255) + "." + (four.b[1] & 255) + "." + (four.b[2] & 255) + "." + (four.b[3] & 255);
        }
        int bestAt = -1;
        int bestLen = 1;
        for (int g = 0; g < 8; g++) {
            int len = 0;
            while (g + len < 8 && b[2 * (g + len)] == 0 && b[2 * (g + len) + 1] == 0) {
                len++;
            }
            if (len > bestLen) {
                bestAt = g;
                bestLen = len;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int g = 0; g < 8; g++) {
            if (g == bestAt) {
                sb.append("::");
                g += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(((b[2 * g] & 255) << 8) | (b[2 * g + 1] & 255)));
        }
        return sb.toString();
    }

    private byte[] to16() {
        if (b.length == 16) {
            return b;
        }
        return v4(b[0] & 255, b[1] & 255, b[2] & 255, b[3] & 255).b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IP other && Arrays.equals(to16(), other.to16());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(to16());
    }
}
