package dev.gonet.url;

import dev.gonet.internal.Ascii;
import dev.gonet.internal.SlashPath;

/**
 * The parsing half of {@link URL}: Go 1.19's {@code parse}, {@code getScheme},
 * {@code parseAuthority}, {@code parseHost}, {@code resolvePath}, {@code splitHostPort} and
 * {@code path.Join}, rewritten without regex or {@code java.net}.
 */
final class URLParser {
    private URLParser() {
    }

    /** Go's {@code parse(rawURL, viaRequest)}; errors are bare (the caller wraps them). */
    static URL parse(String rawURL, boolean viaRequest) throws URLException {
        if (URLEscape.containsCTL(rawURL)) {
            throw URLException.of("net/url: invalid control character in URL");
        }
        if (rawURL.isEmpty() && viaRequest) {
            throw URLException.of("empty url");
        }
        URL url = new URL();
        if (rawURL.equals("*")) {
            url.setPath("*");
            return url;
        }
        String rest = rawURL;
        String scheme = scheme(rawURL);
        if (scheme != null) {
            rest = rawURL.substring(scheme.length() + 1);
            url.setScheme(Ascii.toLower(scheme));
        }
        int q = rest.indexOf('?');
        if (q == rest.length() - 1 && q >= 0) {
            url.setForceQuery(true);
            rest = rest.substring(0, q);
        } else if (q >= 0) {
            url.setRawQuery(rest.substring(q + 1));
            rest = rest.substring(0, q);
        }
        if (!rest.startsWith("/")) {
            if (!url.scheme().isEmpty()) {
                // RFC 3986 rootless paths are opaque.
                url.setOpaque(rest);
                return url;
            }
            if (viaRequest) {
                throw URLException.of("invalid URI for request");
            }
            // Go issue 16822: "cache_object:foo/bar" is a malformed scheme, not a relative path.
            int slash = rest.indexOf('/');
            if ((slash < 0 ? rest : rest.substring(0, slash)).indexOf(':') >= 0) {
                throw URLException.of("first path segment in URL cannot contain colon");
            }
        }
        boolean hasScheme = !url.scheme().isEmpty();
        if ((hasScheme || (!viaRequest && !rest.startsWith("///"))) && rest.startsWith("//")) {
            String authority = rest.substring(2);
            rest = "";
            int slash = authority.indexOf('/');
            if (slash >= 0) {
                rest = authority.substring(slash);
                authority = authority.substring(0, slash);
            }
            parseAuthority(url, authority);
        } else if (hasScheme && rest.startsWith("/")) {
            url.setOmitHost(true); // Go issue 46059: "scheme:/path" has no authority
        }
        url.setEncodedPath(rest);
        return url;
    }

