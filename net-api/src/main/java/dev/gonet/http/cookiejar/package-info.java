/**
 * Go's {@code net/http/cookiejar}: an in-memory RFC 6265 cookie jar for a
 * {@link dev.gonet.http.Client} ({@link dev.gonet.http.cookiejar.CookieJars#rfc6265()}, Go's
 * {@code cookiejar.New}), and the {@link dev.gonet.http.cookiejar.PublicSuffixList} it may consult
 * so that no site sets a cookie for a public suffix such as {@code co.uk}. The jar itself
 * ({@code Jar}, Go's {@code cookiejar.Jar}) is package-private: callers hold it as a
 * {@link dev.gonet.http.CookieJar}.
 *
 * <p>Not here: the {@link dev.gonet.http.CookieJar} interface and {@link dev.gonet.http.Cookie}
 * (they stay in {@code dev.gonet.http}, as in Go), {@code Set-Cookie} parsing (the response's,
 * {@link dev.gonet.http.Response#cookies()}), a public suffix list itself (Go's
 * {@code x/net/publicsuffix}; bring your own), persistence to disk, or browser rules such as
 * SameSite enforcement. In a page, the browser's own cookie store applies instead (fetch).
 */
package dev.gonet.http.cookiejar;
