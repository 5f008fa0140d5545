package dev.gonet.dns;

import java.util.Objects;

/** An alias: {@code name} is another name for {@code cname} (RFC 1035 section 3.3.1). */
public record CNAMEResource(Name name, int cls, long ttl, Name cname) implements Resource {
    public CNAMEResource {
        Objects.requireNonNull(name, "name");
        Wire.checkU16(cls, "class");
        Wire.checkU32(ttl, "ttl");
        Objects.requireNonNull(cname, "cname");
    }

    /** Class {@code INET}. */
    public CNAMEResource(Name name, long ttl, Name cname) {
        this(name, DNSClass.INET, ttl, cname);
    }

    @Override
    public int type() {
        return RRType.CNAME;
    }

    @Override
    public String toString() {
        return Records.head(this) + cname;
    }
}
