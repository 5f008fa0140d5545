package dev.gonet.dns;

import dev.gonet.IP;
import java.util.Objects;

/**
 * An IPv4 address record (RFC 1035 section 3.4.1). {@code a} is kept in its 4-byte form.
 *
 * @param name the name
 * @param cls the class, {@link DNSClass#INET} for the Internet
 * @param ttl the time to live in seconds (0 to 4294967295)
 * @param a the IPv4 address
 */
public record AResource(Name name, int cls, long ttl, IP a) implements Resource {
    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param name the name
     * @param cls the class, {@link DNSClass#INET} for the Internet
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param a the IPv4 address
     */
    public AResource {
        Objects.requireNonNull(name, "name");
        Wire.checkU16(cls, "class");
        Wire.checkU32(ttl, "ttl");
        IP v4 = Objects.requireNonNull(a, "a").to4();
        if (v4 == null) {
            throw new IllegalArgumentException("A record needs an IPv4 address: " + a);
        }
        a = v4.length() == IP.IPv4len ? v4 : IP.of(v4.bytes());
    }

    /**
     * Class {@code INET}.
     *
     * @param name the name
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param a the IPv4 address
     */
    public AResource(Name name, long ttl, IP a) {
        this(name, DNSClass.INET, ttl, a);
    }

    @Override
    public int type() {
        return RRType.A;
    }

    @Override
    public String toString() {
        return Records.head(this) + a;
    }
}
