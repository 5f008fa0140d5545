package dev.gonet.dns;

import java.util.Objects;

/**
 * A record of a type this package does not decode: its RDATA as bytes (RFC 3597).
 *
 * @param name the name
 * @param type the type
 * @param cls the class, {@link DNSClass#INET} for the Internet
 * @param ttl the time to live in seconds (0 to 4294967295)
 * @param rdata the rdata
 */
public record UnknownResource(Name name, int type, int cls, long ttl, ByteString rdata) implements Resource {
    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param name the name
     * @param type the type
     * @param cls the class, {@link DNSClass#INET} for the Internet
     * @param ttl the time to live in seconds (0 to 4294967295)
     * @param rdata the rdata
     */
    public UnknownResource {
        Objects.requireNonNull(name, "name");
        Wire.checkU16(type, "type");
        Wire.checkU16(cls, "class");
        Wire.checkU32(ttl, "ttl");
        Objects.requireNonNull(rdata, "rdata");
        if (rdata.size() > 0xffff) {
            throw new IllegalArgumentException(Wire.RES_TOO_LONG + ": " + rdata.size() + " bytes");
        }
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(name + " " + ttl + " CLASS" + cls + " " + RRType.name(type) + " \\# "
                + rdata.size());
        if (rdata.size() > 0) {
            s.append(' ');
            for (int i = 0; i < rdata.size(); i++) {
                s.append(Character.forDigit(rdata.byteAt(i) >> 4, 16)).append(Character.forDigit(rdata.byteAt(i) & 15, 16));
            }
        }
        return s.toString();
    }
}
