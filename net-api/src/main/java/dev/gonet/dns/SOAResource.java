package dev.gonet.dns;

import java.util.Objects;

/**
 * The start of a zone of authority (RFC 1035 section 3.3.13). In a negative answer its
 * {@code minimum} (with its own TTL) bounds how long the answer may be cached (RFC 2308).
 *
 * @param name the name
 * @param cls the class, {@link DNSClass#INET} for the Internet
 * @param ttl the time to live in seconds (0 to 4294967295)
 * @param ns the name server
 * @param mbox the administrator's mailbox, as a name
 * @param serial the zone serial number
 * @param refresh seconds before secondaries refresh the zone
 * @param retry seconds between failed refreshes
 * @param expire seconds after which secondaries stop answering
 * @param minimum the negative caching TTL, seconds
 */
public record SOAResource(Name name, int cls, long ttl, Name ns, Name mbox, long serial, long refresh, long retry,
        long expire, long minimum) implements Resource {
    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param name the name
     * @param cls the class, {@link DNSClass#INET} for the Internet
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param ns the name server
     * @param mbox the administrator's mailbox, as a name
     * @param serial the zone serial number
     * @param refresh seconds before secondaries refresh the zone
     * @param retry seconds between failed refreshes
     * @param expire seconds after which secondaries stop answering
     * @param minimum the negative caching TTL, seconds
     */
    public SOAResource {
        Objects.requireNonNull(name, "name");
        Wire.checkU16(cls, "class");
        Wire.checkU32(ttl, "ttl");
        Objects.requireNonNull(ns, "ns");
        Objects.requireNonNull(mbox, "mbox");
        Wire.checkU32(serial, "serial");
        Wire.checkU32(refresh, "refresh");
        Wire.checkU32(retry, "retry");
        Wire.checkU32(expire, "expire");
        Wire.checkU32(minimum, "minimum");
    }

    /**
     * Class {@code INET}.
     *
     * @param name the name
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param ns the name server
     * @param mbox the administrator's mailbox, as a name
     * @param serial the zone serial number
     * @param refresh seconds before secondaries refresh the zone
     * @param retry seconds between failed refreshes
     * @param expire seconds after which secondaries stop answering
     * @param minimum the negative caching TTL, seconds
     */
    public SOAResource(Name name, long ttl, Name ns, Name mbox, long serial, long refresh, long retry, long expire,
            long minimum) {
        this(name, DNSClass.INET, ttl, ns, mbox, serial, refresh, retry, expire, minimum);
    }

    /**
     * RFC 2308 section 5: a negative answer is cached for the smaller of the TTL and MINIMUM.
     *
     * @return the negative caching TTL in seconds
     */
    public long negativeTtl() {
        return Math.min(ttl, minimum);
    }

    @Override
    public int type() {
        return RRType.SOA;
    }

    @Override
    public String toString() {
        return Records.head(this) + ns + " " + mbox + " " + serial + " " + refresh + " " + retry + " " + expire + " "
                + minimum;
    }
}
