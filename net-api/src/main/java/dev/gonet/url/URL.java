package dev.gonet.url;

import java.util.Objects;

/**
 * Go's {@code net/url.URL}: {@code [scheme:][//[userinfo@]host][/]path[?query][#fragment]}, or
 * {@code scheme:opaque[?query][#fragment]}.
 *
 * <p>Parsing, printing and resolution follow Go 1.19 byte for byte, including its errors
 * ({@link URLException}: {@code parse "%": invalid URL escape "%"}). {@link #path()} is
 * decoded; {@link #rawPath()} holds the original encoding only when it differs from the default
 * one, and {@link #escapedPath()} chooses between them as Go does. Decoded bytes that are not
 * UTF-8 become U+FFFD (Java strings hold characters, not bytes).
 *
 * <p>A mutable value, like Go's struct: setters change it, {@link #copy()} makes another. Not
 * safe for concurrent mutation. Pure code: no {@code java.net}, no regex.
 */
public final class URL {
    private String scheme = "";
    private String opaque = "";
    private Userinfo user;
    private String host = "";
    private String path = "";
    private String rawPath = "";
    private boolean omitHost;
    private boolean forceQuery;
    private String rawQuery = "";
    private String fragment = "";
    private String rawFragment = "";

    /** An empty URL; fill it with the setters. */
    public URL() {
    }

    /**
     * Go's {@code url.Parse}: an absolute URL or any relative reference, with an optional
     * {@code #fragment}.
     */
    public static URL parse(String rawURL) throws URLException {
        int hash = rawURL.indexOf('#');
        String u = hash < 0 ? rawURL : rawURL.substring(0, hash);
        URL url;
        try {
            url = URLParser.parse(u, false);
        } catch (URLException e) {
            throw URLException.wrap("parse", u, e);
        }
        if (hash < 0) {
            return url;
        }
        try {
            url.setEncodedFragment(rawURL.substring(hash + 1));
        } catch (URLException e) {
            throw URLException.wrap("parse", rawURL, e);
        }
        return url;
    }

    /**
     * Go's {@code url.ParseRequestURI}: the URL as received in an HTTP request line, so only an
     * absolute URL or an absolute path (and {@code *}); no fragment is split off.
     */
    public static URL parseRequestURI(String rawURL) throws URLException {
        try {
            return URLParser.parse(rawURL, true);
        } catch (URLException e) {
            throw URLException.wrap("parse", rawURL, e);
        }
    }

    /** Go's {@code url.QueryEscape}: for a query component, {@code ' '} becomes {@code '+'}. */
    public static String queryEscape(String s) {
        return URLEscape.escape(s, URLEscape.QUERY_COMPONENT);
    }

    /** Go's {@code url.QueryUnescape}: {@code %AB} to the byte 0xAB and {@code '+'} to space. */
    public static String queryUnescape(String s) throws URLException {
        return URLEscape.unescape(s, URLEscape.QUERY_COMPONENT);
    }

    /** Go's {@code url.PathEscape}: for one path segment, so {@code /} is escaped too. */
    public static String pathEscape(String s) {
        return URLEscape.escape(s, URLEscape.PATH_SEGMENT);
    }

    /** Go's {@code url.PathUnescape}: like {@link #queryUnescape} but {@code '+'} stays. */
    public static String pathUnescape(String s) throws URLException {
        return URLEscape.unescape(s, URLEscape.PATH_SEGMENT);
    }

    /** Sets {@link #path()} and {@link #rawPath()} from an escaped path (Go's {@code setPath}). */
    public void setEncodedPath(String p) throws URLException {
        String decoded = URLEscape.unescape(p, URLEscape.PATH);
        path = decoded;
        rawPath = p.equals(URLEscape.escape(decoded, URLEscape.PATH)) ? "" : p;
    }

    void setEncodedFragment(String f) throws URLException {
        String decoded = URLEscape.unescape(f, URLEscape.FRAGMENT);
        fragment = decoded;
        rawFragment = f.equals(URLEscape.escape(decoded, URLEscape.FRAGMENT)) ? "" : f;
    }

