/**
 * The name layer's portable suites ({@link dev.gonet.testkit.names.NameSuites}): what every
 * platform's resolver answers without a query (Go 1.19's literals, ports and error texts) and the
 * shared resolver code of {@code dev.gonet.dns.internal} (hosts, services and resolv.conf parsing,
 * RFC 6724 ordering), so the browser runs the same code the JVM does. No queries: those are
 * {@code testkit.dns}'s.
 */
package dev.gonet.testkit.names;
