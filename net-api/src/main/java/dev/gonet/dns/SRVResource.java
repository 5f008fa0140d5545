package dev.gonet.dns;

import java.util.Objects;

/**
 * A service location (RFC 2782). The target is written uncompressed, as the RFC requires; a
 * compressed one is still read (Go's {@code dnsmessage} refuses it, real servers send it).
 */
public record SRVResource(Name name, int cls, long ttl, int priority, int weight, int port, Name target)
        implements Resource {
    public SRVResource {
        Objects.requireNonNull(name, "name");
        Wire.checkU16(cls, "class");
        Wire.checkU32(ttl, "ttl");
        Wire.checkU16(priority, "priority");
        Wire.checkU16(weight, "weight");
        Wire.checkU16(port, "port");
        Objects.requireNonNull(target, "target");
    }

    /** Class {@code INET}. */
    public SRVResource(Name name, long ttl, int priority, int weight, int port, Name target) {
        this(name, DNSClass.INET, ttl, priority, weight, port, target);
    }

    @Override
    public int type() {
        return RRType.SRV;
    }

    @Override
    public String toString() {
        return Records.head(this) + priority + " " + weight + " " + port + " " + target;
    }
}
