package dev.gonet.ws;

import dev.gonet.internal.Ascii;

/**
 * Decides whether a browser page from {@code Origin} may open a WebSocket to this server
 * (RFC 6455 §10.2): browsers send {@code Origin} and do not apply the same-origin policy to
 * WebSockets, so without this check any site could use a visitor's cookies on this server.
 * {@link ServerHandshake} consults the policy only when the request has an {@code Origin}
 * header; non-browser clients send none and are allowed.
 *
 * <p>The same-host policies trust the request's {@code Host}, which DNS rebinding controls: a
 * page at {@code http://evil.example:8080} whose name the attacker points at this server sends
 * {@code Host: evil.example:8080} and {@code Origin: http://evil.example:8080}, and passes.
 * {@link #allowing} names the origins outright and does not look at {@code Host}; a Host
 * allowlist in front of the server (the demo server has one) is the other defence.
 */
@FunctionalInterface
public interface OriginPolicy {

    /**
     * {@return whether {@code origin} (the header value) may connect to {@code host} (the request's Host)}
     *
     * @param origin the origin
     * @param host the host name or IP literal
     */
    boolean allows(String origin, String host);

    /**
     * The default, as in Go's {@code coder/websocket}: the origin's {@code host[:port]} must equal
     * the request's Host, ignoring ASCII case. {@code Origin: null} is refused.
     */
    OriginPolicy SAME_HOST = (origin, host) -> {
        String h = hostOf(origin);
        return h != null && Handshake.equalFold(h, host);
    };

    /** Any origin; Go's {@code InsecureSkipVerify}. Only for servers that use no ambient credentials. */
    OriginPolicy ANY = (origin, host) -> true;

    /**
     * {@return the same host, or an origin whose {@code host[:port]} is one of {@code hosts} (ASCII case
     *   ignored)}
     *
     * @param hosts the hosts
     */
    static OriginPolicy sameHostOr(String... hosts) {
        String[] allowed = hosts.clone();
        return (origin, host) -> {
            if (SAME_HOST.allows(origin, host)) {
                return true;
            }
            String h = hostOf(origin);
            for (String a : allowed) {
                if (h != null && Handshake.equalFold(h, a)) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * Exactly {@code origins} and nothing else, not even the request's own host: each entry is a
     * serialized origin, {@code scheme://host[:port]} as browsers send it (e.g.
     * {@code http://127.0.0.1:8080}, {@code https://app.example.com}). Compared ignoring ASCII
     * case, with a scheme's default port ({@code :80} for http and ws, {@code :443} for https and
     * wss) the same as none. {@code Origin: null} is refused. An entry that is not an origin (no
     * scheme or host, a path, user info) is an {@link IllegalArgumentException}.
     *
     * @param origins the allowed origins, e.g. {@code http://127.0.0.1:8080}
     * @return the policy
     */
    static OriginPolicy allowing(String... origins) {
        String[] allowed = new String[origins.length];
        for (int i = 0; i < origins.length; i++) {
            allowed[i] = canonical(origins[i]);
            if (allowed[i] == null) {
                throw new IllegalArgumentException("allowed origin " + (origins[i] == null ? "null"
                        : Ascii.quote(origins[i])) + " is not scheme://host[:port]");
            }
        }
        return (origin, host) -> {
            String o = canonical(origin);
            for (String a : allowed) {
                if (a.equals(o)) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * {@code origin} lower-cased with its scheme's default port dropped, or null unless it is
     * exactly {@code scheme://host[:port]} (one trailing {@code /} tolerated).
     */
    private static String canonical(String origin) {
        if (origin == null) {
            return null;
        }
        String o = Handshake.toLowerAscii(origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin);
        int sep = o.indexOf("://");
        if (sep <= 0) {
            return null;
        }
        String scheme = o.substring(0, sep);
        String host = o.substring(sep + 3);
        if (host.isEmpty() || host.indexOf('/') >= 0 || host.indexOf('?') >= 0 || host.indexOf('#') >= 0
                || host.indexOf('@') >= 0 || host.startsWith(":")) {
            return null;
        }
        String dflt = scheme.equals("http") || scheme.equals("ws") ? ":80"
                : scheme.equals("https") || scheme.equals("wss") ? ":443" : null;
        if (dflt != null && host.endsWith(dflt)) {
            host = host.substring(0, host.length() - dflt.length());
        }
        return scheme + "://" + host;
    }

    /**
     * {@return the {@code host[:port]} of a serialized origin {@code scheme://host[:port]} (a trailing
     *   path is tolerated), or null when {@code origin} has no non-empty scheme and host}
     *
     * @param origin the origin
     */
    static String hostOf(String origin) {
        int sep = origin.indexOf("://");
        if (sep <= 0) {
            return null;
        }
        int end = sep + 3;
        while (end < origin.length() && "/?#".indexOf(origin.charAt(end)) < 0) {
            end++;
        }
        String h = origin.substring(sep + 3, end);
        return h.isEmpty() ? null : h;
    }
}
