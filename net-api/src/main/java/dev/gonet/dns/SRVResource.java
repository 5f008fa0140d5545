package dev.gonet.dns;

import java.util.Objects;

/**
 * A service location (RFC 2782). The target is written uncompressed, as the RFC requires; a
 * compressed one is still read (Go's {@code dnsmessage} refuses it, real servers send it).
 *
 * @param name the name
 * @param cls the class, {@link DNSClass#INET} for the Internet
 * @param ttl the time to live in seconds (0 to 4294967295)
 * @param priority the priority, lower first
 * @param weight the weight among equal priorities
 * @param port the port number
 * @param target the target name
 */
public record SRVResource(Name name, int cls, long ttl, int priority, int weight, int port, Name target)
        implements Resource {
    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param name the name
     * @param cls the class, {@link DNSClass#INET} for the Internet
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param priority the priority, lower first
     * @param weight the weight among equal priorities
     * @param port the port number
     * @param target the target name
     */
    public SRVResource {
        Objects.requireNonNull(name, "name");
        Wire.checkU16(cls, "class");
        Wire.checkU32(ttl, "ttl");
        Wire.checkU16(priority, "priority");
        Wire.checkU16(weight, "weight");
        Wire.checkU16(port, "port");
        Objects.requireNonNull(target, "target");
    }

    /**
     * Class {@code INET}.
     *
     * @param name the name
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param priority the priority, lower first
     * @param weight the weight among equal priorities
     * @param port the port number
     * @param target the target name
     */
    public SRVResource(Name name, long ttl, int priority, int weight, int port, Name target) {
        this(name, DNSClass.INET, ttl, priority, weight, port, target);
    }

    @Override
    public int type() {
        return RRType.SRV;
    }

    @Override
    public String toString() {
        return Records.head(this) + priority + " " + weight + " " + port + " " + target;
    }
}
