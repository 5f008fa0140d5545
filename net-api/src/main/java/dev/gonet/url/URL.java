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
     * {@return Go's {@code url.Parse}: an absolute URL or any relative reference, with an optional {@code
     *   #fragment}}
     *
     * @param rawURL the URL text
     * @throws URLException if the text is not a valid URL or escape
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
     * {@return Go's {@code url.ParseRequestURI}: the URL as received in an HTTP request line, so only an
     *   absolute URL or an absolute path (and {@code *}); no fragment is split off}
     *
     * @param rawURL the URL text
     * @throws URLException if the text is not a valid URL or escape
     */
    public static URL parseRequestURI(String rawURL) throws URLException {
        try {
            return URLParser.parse(rawURL, true);
        } catch (URLException e) {
            throw URLException.wrap("parse", rawURL, e);
        }
    }

    /**
     * {@return Go's {@code url.QueryEscape}: for a query component, {@code ' '} becomes {@code '+'}}
     *
     * @param s the text
     */
    public static String queryEscape(String s) {
        return URLEscape.escape(s, URLEscape.QUERY_COMPONENT);
    }

    /**
     * {@return Go's {@code url.QueryUnescape}: {@code %AB} to the byte 0xAB and {@code '+'} to space}
     *
     * @param s the escaped text
     * @throws URLException if the text is not a valid URL or escape
     */
    public static String queryUnescape(String s) throws URLException {
        return URLEscape.unescape(s, URLEscape.QUERY_COMPONENT);
    }

    /**
     * {@return Go's {@code url.PathEscape}: for one path segment, so {@code /} is escaped too}
     *
     * @param s the text
     */
    public static String pathEscape(String s) {
        return URLEscape.escape(s, URLEscape.PATH_SEGMENT);
    }

    /**
     * {@return Go's {@code url.PathUnescape}: like {@link #queryUnescape} but {@code '+'} stays}
     *
     * @param s the escaped text
     * @throws URLException if the text is not a valid URL or escape
     */
    public static String pathUnescape(String s) throws URLException {
        return URLEscape.unescape(s, URLEscape.PATH_SEGMENT);
    }

    /**
     * Sets {@link #path()} and {@link #rawPath()} from an escaped path (Go's {@code setPath}).
     *
     * @param p the escaped path
     * @throws URLException if the text is not a valid URL or escape
     */
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

    /** {@return Go's {@code EscapedPath}: {@link #rawPath()} if it is a valid encoding of the path} */
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

    /** {@return Go's {@code EscapedFragment}, the fragment counterpart of {@link #escapedPath()}} */
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

    /** {@return Go's {@code Redacted}: {@link #toString()} with any password replaced by {@code xxxxx}} */
    public String redacted() {
        if (user == null || !user.passwordSet()) {
            return toString();
        }
        URL c = copy();
        c.user = Userinfo.userPassword(user.username(), "xxxxx");
        return c.toString();
    }

    /** {@return Go's {@code IsAbs}: whether the scheme is set} */
    public boolean isAbs() {
        return !scheme.isEmpty();
    }

    /**
     * {@return Go's {@code u.Parse(ref)}: parses {@code ref} and resolves it against this URL}
     *
     * @param ref the reference, absolute or relative
     * @throws URLException if the text is not a valid URL or escape
     */
    public URL parseRef(String ref) throws URLException {
        return resolveReference(parse(ref));
    }

    /**
     * {@return Go's {@code ResolveReference}: RFC 3986 §5.2 resolution of {@code ref} against this base,
     *   e.g. for a redirect's {@code Location}} Always a new URL.
     *
     * @param ref the reference, absolute or relative
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

    /** {@return Go's {@code Query}: {@link #rawQuery()} parsed, malformed pairs dropped} */
    public Values query() {
        return Values.parseQueryLenient(rawQuery);
    }

    /** {@return Go's {@code RequestURI}: the encoded {@code path?query} (or opaque) for a request line} */
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

    /** {@return Go's {@code Hostname}: the host without a valid port and without IPv6 brackets} */
    public String hostname() {
        return URLParser.splitHostPort(host)[0];
    }

    /** {@return Go's {@code Port}: the numeric port, or {@code ""}} */
    public String port() {
        return URLParser.splitHostPort(host)[1];
    }

    /**
     * {@return Go's {@code JoinPath}: the path with {@code elem} joined and cleaned of dot segments}
     *
     * @param elem the elem
     */
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

    /** {@return a field-for-field copy (Go's {@code u2 := *u})} */
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

    /** {@return the {@code Scheme} field, as in Go's {@code url.URL}}; see {@link #setScheme}. */
    public String scheme() {
        return scheme;
    }

    /**
     * Sets the {@code Scheme} field, Go's {@code x.Scheme = v}.
     *
     * @param v the scheme
     * @return this URL, for chaining
     */
    public URL setScheme(String v) {
        scheme = Objects.requireNonNull(v);
        return this;
    }

    /** {@return the {@code Opaque} field, as in Go's {@code url.URL}}; see {@link #setOpaque}. */
    public String opaque() {
        return opaque;
    }

    /**
     * Sets the {@code Opaque} field, Go's {@code x.Opaque = v}.
     *
     * @param v the opaque
     * @return this URL, for chaining
     */
    public URL setOpaque(String v) {
        opaque = Objects.requireNonNull(v);
        return this;
    }

    /** {@return the user info, or {@code null} when the URL has none} */
    public Userinfo user() {
        return user;
    }

    /**
     * Sets the {@code User} field, Go's {@code x.User = v}.
     *
     * @param v the user
     * @return this URL, for chaining
     */
    public URL setUser(Userinfo v) {
        user = v;
        return this;
    }

    /**
     * {@code host} or {@code host:port}; an IPv6 literal keeps its brackets.
     *
     * @return the host, with a port when there is one
     */
    public String host() {
        return host;
    }

    /**
     * Sets the {@code Host} field, Go's {@code x.Host = v}.
     *
     * @param v the host
     * @return this URL, for chaining
     */
    public URL setHost(String v) {
        host = Objects.requireNonNull(v);
        return this;
    }

    /** {@return the {@code Path} field, as in Go's {@code url.URL}}; see {@link #setPath}. */
    public String path() {
        return path;
    }

    /**
     * Sets the {@code Path} field, Go's {@code x.Path = v}.
     *
     * @param v the path
     * @return this URL, for chaining
     */
    public URL setPath(String v) {
        path = Objects.requireNonNull(v);
        return this;
    }

    /** {@return the {@code RawPath} field, as in Go's {@code url.URL}}; see {@link #setRawPath}. */
    public String rawPath() {
        return rawPath;
    }

    /**
     * Sets the {@code RawPath} field, Go's {@code x.RawPath = v}.
     *
     * @param v the raw path
     * @return this URL, for chaining
     */
    public URL setRawPath(String v) {
        rawPath = Objects.requireNonNull(v);
        return this;
    }

    /** {@return the {@code OmitHost} field, as in Go's {@code url.URL}}; see {@link #setOmitHost}. */
    public boolean omitHost() {
        return omitHost;
    }

    /**
     * Sets the {@code OmitHost} field, Go's {@code x.OmitHost = v}.
     *
     * @param v the new {@code OmitHost} value
     * @return this URL, for chaining
     */
    public URL setOmitHost(boolean v) {
        omitHost = v;
        return this;
    }

    /** {@return the {@code ForceQuery} field, as in Go's {@code url.URL}}; see {@link #setForceQuery}. */
    public boolean forceQuery() {
        return forceQuery;
    }

    /**
     * Sets the {@code ForceQuery} field, Go's {@code x.ForceQuery = v}.
     *
     * @param v the new {@code ForceQuery} value
     * @return this URL, for chaining
     */
    public URL setForceQuery(boolean v) {
        forceQuery = v;
        return this;
    }

    /** {@return the {@code RawQuery} field, as in Go's {@code url.URL}}; see {@link #setRawQuery}. */
    public String rawQuery() {
        return rawQuery;
    }

    /**
     * Sets the {@code RawQuery} field, Go's {@code x.RawQuery = v}.
     *
     * @param v the raw query
     * @return this URL, for chaining
     */
    public URL setRawQuery(String v) {
        rawQuery = Objects.requireNonNull(v);
        return this;
    }

    /** {@return the {@code Fragment} field, as in Go's {@code url.URL}}; see {@link #setFragment}. */
    public String fragment() {
        return fragment;
    }

    /**
     * Sets the {@code Fragment} field, Go's {@code x.Fragment = v}.
     *
     * @param v the fragment
     * @return this URL, for chaining
     */
    public URL setFragment(String v) {
        fragment = Objects.requireNonNull(v);
        return this;
    }

    /** {@return the {@code RawFragment} field, as in Go's {@code url.URL}}; see {@link #setRawFragment}. */
    public String rawFragment() {
        return rawFragment;
    }

    /**
     * Sets the {@code RawFragment} field, Go's {@code x.RawFragment = v}.
     *
     * @param v the raw fragment
     * @return this URL, for chaining
     */
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