    /** Go's {@code EscapedPath}: {@link #rawPath()} if it is a valid encoding of the path. */
    public String escapedPath() {
        if (!rawPath.isEmpty() && URLEscape.validEncoded(rawPath, URLEscape.PATH)) {
            try {
                if (URLEscape.unescape(rawPath, URLEscape.PATH).equals(path)) {
                    return rawPath;
                }
            } catch (URLException ignored) {
                // an invalid hint is ignored, as in Go
            }
        }
        if (path.equals("*")) {
            return "*"; // Go issue 11202: OPTIONS * must not become %2A
        }
        return URLEscape.escape(path, URLEscape.PATH);
    }

    /** Go's {@code EscapedFragment}, the fragment counterpart of {@link #escapedPath()}. */
    public String escapedFragment() {
        if (!rawFragment.isEmpty() && URLEscape.validEncoded(rawFragment, URLEscape.FRAGMENT)) {
            try {
                if (URLEscape.unescape(rawFragment, URLEscape.FRAGMENT).equals(fragment)) {
                    return rawFragment;
                }
            } catch (URLException ignored) {
                // fall through to the default encoding
            }
        }
        return URLEscape.escape(fragment, URLEscape.FRAGMENT);
    }

    /** Go's {@code URL.String}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (!scheme.isEmpty()) {
            b.append(scheme).append(':');
        }
        if (!opaque.isEmpty()) {
            b.append(opaque);
        } else {
            if (!scheme.isEmpty() || !host.isEmpty() || user != null) {
                if (!(omitHost && host.isEmpty() && user == null)) {
                    if (!host.isEmpty() || !path.isEmpty() || user != null) {
                        b.append("//");
                    }
                    if (user != null) {
                        b.append(user).append('@');
                    }
                    if (!host.isEmpty()) {
                        b.append(URLEscape.escape(host, URLEscape.HOST));
                    }
                }
            }
            String p = escapedPath();
            if (!p.isEmpty() && p.charAt(0) != '/' && !host.isEmpty()) {
                b.append('/');
            }
            if (b.length() == 0) {
                // RFC 3986 §4.2: "this:that" would read as a scheme; write "./this:that".
                int slash = p.indexOf('/');
                if ((slash < 0 ? p : p.substring(0, slash)).indexOf(':') >= 0) {
                    b.append("./");
                }
            }
            b.append(p);
        }
        if (forceQuery || !rawQuery.isEmpty()) {
            b.append('?').append(rawQuery);
        }
        if (!fragment.isEmpty()) {
            b.append('#').append(escapedFragment());
        }
        return b.toString();
    }

    /** Go's {@code Redacted}: {@link #toString()} with any password replaced by {@code xxxxx}. */
    public String redacted() {
        if (user == null || !user.passwordSet()) {
            return toString();
        }
        URL c = copy();
        c.user = Userinfo.userPassword(user.username(), "xxxxx");
        return c.toString();
    }

    /** Go's {@code IsAbs}: whether the scheme is set. */
    public boolean isAbs() {
        return !scheme.isEmpty();
    }

    /** Go's {@code u.Parse(ref)}: parses {@code ref} and resolves it against this URL. */
    public URL parseRef(String ref) throws URLException {
        return resolveReference(parse(ref));
    }

    /**
     * Go's {@code ResolveReference}: RFC 3986 §5.2 resolution of {@code ref} against this base,
     * e.g. for a redirect's {@code Location}. Always a new URL.
     */
    public URL resolveReference(URL ref) {
        URL url = ref.copy();
        if (ref.scheme.isEmpty()) {
            url.scheme = scheme;
        }
        if (!ref.scheme.isEmpty() || !ref.host.isEmpty() || ref.user != null) {
            url.setPathQuietly(URLParser.resolvePath(ref.escapedPath(), ""));
            return url;
        }
        if (!ref.opaque.isEmpty()) {
            url.user = null;
            url.host = "";
            url.path = "";
            return url;
        }
        if (ref.path.isEmpty() && !ref.forceQuery && ref.rawQuery.isEmpty()) {
            url.rawQuery = rawQuery;
            if (ref.fragment.isEmpty()) {
                url.fragment = fragment;
                url.rawFragment = rawFragment;
            }
        }
        url.host = host;
        url.user = user;
        url.setPathQuietly(URLParser.resolvePath(escapedPath(), ref.escapedPath()));
        return url;
    }

