package dev.gonet.dns;

import java.util.Objects;

/**
 * A mail exchanger with its preference, lower first (RFC 1035 section 3.3.9).
 *
 * @param name the name
 * @param cls the class, {@link DNSClass#INET} for the Internet
 * @param ttl the time to live in seconds (0 to 4294967295)
 * @param preference the preference, lower first
 * @param mx the mail exchanger host
 */
public record MXResource(Name name, int cls, long ttl, int preference, Name mx) implements Resource {
    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param name the name
     * @param cls the class, {@link DNSClass#INET} for the Internet
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param preference the preference, lower first
     * @param mx the mail exchanger host
     */
    public MXResource {
        Objects.requireNonNull(name, "name");
        Wire.checkU16(cls, "class");
        Wire.checkU32(ttl, "ttl");
        Wire.checkU16(preference, "preference");
        Objects.requireNonNull(mx, "mx");
    }

    /**
     * Class {@code INET}.
     *
     * @param name the name
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param preference the preference, lower first
     * @param mx the mail exchanger host
     */
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
