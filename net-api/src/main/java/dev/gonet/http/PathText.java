package dev.gonet.http;

import dev.gonet.AddrException;
import dev.gonet.HostPort;
import dev.gonet.internal.SlashPath;

/**
 * The path and host helpers Go's ServeMux relies on, on byte strings (see {@link GoText}):
 * {@code cleanPath} (on {@link SlashPath#clean}, Go's {@code path.Clean}),
 * {@code url.PathUnescape}, the path escaping of {@code url.URL.String}, and
 * {@code stripHostPort}.
 */
final class PathText {
    private PathText() {
    }

    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

    /** Go's {@code cleanPath}: rooted, no . or .. elements, trailing slash kept. */
    static String cleanPath(String p) {
        if (p.isEmpty()) {
            return "/";
        }
        if (p.charAt(0) != '/') {
            p = "/" + p;
        }
        if (alreadyClean(p)) {
            return p; // most request paths: no copy
        }
        String np = SlashPath.clean(p);
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
     * Whether the rooted {@code p} is what {@link #cleanPath} makes of it: no empty, "." or ".."
     * segment, except the empty last one of a trailing slash.
     */
    private static boolean alreadyClean(String p) {
        int n = p.length();
        int start = 1; // the current segment's first index
        for (int i = 1; i <= n; i++) {
            if (i == n || p.charAt(i) == '/') {
                int len = i - start;
                if (len == 0 && i < n) {
                    return false; // "//"
                }
                if ((len == 1 && p.charAt(start) == '.') || (len == 2 && p.charAt(start) == '.'
                        && p.charAt(start + 1) == '.')) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
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
