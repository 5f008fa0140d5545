/**
 * The demo server's DNS over HTTPS endpoint, {@code /dns-query}: gonet's {@code DoHHandler}
 * answering from a small local zone, {@code gonet.test}, so the demo pages and the browser tests
 * resolve names with no internet.
 */
package dev.gonet.demo.dns;
