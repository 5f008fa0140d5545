/**
 * The HTTP client against our own server over the {@code mem} network, on every platform
 * ({@link dev.gonet.testkit.http.HttpClientSuites}): connection reuse, chunked and gzip bodies,
 * redirects and cookies, timeouts, errors in Go's words, NO_PROXY rules. Run in the bundles, it
 * proves the client's code is TeaVM-safe. The full tables are net-api's JUnit tests; the fetch
 * transport's checks are browser-only (browser-tests).
 */
package dev.gonet.testkit.http;
