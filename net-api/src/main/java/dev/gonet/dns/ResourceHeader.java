package dev.gonet.dns;

/**
 * A record's header as the {@link Parser} reads it before the data: owner name, type, class,
 * TTL and the RDATA length.
 */
public record ResourceHeader(Name name, int type, int cls, long ttl, int length) {
}