    /**
     * Go's {@code getScheme}: the scheme before the first colon, {@code null} if there is none.
     * A leading colon is Go's {@code missing protocol scheme}.
     */
    private static String scheme(String raw) throws URLException {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                continue;
            }
            if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
                if (i == 0) {
                    return null;
                }
                continue;
            }
            if (c == ':') {
                if (i == 0) {
                    throw URLException.of("missing protocol scheme");
                }
                return raw.substring(0, i);
            }
            return null;
        }
        return null;
    }

    private static void parseAuthority(URL url, String authority) throws URLException {
        int at = authority.lastIndexOf('@');
        url.setHost(parseHost(at < 0 ? authority : authority.substring(at + 1)));
        if (at < 0) {
            return;
        }
        String userinfo = authority.substring(0, at);
        if (!validUserinfo(userinfo)) {
            throw URLException.of("net/url: invalid userinfo");
        }
        int colon = userinfo.indexOf(':');
        if (colon < 0) {
            url.setUser(Userinfo.user(URLEscape.unescape(userinfo, URLEscape.USER_PASSWORD)));
        } else {
            String name = URLEscape.unescape(userinfo.substring(0, colon), URLEscape.USER_PASSWORD);
            String pass = URLEscape.unescape(userinfo.substring(colon + 1), URLEscape.USER_PASSWORD);
            url.setUser(Userinfo.userPassword(name, pass));
        }
    }

    /** Go's {@code parseHost}: {@code host[:port]}, IP-literals with RFC 6874 zones. */
    private static String parseHost(String host) throws URLException {
        if (host.startsWith("[")) {
            int i = host.lastIndexOf(']');
            if (i < 0) {
                throw URLException.of("missing ']' in host");
            }
            String colonPort = host.substring(i + 1);
            if (!validOptionalPort(colonPort)) {
                throw URLException.of("invalid port " + Ascii.quote(colonPort) + " after host");
            }
            // %25 starts the zone, which may use any escaping; the rest only non-ASCII ones.
            int zone = host.substring(0, i).indexOf("%25");
            if (zone >= 0) {
                return URLEscape.unescape(host.substring(0, zone), URLEscape.HOST)
                        + URLEscape.unescape(host.substring(zone, i), URLEscape.ZONE)
                        + URLEscape.unescape(host.substring(i), URLEscape.HOST);
            }
        } else {
            int i = host.lastIndexOf(':');
            if (i >= 0) {
                String colonPort = host.substring(i);
                if (!validOptionalPort(colonPort)) {
                    throw URLException.of("invalid port " + Ascii.quote(colonPort) + " after host");
                }
            }
        }
        return URLEscape.unescape(host, URLEscape.HOST);
    }

    /** Empty, or {@code :} followed by digits only. */
    static boolean validOptionalPort(String port) {
        if (port.isEmpty()) {
            return true;
        }
        if (port.charAt(0) != ':') {
            return false;
        }
        for (int i = 1; i < port.length(); i++) {
            char c = port.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** RFC 3986 §3.2.1 userinfo characters; Go leaves checking the escapes to unescape. */
    private static boolean validUserinfo(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                continue;
            }
            if ("-._:~!$&'()*+,;=%@".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Go's {@code splitHostPort} (url package): {host, port}, brackets removed. */
    static String[] splitHostPort(String hostPort) {
        String host = hostPort;
        String port = "";
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && validOptionalPort(host.substring(colon))) {
            port = host.substring(colon + 1);
            host = host.substring(0, colon);
        }
        if (host.startsWith("[") && host.endsWith("]") && host.length() >= 2) {
            host = host.substring(1, host.length() - 1);
        }
        return new String[] {host, port};
    }

    /** Go's {@code resolvePath}: merges {@code ref} onto {@code base}, removing dot segments. */
    static String resolvePath(String base, String ref) {
        String full;
        if (ref.isEmpty()) {
            full = base;
        } else if (ref.charAt(0) != '/') {
            full = base.substring(0, base.lastIndexOf('/') + 1) + ref;
        } else {
            full = ref;
        }
        if (full.isEmpty()) {
            return "";
        }
        StringBuilder dst = new StringBuilder("/");
        boolean first = true;
        String elem = "";
        int start = 0;
        boolean found = true;
        while (found) {
            int slash = full.indexOf('/', start);
            found = slash >= 0;
            elem = full.substring(start, found ? slash : full.length());
            start = slash + 1;
            if (elem.equals(".")) {
                first = false;
                continue;
            }
            if (elem.equals("..")) {
                String str = dst.substring(1);
                int index = str.lastIndexOf('/');
                dst.setLength(0);
                dst.append('/');
                if (index == -1) {
                    first = true;
                } else {
                    dst.append(str, 0, index);
                }
            } else {
                if (!first) {
                    dst.append('/');
                }
                dst.append(elem);
                first = false;
            }
        }
        if (elem.equals(".") || elem.equals("..")) {
            dst.append('/');
        }
        String r = dst.toString();
        return r.length() > 1 && r.charAt(1) == '/' ? r.substring(1) : r;
    }

    /** Go's {@code path.Join}: non-empty elements joined by {@code /}, then cleaned. */
    static String joinPaths(String... elem) {
        StringBuilder b = new StringBuilder();
        for (String e : elem) {
            if (!e.isEmpty()) {
                if (b.length() > 0) {
                    b.append('/');
                }
                b.append(e);
            }
        }
        return b.length() == 0 ? "" : SlashPath.clean(b.toString());
    }
}
