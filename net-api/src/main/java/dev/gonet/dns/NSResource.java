package dev.gonet.dns;

import java.util.Objects;

/**
 * A name server for the zone {@code name} (RFC 1035 section 3.3.11).
 *
 * @param name the name
 * @param cls the class, {@link DNSClass#INET} for the Internet
 * @param ttl the time to live in seconds (0 to 4294967295)
 * @param ns the name server
 */
public record NSResource(Name name, int cls, long ttl, Name ns) implements Resource {
    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param name the name
     * @param cls the class, {@link DNSClass#INET} for the Internet
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param ns the name server
     */
    public NSResource {
        Objects.requireNonNull(name, "name");
        Wire.checkU16(cls, "class");
        Wire.checkU32(ttl, "ttl");
        Objects.requireNonNull(ns, "ns");
    }

    /**
     * Class {@code INET}.
     *
     * @param name the name
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param ns the name server
     */
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
