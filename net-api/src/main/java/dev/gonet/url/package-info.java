/**
 * Go's {@code net/url}: {@link dev.gonet.url.URL} (parse, print, resolve references, escape
 * paths and queries), {@link dev.gonet.url.Values} (query strings and urlencoded forms, with Go's
 * parameter cap), {@link dev.gonet.url.Userinfo} and {@link dev.gonet.url.URLException} (Go's
 * {@code url.Error} with its escape and host errors). Parsing, printing and error texts follow
 * Go 1.19 byte for byte; the parser and the escaper are package-private.
 *
 * <p>Pure code that TeaVM compiles (no {@code java.net}, regex or NIO): it depends only on
 * {@code dev.gonet} and {@code dev.gonet.internal}, and nothing in it knows about HTTP.
 *
 * <p>Not here: {@code java.net.URI} conversion, IDNA (hosts are kept as given; the HTTP client
 * converts them to ASCII where Go does), or HTTP's use of URLs (request targets, redirects:
 * {@code dev.gonet.http}).
 */
package dev.gonet.url;
