package dev.gonet.http;

import dev.gonet.url.URL;
import java.util.List;

/**
 * Go's {@code http.CookieJar}: where a {@link Client} keeps the cookies servers set and finds
 * the ones to send. The client calls {@link #setCookies} with every response's
 * {@code Set-Cookie} cookies and {@link #cookies} before every request, redirects included.
 * Implementations must be safe for use by many threads at once.
 * {@link dev.gonet.http.cookiejar.CookieJars#rfc6265()} is the in-memory one (Go's
 * {@code net/http/cookiejar}).
 */
public interface CookieJar {

    /**
     * Handles the cookies received in a response to a request for {@code u}; the jar may reject any of them.
     *
     * @param u the URL
     * @param cookies the cookies
     */
    void setCookies(URL u, List<Cookie> cookies);

    /**
     * {@return the cookies to send with a request for {@code u}, name and value only, in sending order}
     *
     * @param u the URL
     */
    List<Cookie> cookies(URL u);
}
