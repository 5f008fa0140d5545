/**
 * The address layer's portable suites ({@link dev.gonet.testkit.addr.AddrSuites}): Go 1.19's own
 * tables from {@code ip_test.go} and {@code ipsock_test.go} for {@code IP}, {@code IPMask},
 * {@code IPNet}, CIDRs and host:port, row for row, plus malformed and generated input with
 * Go's exact answers. Pure parsing and printing; no network.
 */
package dev.gonet.testkit.addr;
