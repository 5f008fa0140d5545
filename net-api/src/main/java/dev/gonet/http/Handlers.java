package dev.gonet.http;

import dev.gonet.internal.SlashPath;
import dev.gonet.url.URL;
import dev.gonet.url.URLException;
import java.io.IOException;

/**
 * Go's {@code net/http} helper functions for handlers: {@link #error}, {@link #notFound},
 * {@link #redirect}, {@link #stripPrefix}, {@link #setCookie}, and the handlers made from them.
 * Each writes exactly what Go writes (headers and body bytes). Stateless and thread-safe.
 */
public final class Handlers {
    private Handlers() {
    }

    /**
     * Go's {@code http.Error}: replies with {@code code} and the plain-text body
     * {@code text + "\n"}, with {@code Content-Type: text/plain; charset=utf-8} and
     * {@code X-Content-Type-Options: nosniff}; a {@code Content-Length} the handler had set is
     * removed. The handler should write nothing more.
     *
     * @param w the response writer
     * @param text the body text
     * @param code the status code
     * @throws IOException if writing the response fails
     */
    public static void error(ResponseWriter w, String text, int code) throws IOException {
        Header h = w.header();
        h.del("Content-Length");
        h.set("Content-Type", "text/plain; charset=utf-8");
        h.set("X-Content-Type-Options", "nosniff");
        w.writeHeader(code);
        w.writeString(text + "\n");
    }

    /**
     * Go's {@code http.NotFound}: {@code 404 page not found}.
     *
     * @param w the response writer
     * @param r the request
     * @throws IOException if writing the response fails
     */
    public static void notFound(ResponseWriter w, Request r) throws IOException {
        error(w, "404 page not found", Status.NOT_FOUND);
    }

    /** {@return Go's {@code http.NotFoundHandler}} */
    public static Handler notFoundHandler() {
        return Handlers::notFound;
    }

    /**
     * Go's {@code http.Redirect}: replies with {@code code} (a 3xx) and {@code Location: url}.
     * A relative {@code url} is made absolute against the request path, and its path is
     * cleaned (keeping a trailing slash); bytes outside ASCII are %-escaped. A GET or HEAD
     * without a handler-set Content-Type gets {@code text/html}, and GET a short HTML body
     * linking the target.
     *
     * <p>Beyond Go: a {@code url} with no scheme and no host (or one Go's parser refuses) never
     * becomes a Location a browser reads as another host. Browsers take {@code \} for
     * {@code /} and drop tabs and line breaks, so Go's {@code /\evil.example/} (also from
     * {@code ../\evil.example}) and {@code /<TAB>/evil.example} are {@code //evil.example}
     * to them, an open redirect; here a backslash and the control bytes before the query are
     * %-escaped ({@code /%5Cevil.example/}), which names the same resource on this server.
     * A {@code url} with a scheme or a host ({@code //host/...}) is left as given.
     *
     * @param w the response writer
     * @param r the request
     * @param url the target, absolute or relative to the request
     * @param code the status code
     * @throws IOException if writing the response fails
     */
    public static void redirect(ResponseWriter w, Request r, String url, int code) throws IOException {
        URL u = null;
        try {
            u = URL.parse(url);
        } catch (URLException e) {
            // Go leaves a URL it cannot parse as it is
        }
        boolean local = u == null || u.scheme().isEmpty() && u.host().isEmpty();
        if (u != null && local) {
            String oldpath = r.url().path();
            if (oldpath.isEmpty()) {
                oldpath = "/";
            }
            if (url.isEmpty() || url.charAt(0) != '/') {
                url = oldpath.substring(0, oldpath.lastIndexOf('/') + 1) + url; // path.Split's dir
            }
            String query = "";
            int q = url.indexOf('?');
            if (q >= 0) {
                query = url.substring(q);
                url = url.substring(0, q);
            }
            boolean trailing = url.endsWith("/");
            url = SlashPath.clean(url);
            if (trailing && !url.endsWith("/")) {
                url += "/";
            }
            url += query;
        }
        if (local) {
            url = escapeBrowserSlashes(url);
        }
        Header h = w.header();
        boolean hadCT = h.has("Content-Type");
        h.set("Location", hexEscapeNonASCII(url));
        if (!hadCT && (r.method().equals("GET") || r.method().equals("HEAD"))) {
            h.set("Content-Type", "text/html; charset=utf-8");
        }
        w.writeHeader(code);
        if (!hadCT && r.method().equals("GET")) {
            w.writeString("<a href=\"" + htmlEscape(url) + "\">" + Status.statusText(code) + "</a>.\n\n");
        }
    }

