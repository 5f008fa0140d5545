package dev.gonet.url;

import dev.gonet.internal.Ascii;

/**
 * Go's {@code net/url} escaping rules ({@code shouldEscape}, {@code escape}, {@code unescape},
 * {@code validEncoded}), byte for byte on the UTF-8 form of the string. Unescaped bytes that
 * are not valid UTF-8 come back as U+FFFD, the one place a Java String cannot hold what a Go
 * string holds.
 */
final class URLEscape {
    private URLEscape() {
    }

    static final int PATH = 1;
    static final int PATH_SEGMENT = 2;
    static final int HOST = 3;
    static final int ZONE = 4;
    static final int USER_PASSWORD = 5;
    static final int QUERY_COMPONENT = 6;
    static final int FRAGMENT = 7;

    private static final String UPPER_HEX = "0123456789ABCDEF";

    /** Go's {@code shouldEscape}, including its deviations from RFC 3986 (issue 5684). */
    static boolean shouldEscape(int c, int mode) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            return false;
        }
        if (mode == HOST || mode == ZONE) {
            switch (c) {
                case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '[', ']', '<', '>', '"':
                    return false;
                default:
                    break;
            }
        }
        switch (c) {
            case '-', '_', '.', '~':
                return false;
            case '$', '&', '+', ',', '/', ':', ';', '=', '?', '@':
                switch (mode) {
                    case PATH:
                        return c == '?';
                    case PATH_SEGMENT:
                        return c == '/' || c == ';' || c == ',' || c == '?';
                    case USER_PASSWORD:
                        return c == '@' || c == '/' || c == '?' || c == ':';
                    case QUERY_COMPONENT:
                        return true;
                    case FRAGMENT:
                        return false;
                    default:
                        break;
                }
                break;
            default:
                break;
        }
        if (mode == FRAGMENT) {
            switch (c) {
                case '!', '(', ')', '*':
                    return false;
                default:
                    break;
            }
        }
        return true;
    }

    /** Go's {@code escape}: percent-encodes (upper-case hex), and {@code ' '→'+'} in queries. */
    static String escape(String s, int mode) {
        boolean ascii = true;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                ascii = false;
                any = true;
                break;
            }
            any |= shouldEscape(c, mode);
        }
        if (!any) {
            return s;
        }
        byte[] b = ascii ? null : Ascii.bytes(s);
        int n = ascii ? s.length() : b.length;
        StringBuilder t = new StringBuilder(n + 16);
        for (int i = 0; i < n; i++) {
            int c = ascii ? s.charAt(i) : b[i] & 0xff;
            if (c == ' ' && mode == QUERY_COMPONENT) {
                t.append('+');
            } else if (shouldEscape(c, mode)) {
                t.append('%').append(UPPER_HEX.charAt(c >> 4)).append(UPPER_HEX.charAt(c & 15));
            } else {
                t.append((char) c);
            }
        }
        return t.toString();
    }

    /** Go's {@code unescape}: validates every escape first, then decodes. */
    static String unescape(String str, int mode) throws URLException {
        if (mode != HOST && mode != ZONE && str.indexOf('%') < 0 && str.indexOf('+') < 0) {
            return str; // nothing to decode or check (most paths): no copy
        }
        byte[] s = Ascii.bytes(str);
        int n = 0;
        boolean hasPlus = false;
        for (int i = 0; i < s.length;) {
            int c = s[i] & 0xff;
            if (c == '%') {
                n++;
                if (i + 2 >= s.length || Ascii.hexValue(s[i + 1]) < 0 || Ascii.hexValue(s[i + 2]) < 0) {
                    throw URLException.escape(Ascii.string(s, i, Math.min(3, s.length - i)));
                }
                // RFC 3986 allows %-encoding in a host only for non-ASCII bytes, RFC 6874 adds %25.
                boolean pct25 = s[i + 1] == '2' && s[i + 2] == '5';
                if (mode == HOST && Ascii.hexValue(s[i + 1]) < 8 && !pct25) {
                    throw URLException.escape(Ascii.string(s, i, 3));
                }
                if (mode == ZONE) {
                    int v = Ascii.hexValue(s[i + 1]) << 4 | Ascii.hexValue(s[i + 2]);
                    if (!pct25 && v != ' ' && shouldEscape(v, HOST)) {
                        throw URLException.escape(Ascii.string(s, i, 3));
                    }
                }
                i += 3;
            } else if (c == '+') {
                hasPlus = mode == QUERY_COMPONENT;
                i++;
            } else {
                if ((mode == HOST || mode == ZONE) && c < 0x80 && shouldEscape(c, mode)) {
                    throw URLException.invalidHost(Ascii.string(s, i, 1));
                }
                i++;
            }
        }
        if (n == 0 && !hasPlus) {
            return str;
        }
        byte[] t = new byte[s.length - 2 * n];
        int j = 0;
        for (int i = 0; i < s.length; i++) {
            int c = s[i] & 0xff;
            if (c == '%') {
                t[j++] = (byte) (Ascii.hexValue(s[i + 1]) << 4 | Ascii.hexValue(s[i + 2]));
                i += 2;
            } else if (c == '+') {
                t[j++] = (byte) (mode == QUERY_COMPONENT ? ' ' : '+');
            } else {
                t[j++] = (byte) c;
            }
        }
        return Ascii.string(t, 0, j);
    }

    /** Go's {@code validEncoded}: no byte that would need escaping (sub-delims, [ ] and % ok). */
    static boolean validEncoded(String s, int mode) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '@', '[', ']', '%':
                    break;
                default:
                    if (c >= 0x80 || shouldEscape(c, mode)) {
                        return false;
                    }
            }
        }
        return true;
    }

    /** Go's {@code stringContainsCTLByte}. */
    static boolean containsCTL(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
