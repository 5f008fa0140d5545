/**
 * Interop tests of gonet's HTTP client, test code only: against Go 1.19's {@code net/http} server
 * and Debian's nginx, over HTTP and HTTPS (certificate verification, redirects, timeouts, the
 * connection pool).
 */
package dev.gonet.jvm.interop.http;
