package dev.gonet.dns;

/**
 * A message header's flags (RFC 1035 section 4.1.1, RFC 4035 for AD and CD) as Go's
 * {@code dnsmessage.Header}; {@code rcode} is the header's own 4 bits (see
 * {@link Message#rcode()} for the extended value).
 *
 * @param id the message ID
 * @param response the {@code QR} flag: whether this is a response
 * @param opcode the opcode
 * @param authoritative whether the answer is authoritative
 * @param truncated the {@code TC} flag: whether the message was truncated
 * @param recursionDesired the {@code RD} flag: whether recursion is asked for
 * @param recursionAvailable the {@code RA} flag: whether the server offers recursion
 * @param authenticData the {@code AD} flag: whether the data was authenticated
 * @param checkingDisabled the {@code CD} flag: whether DNSSEC checking is off
 * @param rcode the response code, up to 12 bits (above 4 bits it travels in the OPT record)
 */
public record Header(int id, boolean response, int opcode, boolean authoritative, boolean truncated,
        boolean recursionDesired, boolean recursionAvailable, boolean authenticData, boolean checkingDisabled,
        int rcode) {
    static final int QR = 0x8000;
    static final int AA = 0x0400;
    static final int TC = 0x0200;
    static final int RD = 0x0100;
    static final int RA = 0x0080;
    static final int AD = 0x0020;
    static final int CD = 0x0010;

    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param id the message ID
     * @param response the {@code QR} flag: whether this is a response
     * @param opcode the opcode
     * @param authoritative whether the answer is authoritative
     * @param truncated the {@code TC} flag: whether the message was truncated
     * @param recursionDesired the {@code RD} flag: whether recursion is asked for
     * @param recursionAvailable the {@code RA} flag: whether the server offers recursion
     * @param authenticData the {@code AD} flag: whether the data was authenticated
     * @param checkingDisabled the {@code CD} flag: whether DNSSEC checking is off
     * @param rcode the response code, up to 12 bits (above 4 bits it travels in the OPT record)
     */
    public Header {
        Wire.checkU16(id, "id");
        if (opcode < 0 || opcode > 15) {
            throw new IllegalArgumentException("opcode out of range 0-15: " + opcode);
        }
        if (rcode < 0 || rcode > 15) {
            throw new IllegalArgumentException("header rcode out of range 0-15: " + rcode);
        }
    }

    static Header fromBits(int id, int bits) {
        return new Header(id, (bits & QR) != 0, bits >> 11 & 0xF, (bits & AA) != 0, (bits & TC) != 0,
                (bits & RD) != 0, (bits & RA) != 0, (bits & AD) != 0, (bits & CD) != 0, bits & 0xF);
    }

    int bits() {
        return (response ? QR : 0) | opcode << 11 | (authoritative ? AA : 0) | (truncated ? TC : 0)
                | (recursionDesired ? RD : 0) | (recursionAvailable ? RA : 0) | (authenticData ? AD : 0)
                | (checkingDisabled ? CD : 0) | rcode;
    }
}