    /**
     * {@return Go's {@code http.RedirectHandler}: redirects every request to {@code url} with {@code
     *   code}}
     *
     * @param url the target, absolute or relative to the request
     * @param code the status code
     */
    public static Handler redirectHandler(String url, int code) {
        return (w, r) -> redirect(w, r, url, code);
    }

    /**
     * {@return Go's {@code http.StripPrefix}: serves requests whose path starts with {@code prefix} by
     *   passing {@code h} a copy of the request with the prefix removed from the path (and the raw path),
     *   and answers 404 to the others} An empty prefix returns {@code h} itself.
     *
     * @param prefix the prefix
     * @param h the handler
     */
    public static Handler stripPrefix(String prefix, Handler h) {
        if (prefix.isEmpty()) {
            return h;
        }
        return (w, r) -> {
            URL u = r.url();
            String p = u.path().startsWith(prefix) ? u.path().substring(prefix.length()) : u.path();
            String rp = u.rawPath().startsWith(prefix) ? u.rawPath().substring(prefix.length()) : u.rawPath();
            if (p.length() < u.path().length() && (u.rawPath().isEmpty() || rp.length() < u.rawPath().length())) {
                URL u2 = u.copy();
                u2.setPath(p);
                u2.setRawPath(rp);
                h.serveHTTP(w, r.shallowCopy().setURL(u2));
            } else {
                notFound(w, r);
            }
        };
    }

    /**
     * Go's {@code http.SetCookie}: adds a {@code Set-Cookie} field; an invalid cookie is dropped.
     *
     * @param w the response writer
     * @param c the cookie
     */
    public static void setCookie(ResponseWriter w, Cookie c) {
        String v = c.toString();
        if (!v.isEmpty()) {
            w.header().add("Set-Cookie", v);
        }
    }

    /** Go's {@code htmlEscape}: the five HTML-special characters as entities. */
    static String htmlEscape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&#34;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The part of {@code url} before its query or fragment with what browsers read unlike Go
     * %-escaped: {@code \} (WHATWG URL takes it for {@code /} in http and https URLs) and the
     * controls, which browsers drop (tab, CR, LF) or servers may strip. Go's parser sees no
     * host in such a URL; unescaped, a browser could see one ({@code /\evil.example}).
     */
    static String escapeBrowserSlashes(String url) {
        int end = url.length();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        StringBuilder b = null;
        for (int i = 0; i < end; i++) {
            char c = url.charAt(i);
            if (c == '\\' || c < 0x20 || c == 0x7F) {
                if (b == null) {
                    b = new StringBuilder(url.length() + 8).append(url, 0, i);
                }
                b.append('%').append(UPPER_HEX[c >> 4]).append(UPPER_HEX[c & 0xF]);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? url : b.append(url, end, url.length()).toString();
    }

    /** Go's {@code hexEscapeNonASCII}: each UTF-8 byte >= 0x80 as lower-case %xx. */
    static String hexEscapeNonASCII(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) < 0x80) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        String bytes = GoText.bytes(s);
        StringBuilder b = new StringBuilder(bytes.length() + 16);
        for (int j = 0; j < bytes.length(); j++) {
            char c = bytes.charAt(j);
            if (c >= 0x80) {
                b.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();
}
