package dev.gonet.internal;

/**
 * Go's {@code path} package (slash-separated paths, as in URLs; not {@code path/filepath}):
 * {@link #clean}, the one copy that URL resolution ({@code dev.gonet.url}) and the router and
 * file server ({@code dev.gonet.http}) share. Purely lexical, byte for byte: it works the same
 * on text and on the router's byte strings.
 */
public final class SlashPath {
    private SlashPath() {
    }

    /**
     * Go's {@code path.Clean}: the shortest path equivalent to {@code path}, by purely lexical
     * processing. Repeated slashes become one, {@code .} elements go, each {@code ..} removes
     * the element before it (and at the root, itself), a trailing slash goes except for the root
     * {@code /}; an empty result is {@code "."}.
     */
    public static String clean(String path) {
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
}
