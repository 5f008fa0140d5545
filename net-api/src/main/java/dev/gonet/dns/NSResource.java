package dev.gonet.dns;

import java.util.Objects;

/** A name server for the zone {@code name} (RFC 1035 section 3.3.11). */
public record NSResource(Name name, int cls, long ttl, Name ns) implements Resource {
    public NSResource {
        Objects.requireNonNull(name, "name");
        Wire.checkU16(cls, "class");
        Wire.checkU32(ttl, "ttl");
        Objects.requireNonNull(ns, "ns");
    }

    /** Class {@code INET}. */
    public NSResource(Name name, long ttl, Name ns) {
        this(name, DNSClass.INET, ttl, ns);
    }

    @Override
    public int type() {
        return RRType.NS;
    }

    @Override
    public String toString() {
        return Records.head(this) + ns;
    }
}
