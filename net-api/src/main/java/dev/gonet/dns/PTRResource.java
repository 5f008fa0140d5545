package dev.gonet.dns;

import java.util.Objects;

/**
 * A pointer to another name, as used for reverse lookups under {@code in-addr.arpa} (RFC 1035 section 3.3.12).
 *
 * @param name the name
 * @param cls the class, {@link DNSClass#INET} for the Internet
 * @param ttl the time to live in seconds (0 to 4294967295)
 * @param ptr the name the address points to
 */
public record PTRResource(Name name, int cls, long ttl, Name ptr) implements Resource {
    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param name the name
     * @param cls the class, {@link DNSClass#INET} for the Internet
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param ptr the name the address points to
     */
    public PTRResource {
        Objects.requireNonNull(name, "name");
        Wire.checkU16(cls, "class");
        Wire.checkU32(ttl, "ttl");
        Objects.requireNonNull(ptr, "ptr");
    }

    /**
     * Class {@code INET}.
     *
     * @param name the name
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param ptr the name the address points to
     */
    public PTRResource(Name name, long ttl, Name ptr) {
        this(name, DNSClass.INET, ttl, ptr);
    }

    @Override
    public int type() {
        return RRType.PTR;
    }

    @Override
    public String toString() {
        return Records.head(this) + ptr;
    }
}
