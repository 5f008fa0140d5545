package dev.gonet.http;

import dev.gonet.url.URL;
import java.io.IOException;

/**
 * Go's {@code Transport.Proxy}: the proxy to use for a request, or null to connect directly.
 * An {@code http} URL means plain HTTP to the proxy (absolute-form requests for {@code http}
 * targets, {@code CONNECT} tunnels for {@code https} ones); an {@code https} URL speaks TLS to
 * the proxy first. Called once per request attempt, possibly from many threads at once.
 */
@FunctionalInterface
public interface ProxyFunc {

    /**
     * {@return the proxy URL for {@code req}, or null for none; throwing fails the request with that
     *   error}
     *
     * @param req the request
     * @throws IOException to fail the request
     */
    URL proxyFor(Request req) throws IOException;

    /**
     * {@return Go's {@code http.ProxyURL}: always {@code fixed} (null: never a proxy)}
     *
     * @param fixed the fixed
     */
    static ProxyFunc fixed(URL fixed) {
        return req -> fixed;
    }
}
