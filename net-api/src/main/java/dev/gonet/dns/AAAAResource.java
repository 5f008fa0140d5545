package dev.gonet.dns;

import dev.gonet.IP;
import java.util.Objects;

/**
 * An IPv6 address record (RFC 3596). {@code aaaa} is kept in its 16-byte form (an IPv4-mapped
 * address stays an AAAA record, though {@link IP#toString()} prints it as IPv4, as Go does).
 */
public record AAAAResource(Name name, int cls, long ttl, IP aaaa) implements Resource {
    public AAAAResource {
        Objects.requireNonNull(name, "name");
        Wire.checkU16(cls, "class");
        Wire.checkU32(ttl, "ttl");
        IP v6 = Objects.requireNonNull(aaaa, "aaaa").to16();
        if (v6 == null) {
            throw new IllegalArgumentException("AAAA record needs an IP address: " + aaaa);
        }
        aaaa = v6;
    }

    /** Class {@code INET}. */
    public AAAAResource(Name name, long ttl, IP aaaa) {
        this(name, DNSClass.INET, ttl, aaaa);
    }

    @Override
    public int type() {
        return RRType.AAAA;
    }

    @Override
    public String toString() {
        return Records.head(this) + aaaa;
    }
}
