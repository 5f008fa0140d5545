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
 */
public record OPTResource(int udpSize, int extendedRcode, int version, int flags, List<Option> options)
        implements Resource {
    /** The DNSSEC OK flag bit. */
    public static final int DO = 0x8000;
    /** RFC 7830's padding option code. */
    public static final int PADDING = 12;

    /** One option: a 16-bit code and its data. */
    public record Option(int code, ByteString data) {
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

    public OPTResource {
        Wire.checkU16(udpSize, "UDP payload size");
        Wire.checkU8(extendedRcode, "extended RCODE");
        Wire.checkU8(version, "version");
        Wire.checkU16(flags, "flags");
        options = List.copyOf(options);
    }

    /** Version 0, no extended RCODE, the DO bit as given, no options. */
    public OPTResource(int udpSize, boolean dnssecOk) {
        this(udpSize, 0, 0, dnssecOk ? DO : 0, List.of());
    }

    public boolean dnssecOk() {
        return (flags & DO) != 0;
    }

    /** The first option with {@code code}, or {@code null}. */
    public Option option(int code) {
        for (Option o : options) {
            if (o.code() == code) {
                return o;
            }
        }
        return null;
    }

    /** This record with every option of {@code code} removed. */
    public OPTResource without(int code) {
        List<Option> kept = new ArrayList<>();
        for (Option o : options) {
            if (o.code() != code) {
                kept.add(o);
            }
        }
        return new OPTResource(udpSize, extendedRcode, version, flags, kept);
    }

    /** This record with {@code o} appended. */
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
