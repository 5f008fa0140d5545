package dev.gonet.http.cookiejar;

import dev.gonet.http.Client;
import dev.gonet.http.CookieJar;
import java.time.Instant;

/**
 * Cookie jars for a {@link Client} ({@link Client#withJar}).
 */
public final class CookieJars {
    private CookieJars() {
    }

    /**
     * Go's {@code cookiejar.New(nil)}: an in-memory RFC 6265 jar without a public suffix list.
     * Domain and path matching, host-only and Secure cookies, Expires and Max-Age, replacement by
     * name, domain and path, sending order: all as Go's {@code net/http/cookiejar}. Without a
     * public suffix list, a host may set a cookie for any of its parent domains, {@code co.uk}
     * included (as in Go with a nil list). HttpOnly and SameSite are kept but, as in Go, not
     * enforced: a client is not a browser. Thread-safe.
     *
     * @return a new, empty jar
     */
    public static CookieJar rfc6265() {
        return new Jar(null, Instant::now);
    }

    /**
     * {@link #rfc6265()} that refuses domain cookies for public suffixes (Go's {@code Options.PublicSuffixList}).
     *
     * @param psl the public suffix list
     * @return a new, empty jar
     */
    public static CookieJar rfc6265(PublicSuffixList psl) {
        return new Jar(psl, Instant::now);
    }
}
