package dev.gonet.dns;

/**
 * A resource record: the owner name, type, class and TTL every record has, and the type's data
 * in the implementing record's own fields. Each type this package knows is its own record with
 * value equality; any other type is an {@link UnknownResource} holding its RDATA bytes, so a
 * message read and written again keeps every record.
 *
 * <p>Records are immutable and validate their fields when built (16-bit values 0-65535, TTLs
 * 0-4294967295, A addresses IPv4, AAAA addresses 16 bytes).
 */
public sealed interface Resource permits AResource, AAAAResource, CNAMEResource, PTRResource, NSResource,
        MXResource, SRVResource, TXTResource, SOAResource, OPTResource, UnknownResource {

    /** {@return the owner name} */
    Name name();

    /** {@return the type code ({@link RRType})} */
    int type();

    /** {@return the class ({@link DNSClass}); for OPT, the UDP payload size} */
    int cls();

    /**
     * Seconds the record may be cached, 0-4294967295; for OPT, the extended RCODE and flags.
     *
     * @return the TTL in seconds
     */
    long ttl();
}
