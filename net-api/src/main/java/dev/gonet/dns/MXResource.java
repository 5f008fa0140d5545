package dev.gonet.dns;

import java.util.Objects;

/** A mail exchanger with its preference, lower first (RFC 1035 section 3.3.9). */
public record MXResource(Name name, int cls, long ttl, int preference, Name mx) implements Resource {
    public MXResource {
        Objects.requireNonNull(name, "name");
        Wire.checkU16(cls, "class");
        Wire.checkU32(ttl, "ttl");
        Wire.checkU16(preference, "preference");
        Objects.requireNonNull(mx, "mx");
    }

    /** Class {@code INET}. */
    public MXResource(Name name, long ttl, int preference, Name mx) {
        this(name, DNSClass.INET, ttl, preference, mx);
    }

    @Override
    public int type() {
        return RRType.MX;
    }

    @Override
    public String toString() {
        return Records.head(this) + preference + " " + mx;
    }
}
