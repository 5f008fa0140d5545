package dev.gonet.http;

import dev.gonet.AddrException;
import dev.gonet.HostPort;

/**
 * The path and host helpers Go's ServeMux relies on, on byte strings (see {@link GoText}):
 * {@code path.Clean}, {@code cleanPath}, {@code url.PathUnescape}, the path escaping of
 * {@code url.URL.String}, and {@code stripHostPort}.
 */
final class PathText {
    private PathText() {
    }

    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

    /** Go's {@code path.Clean}: purely lexical; "" gives ".". */
    static String clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.charAt(0) == '/';
        int n = path.length();
        // out is Go's lazybuf: w is its write position, dotdot where ".." may no longer back up.
        StringBuilder out = new StringBuilder(n);
        int r = 0;
        int dotdot = 0;
        if (rooted) {
            out.append('/');
            r = 1;
            dotdot = 1;
        }
        while (r < n) {
            char c = path.charAt(r);
            if (c == '/') {
                r++;
            } else if (c == '.' && (r + 1 == n || path.charAt(r + 1) == '/')) {
                r++;
            } else if (c == '.' && path.charAt(r + 1) == '.' && (r + 2 == n || path.charAt(r + 2) == '/')) {
                r += 2;
                int w = out.length();
                if (w > dotdot) {
                    w--;
                    while (w > dotdot && out.charAt(w) != '/') {
                        w--;
                    }
                    out.setLength(w);
                } else if (!rooted) {
                    if (w > 0) {
                        out.append('/');
                    }
                    out.append("..");
                    dotdot = out.length();
                }
            } else {
                int w = out.length();
                if (rooted && w != 1 || !rooted && w != 0) {
                    out.append('/');
                }
                for (; r < n && path.charAt(r) != '/'; r++) {
                    out.append(path.charAt(r));
                }
            }
        }
        if (out.length() == 0) {
            return ".";
        }
        return out.toString();
    }

    /** Go's {@code cleanPath}: rooted, no . or .. elements, trailing slash kept. */
    static String cleanPath(String p) {
        if (p.isEmpty()) {
            return "/";
        }
        if (p.charAt(0) != '/') {
            p = "/" + p;
        }
        String np = clean(p);
        // Clean drops a trailing slash except for the root; put it back.
        if (p.charAt(p.length() - 1) == '/' && !np.equals("/")) {
            if (p.length() == np.length() + 1 && p.startsWith(np)) {
                np = p;
            } else {
                np += "/";
            }
        }
        return np;
    }

    /**
     * Go's {@code url.PathUnescape}: decodes every {@code %XX}; {@code null} when some '%' is
     * not followed by two hex digits (Go's error). '+' stays '+'.
     */
    static String unescapeOrNull(String s) {
        int n = s.length();
        int count = 0;
        for (int i = 0; i < n; ) {
            if (s.charAt(i) == '%') {
                if (i + 2 >= n || unhex(s.charAt(i + 1)) < 0 || unhex(s.charAt(i + 2)) < 0) {
                    return null;
                }
                count++;
                i += 3;
            } else {
                i++;
            }
        }
        if (count == 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(n - 2 * count);
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c == '%') {
                b.append((char) (unhex(s.charAt(i + 1)) << 4 | unhex(s.charAt(i + 2))));
                i += 3;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** Go's {@code pathUnescape} in pattern.go: the unescaped string, or s itself if invalid. */
    static String pathUnescape(String s) {
        String u = unescapeOrNull(s);
        return u == null ? s : u;
    }

    private static int unhex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * Go's {@code url.URL{Path: p}.String()} for a p that starts with '/': the path escaped
     * with {@code encodePath} (every byte but unreserved, sub-delims kept by Go, ':' '@' '/'
     * is written as %XX with upper-case hex; notably '%' itself becomes %25).
     */
    static String urlStringOfPath(String p) {
        if (p.equals("*")) {
            return "*"; // EscapedPath leaves "*" alone (Go issue 11202)
        }
        StringBuilder b = null;
        int n = p.length();
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (shouldEscapeInPath(c)) {
                if (b == null) {
                    b = new StringBuilder(n + 16);
                    b.append(p, 0, i);
                }
                b.append('%').append(UPPER_HEX[c >> 4]).append(UPPER_HEX[c & 0xF]);
            } else if (b != null) {
                b.append(c);
            }
        }
        String escaped = b == null ? p : b.toString();
        // RFC 3986 4.2: a colon in the first segment of a relative path needs "./" in front.
        int slash = escaped.indexOf('/');
        String first = slash < 0 ? escaped : escaped.substring(0, slash);
        return first.indexOf(':') >= 0 ? "./" + escaped : escaped;
    }

    /** Go's {@code shouldEscape(c, encodePath)}. */
    private static boolean shouldEscapeInPath(char c) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
            return false;
        }
        switch (c) {
            case '-', '_', '.', '~' -> {
                return false;
            }
            case '$', '&', '+', ',', '/', ':', ';', '=', '?', '@' -> {
                return c == '?';
            }
            default -> {
                return true;
            }
        }
    }

    /** Go's {@code stripHostPort}: h without a trailing ":port"; h itself when it won't split. */
    static String stripHostPort(String h) {
        if (h.indexOf(':') < 0) {
            return h;
        }
        try {
            return HostPort.split(h).host();
        } catch (AddrException e) {
            return h;
        }
    }
}
