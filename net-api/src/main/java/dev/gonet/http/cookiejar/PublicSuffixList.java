package dev.gonet.http.cookiejar;

/**
 * Go's {@code cookiejar.PublicSuffixList}: tells a {@link CookieJars#rfc6265(PublicSuffixList)
 * cookie jar} which domains are public suffixes ({@code com}, {@code co.uk}), on which no site
 * may set a cookie for all its subdomains. Without one (Go's default, and
 * {@link CookieJars#rfc6265()}), only the host-or-parent-domain rule applies, so
 * {@code a.co.uk} can set a cookie for {@code co.uk}. Must be safe for concurrent use.
 */
public interface PublicSuffixList {

    /**
     * {@return the public suffix of {@code domain} (lower case, no trailing dot), e.g. {@code co.uk} for
     *   {@code www.bbc.co.uk}; {@code domain} itself if it is one}
     *
     * @param domain the domain
     */
    String publicSuffix(String domain);

    /** {@return a name for the list (its source and version), for messages} */
    String name();
}
