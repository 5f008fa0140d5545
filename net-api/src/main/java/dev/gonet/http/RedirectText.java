package dev.gonet.http;

import dev.gonet.internal.SlashPath;

/**
 * What Go's {@code http.Redirect} writes into {@code Location} for the local URLs ServeMux
 * redirects to (always an absolute path, no scheme or host).
 */
final class RedirectText {
    private RedirectText() {
    }

    private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();

    /**
     * Redirect's rewriting of {@code path + "?" + rawQuery}: when Go's {@code url.Parse}
     * accepts the URL, the part before '?' is {@code path.Clean}ed with a trailing slash kept;
     * then bytes >= 0x80 become %xx ({@code hexEscapeNonASCII}).
     */
    static String location(String escapedPath, String rawQuery) {
        String q = GoText.bytes(rawQuery);
        String url = GoText.bytes(escapedPath) + (q.isEmpty() ? "" : "?" + q);
        if (parses(url)) {
            int i = url.indexOf('?');
            String query = i < 0 ? "" : url.substring(i);
            String p = i < 0 ? url : url.substring(0, i);
            boolean trailing = p.endsWith("/");
            p = SlashPath.clean(p);
            if (trailing && !p.endsWith("/")) {
                p += "/";
            }
            url = p + query;
        }
        return GoText.text(hexEscapeNonASCII(url));
    }

    /**
     * Whether {@code url.Parse} succeeds on such a URL. Its path part is already escaped, so
     * only a control byte anywhere or a bad %-escape after '#' (the fragment) can fail it.
     */
    private static boolean parses(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return false; // "net/url: invalid control character in URL"
            }
        }
        int hash = url.indexOf('#');
        return hash < 0 || PathText.unescapeOrNull(url.substring(hash + 1)) != null;
    }

    private static String hexEscapeNonASCII(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                b.append('%').append(LOWER_HEX[c >> 4]).append(LOWER_HEX[c & 0xF]);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
