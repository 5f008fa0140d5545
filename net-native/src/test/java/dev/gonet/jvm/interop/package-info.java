/**
 * Interop tests, test code only: gonet against implementations that are not gonet, over real
 * sockets on loopback: Go 1.19 (sockets, HTTP), socat, curl, python3-websockets and the npm
 * {@code ws} package, installed or built on demand ({@link dev.gonet.jvm.interop.Peers}).
 * HTTP client tests against Go's server and nginx are in {@code interop.http}.
 */
package dev.gonet.jvm.interop;
