package dev.gonet.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The EDNS(0) pseudo-record (RFC 6891): owner name the root, class the UDP payload size the
 * sender accepts, TTL the upper 8 bits of the 12-bit RCODE, the EDNS version and the flags
 * ({@link #DO} is DNSSEC OK), and RDATA a list of options such as padding (RFC 7830, code
 * {@link #PADDING}). {@link Message#rcode()} combines {@code extendedRcode} with the header's 4
 * bits; a message's builder keeps the two consistent.
 *
 * @param udpSize the largest UDP payload the sender accepts
 * @param extendedRcode the upper 8 bits of the 12-bit response code
 * @param version the EDNS version, 0
 * @param flags the EDNS flags ({@code DO} is the top bit)
 * @param options the EDNS options
 */
public record OPTResource(int udpSize, int extendedRcode, int version, int flags, List<Option> options)
        implements Resource {
    /** The DNSSEC OK flag bit. */
    public static final int DO = 0x8000;
    /** RFC 7830's padding option code. */
    public static final int PADDING = 12;

    /**
     * One option: a 16-bit code and its data.
     *
     * @param code the option code
     * @param data the option data
     */
    public record Option(int code, ByteString data) {
        /**
         * Checks and normalizes the components, as the class comment says.
         *
         * @param code the option code
         * @param data the option data
         */
        public Option {
            Wire.checkU16(code, "option code");
            Objects.requireNonNull(data, "data");
            Wire.checkU16(data.size(), "option length");
        }

        @Override
        public String toString() {
            return (code == PADDING ? "PADDING" : "OPT" + code) + "(" + data.size() + " bytes)";
        }
    }

    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param udpSize the largest UDP payload the sender accepts
     * @param extendedRcode the upper 8 bits of the 12-bit response code
     * @param version the EDNS version, 0
     * @param flags the EDNS flags ({@code DO} is the top bit)
     * @param options the EDNS options
     */
    public OPTResource {
        Wire.checkU16(udpSize, "UDP payload size");
        Wire.checkU8(extendedRcode, "extended RCODE");
        Wire.checkU8(version, "version");
        Wire.checkU16(flags, "flags");
        options = List.copyOf(options);
    }

    /**
     * Version 0, no extended RCODE, the DO bit as given, no options.
     *
     * @param udpSize the largest UDP payload the sender accepts
     * @param dnssecOk the {@code DO} bit
     */
    public OPTResource(int udpSize, boolean dnssecOk) {
        this(udpSize, 0, 0, dnssecOk ? DO : 0, List.of());
    }

    /** {@return the {@code DO} bit: whether the sender understands DNSSEC records} */
    public boolean dnssecOk() {
        return (flags & DO) != 0;
    }

    /**
     * {@return the first option with {@code code}, or {@code null}}
     *
     * @param code the option code
     */
    public Option option(int code) {
        for (Option o : options) {
            if (o.code() == code) {
                return o;
            }
        }
        return null;
    }

    /**
     * {@return this record with every option of {@code code} removed}
     *
     * @param code the option code
     */
    public OPTResource without(int code) {
        List<Option> kept = new ArrayList<>();
        for (Option o : options) {
            if (o.code() != code) {
                kept.add(o);
            }
        }
        return new OPTResource(udpSize, extendedRcode, version, flags, kept);
    }

    /**
     * {@return this record with {@code o} appended}
     *
     * @param o the option to add
     */
    public OPTResource with(Option o) {
        List<Option> all = new ArrayList<>(options);
        all.add(o);
        return new OPTResource(udpSize, extendedRcode, version, flags, all);
    }

    OPTResource withExtendedRcode(int ext) {
        return new OPTResource(udpSize, ext, version, flags, options);
    }

    @Override
    public Name name() {
        return Name.ROOT;
    }

    @Override
    public int type() {
        return RRType.OPT;
    }

    @Override
    public int cls() {
        return udpSize;
    }

    @Override
    public long ttl() {
        return (long) extendedRcode << 24 | (long) version << 16 | flags;
    }

    @Override
    public String toString() {
        return "; EDNS: version " + version + ", flags" + (dnssecOk() ? " do" : "") + ", udp " + udpSize
                + (options.isEmpty() ? "" : ", " + options);
    }
}
