package dev.gonet.http;

import dev.gonet.url.URL;

/**
 * Go's {@code connectMethod}: how a request reaches its server, and so which pooled connections
 * it may use. Direct: dial the target. Through an HTTP proxy: dial the proxy; {@code http}
 * targets then go over the proxy connection in absolute form (one pool for all of them),
 * {@code https} targets through a {@code CONNECT} tunnel per target.
 *
 * @param proxy        the proxy URL, or null for a direct connection
 * @param targetScheme {@code http} or {@code https}
 * @param targetAddr   the target's {@code host:port}, host in ASCII
 */
record ConnectMethod(URL proxy, String targetScheme, String targetAddr) {

    /** The pool key: Go's {@code connectMethodKey.String()}, e.g. {@code http://proxy:3128|http|}. */
    String key() {
        String p = proxy == null ? "" : proxy.toString();
        String addr = absoluteForm() ? "" : targetAddr;
        return p + "|" + targetScheme + "|" + addr;
    }

    /** Whether requests are sent to a proxy in absolute form (plain HTTP through an HTTP(S) proxy). */
    boolean absoluteForm() {
        return proxy != null && targetScheme.equals("http")
                && (proxy.scheme().equals("http") || proxy.scheme().equals("https"));
    }

    /** Whether a {@code CONNECT} tunnel to the target is needed. */
    boolean tunnel() {
        return proxy != null && targetScheme.equals("https");
    }

    /** The scheme of the first hop: the proxy's, or the target's. */
    String scheme() {
        return proxy == null ? targetScheme : proxy.scheme();
    }

    /** What to dial: the proxy's {@code host:port}, or the target's. */
    String addr() {
        return proxy == null ? targetAddr : ProxyConfig.canonicalAddr(proxy);
    }

    /** {@code Basic ...} for a proxy URL with user info, else "" (Go's {@code proxyAuth}). */
    String proxyAuth() {
        if (proxy == null || proxy.user() == null) {
            return "";
        }
        return "Basic " + Request.basicAuth(proxy.user().username(), proxy.user().password());
    }

    /** The host name TLS verifies for the target (Go's {@code tlsHost}): the target without its port. */
    String tlsHost() {
        int colon = targetAddr.lastIndexOf(':');
        String h = colon < 0 ? targetAddr : targetAddr.substring(0, colon);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