    /** Go ignores setPath's error here: the argument is always a valid escaping. */
    private void setPathQuietly(String p) {
        try {
            setEncodedPath(p);
        } catch (URLException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Go's {@code Query}: {@link #rawQuery()} parsed, malformed pairs dropped. */
    public Values query() {
        return Values.parseQueryLenient(rawQuery);
    }

    /** Go's {@code RequestURI}: the encoded {@code path?query} (or opaque) for a request line. */
    public String requestURI() {
        String result = opaque;
        if (result.isEmpty()) {
            result = escapedPath();
            if (result.isEmpty()) {
                result = "/";
            }
        } else if (result.startsWith("//")) {
            result = scheme + ":" + result;
        }
        if (forceQuery || !rawQuery.isEmpty()) {
            result += "?" + rawQuery;
        }
        return result;
    }

    /** Go's {@code Hostname}: the host without a valid port and without IPv6 brackets. */
    public String hostname() {
        return URLParser.splitHostPort(host)[0];
    }

    /** Go's {@code Port}: the numeric port, or {@code ""}. */
    public String port() {
        return URLParser.splitHostPort(host)[1];
    }

    /** Go's {@code JoinPath}: the path with {@code elem} joined and cleaned of dot segments. */
    public URL joinPath(String... elem) {
        String[] all = new String[elem.length + 1];
        all[0] = escapedPath();
        System.arraycopy(elem, 0, all, 1, elem.length);
        String p;
        if (!all[0].startsWith("/")) {
            all[0] = "/" + all[0];
            p = URLParser.joinPaths(all).substring(1);
        } else {
            p = URLParser.joinPaths(all);
        }
        if (all[all.length - 1].endsWith("/") && !p.endsWith("/")) {
            p += "/";
        }
        URL u = copy();
        u.setPathQuietly(p);
        return u;
    }

    /** A field-for-field copy (Go's {@code u2 := *u}). */
    public URL copy() {
        URL c = new URL();
        c.scheme = scheme;
        c.opaque = opaque;
        c.user = user;
        c.host = host;
        c.path = path;
        c.rawPath = rawPath;
        c.omitHost = omitHost;
        c.forceQuery = forceQuery;
        c.rawQuery = rawQuery;
        c.fragment = fragment;
        c.rawFragment = rawFragment;
        return c;
    }

    // Go's exported fields, as accessors. Strings are never null ("" is Go's zero value).

    public String scheme() {
        return scheme;
    }

    public URL setScheme(String v) {
        scheme = Objects.requireNonNull(v);
        return this;
    }

    public String opaque() {
        return opaque;
    }

    public URL setOpaque(String v) {
        opaque = Objects.requireNonNull(v);
        return this;
    }

    /** The user info, or {@code null} when the URL has none. */
    public Userinfo user() {
        return user;
    }

    public URL setUser(Userinfo v) {
        user = v;
        return this;
    }

    /** {@code host} or {@code host:port}; an IPv6 literal keeps its brackets. */
    public String host() {
        return host;
    }

    public URL setHost(String v) {
        host = Objects.requireNonNull(v);
        return this;
    }

    public String path() {
        return path;
    }

    public URL setPath(String v) {
        path = Objects.requireNonNull(v);
        return this;
    }

    public String rawPath() {
        return rawPath;
    }

    public URL setRawPath(String v) {
        rawPath = Objects.requireNonNull(v);
        return this;
    }

    public boolean omitHost() {
        return omitHost;
    }

    public URL setOmitHost(boolean v) {
        omitHost = v;
        return this;
    }

    public boolean forceQuery() {
        return forceQuery;
    }

    public URL setForceQuery(boolean v) {
        forceQuery = v;
        return this;
    }

    public String rawQuery() {
        return rawQuery;
    }

    public URL setRawQuery(String v) {
        rawQuery = Objects.requireNonNull(v);
        return this;
    }

    public String fragment() {
        return fragment;
    }

    public URL setFragment(String v) {
        fragment = Objects.requireNonNull(v);
        return this;
    }

    public String rawFragment() {
        return rawFragment;
    }

    public URL setRawFragment(String v) {
        rawFragment = Objects.requireNonNull(v);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof URL u && u.scheme.equals(scheme) && u.opaque.equals(opaque)
                && Objects.equals(u.user, user) && u.host.equals(host) && u.path.equals(path)
                && u.rawPath.equals(rawPath) && u.omitHost == omitHost && u.forceQuery == forceQuery
                && u.rawQuery.equals(rawQuery) && u.fragment.equals(fragment)
                && u.rawFragment.equals(rawFragment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scheme, opaque, user, host, path, rawPath, omitHost, forceQuery, rawQuery, fragment,
                rawFragment);
    }
}
