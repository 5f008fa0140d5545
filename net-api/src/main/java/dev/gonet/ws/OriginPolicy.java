package dev.gonet.ws;

/**
 * Decides whether a browser page from {@code Origin} may open a WebSocket to this server
 * (RFC 6455 §10.2): browsers send {@code Origin} and do not apply the same-origin policy to
 * WebSockets, so without this check any site could use a visitor's cookies on this server.
 * {@link ServerHandshake} consults the policy only when the request has an {@code Origin}
 * header; non-browser clients send none and are allowed.
 */
@FunctionalInterface
public interface OriginPolicy {

    /** Whether {@code origin} (the header value) may connect to {@code host} (the request's Host). */
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

    /** The same host, or an origin whose {@code host[:port]} is one of {@code hosts} (ASCII case ignored). */
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
     * The {@code host[:port]} of a serialized origin {@code scheme://host[:port]} (a trailing
     * path is tolerated), or null when {@code origin} has no non-empty scheme and host.
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
