package dev.gonet.dns;

/**
 * A record's header as the {@link Parser} reads it before the data: owner name, type, class,
 * TTL and the RDATA length.
 *
 * @param name the name
 * @param type the record type, an {@link RRType} constant
 * @param cls the class, {@link DNSClass#INET} for the Internet
 * @param ttl the time to live in seconds (0 to 4294967295)
 * @param length the length
 */
public record ResourceHeader(Name name, int type, int cls, long ttl, int length) {
}
