package dev.gonet.dns;

import dev.gonet.IP;
import java.util.Objects;

/**
 * An IPv6 address record (RFC 3596). {@code aaaa} is kept in its 16-byte form (an IPv4-mapped
 * address stays an AAAA record, though {@link IP#toString()} prints it as IPv4, as Go does).
 *
 * @param name the name
 * @param cls the class, {@link DNSClass#INET} for the Internet
 * @param ttl the time to live in seconds (0 to 4294967295)
 * @param aaaa the IPv6 address
 */
public record AAAAResource(Name name, int cls, long ttl, IP aaaa) implements Resource {
    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param name the name
     * @param cls the class, {@link DNSClass#INET} for the Internet
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param aaaa the IPv6 address
     */
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

    /**
     * Class {@code INET}.
     *
     * @param name the name
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param aaaa the IPv6 address
     */
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
