/**
 * DNS on every platform ({@link dev.gonet.testkit.dns.DnsSuites}): the message codec of
 * {@code dev.gonet.dns} and DNS over HTTPS between our resolver and our handler over the
 * {@code mem} network.
 */
package dev.gonet.testkit.dns;
