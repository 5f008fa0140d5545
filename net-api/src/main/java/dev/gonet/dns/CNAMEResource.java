package dev.gonet.dns;

import java.util.Objects;

/**
 * An alias: {@code name} is another name for {@code cname} (RFC 1035 section 3.3.1).
 *
 * @param name the name
 * @param cls the class, {@link DNSClass#INET} for the Internet
 * @param ttl the time to live in seconds (0 to 4294967295)
 * @param cname the canonical name
 */
public record CNAMEResource(Name name, int cls, long ttl, Name cname) implements Resource {
    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param name the name
     * @param cls the class, {@link DNSClass#INET} for the Internet
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param cname the canonical name
     */
    public CNAMEResource {
        Objects.requireNonNull(name, "name");
        Wire.checkU16(cls, "class");
        Wire.checkU32(ttl, "ttl");
        Objects.requireNonNull(cname, "cname");
    }

    /**
     * Class {@code INET}.
     *
     * @param name the name
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param cname the canonical name
     */
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
