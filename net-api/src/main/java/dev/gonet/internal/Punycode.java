package dev.gonet.internal;

/**
 * RFC 3492 Punycode for host names with non-ASCII labels, as Go's {@code cookiejar} encodes
 * them ({@code www.bücher.de} → {@code www.xn--bcher-kva.de}). The client uses it wherever Go
 * converts a host to ASCII: the cookie jar, the connection key, NO_PROXY matching (Go keeps it
 * in {@code x/net/idna}, which {@code net/http} and {@code cookiejar} both use). Unlike Go's
 * full IDNA profile it does no Unicode normalization; labels are lower-cased first, which
 * covers what IDNA mapping does for the common (Latin, CJK) cases.
 */
public final class Punycode {
    private static final int BASE = 36;
    private static final int DAMP = 700;
    private static final int INITIAL_BIAS = 72;
    private static final int INITIAL_N = 128;
    private static final int SKEW = 38;
    private static final int TMAX = 26;
    private static final int TMIN = 1;

    private Punycode() {
    }

    /** Each label with a non-ASCII character becomes {@code xn--} + its encoding; null if one cannot be encoded. */
    public static String toASCII(String s) {
        if (isASCII(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (true) {
            int dot = s.indexOf('.', start);
            String label = s.substring(start, dot < 0 ? s.length() : dot);
            if (!isASCII(label)) {
                label = encode("xn--", label.toLowerCase(java.util.Locale.ROOT));
                if (label == null) {
                    return null;
                }
            }
            out.append(label);
            if (dot < 0) {
                return out.toString();
            }
            out.append('.');
            start = dot + 1;
        }
    }

    /** Whether every char is ASCII, so {@link #toASCII} would return {@code s} itself. */
    public static boolean isASCII(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Go's {@code encode}: null on overflow (Go's {@code invalid label} error). */
    static String encode(String prefix, String s) {
        int[] cps = new int[s.length()];
        int count = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(cps[count++])) {
            cps[count] = s.codePointAt(i);
        }
        cps = java.util.Arrays.copyOf(cps, count);
        StringBuilder out = new StringBuilder(prefix);
        int delta = 0;
        int n = INITIAL_N;
        int bias = INITIAL_BIAS;
        int b = 0;
        int remaining = 0;
        for (int r : cps) {
            if (r < 0x80) {
                b++;
                out.append((char) r);
            } else {
                remaining++;
            }
        }
        int h = b;
        if (b > 0) {
            out.append('-');
        }
        while (remaining != 0) {
            int m = Integer.MAX_VALUE;
            for (int r : cps) {
                if (m > r && r >= n) {
                    m = r;
                }
            }
            delta += (m - n) * (h + 1);
            if (delta < 0) {
                return null;
            }
            n = m;
            for (int r : cps) {
                if (r < n) {
                    delta++;
                    if (delta < 0) {
                        return null;
                    }
                    continue;
                }
                if (r > n) {
                    continue;
                }
                int q = delta;
                for (int k = BASE;; k += BASE) {
                    int t = Math.max(TMIN, Math.min(TMAX, k - bias));
                    if (q < t) {
                        break;
                    }
                    out.append(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                }
                out.append(digit(q));
                bias = adapt(delta, h + 1, h == b);
                delta = 0;
                h++;
                remaining--;
            }
            delta++;
            n++;
        }
        return out.toString();
    }

    private static char digit(int d) {
        return (char) (d < 26 ? 'a' + d : '0' + d - 26);
    }

    private static int adapt(int delta, int numPoints, boolean first) {
        delta = first ? delta / DAMP : delta / 2;
        delta += delta / numPoints;
        int k = 0;
        while (delta > ((BASE - TMIN) * TMAX) / 2) {
            delta /= BASE - TMIN;
            k += BASE;
        }
        return k + (BASE - TMIN + 1) * delta / (delta + SKEW);
    }
}
