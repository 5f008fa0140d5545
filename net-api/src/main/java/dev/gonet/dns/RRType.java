package dev.gonet.dns;

/** Resource record type codes (RFC 1035, 3596, 2782, 6891) and their mnemonics. */
public final class RRType {
    /** Type 1: an IPv4 address. */
    public static final int A = 1;
    /** Type 2: an authoritative name server. */
    public static final int NS = 2;
    /** Type 5: the canonical name of an alias. */
    public static final int CNAME = 5;
    /** Type 6: the start of a zone of authority. */
    public static final int SOA = 6;
    /** Type 12: a domain name pointer (reverse lookups). */
    public static final int PTR = 12;
    /** Type 15: a mail exchanger. */
    public static final int MX = 15;
    /** Type 16: text strings. */
    public static final int TXT = 16;
    /** Type 28: an IPv6 address (RFC 3596). */
    public static final int AAAA = 28;
    /** Type 33: a service location (RFC 2782). */
    public static final int SRV = 33;
    /** Type 41: the EDNS(0) pseudo-record (RFC 6891). */
    public static final int OPT = 41;
    /** Question type only: every type (RFC 8482 lets servers answer it minimally). */
    public static final int ANY = 255;

    private RRType() {
    }

    /**
     * {@return the mnemonic ({@code AAAA}), or {@code TYPE<n>} (RFC 3597) for other codes}
     *
     * @param type the record type
     */
    public static String name(int type) {
        return switch (type) {
            case A -> "A";
            case NS -> "NS";
            case CNAME -> "CNAME";
            case SOA -> "SOA";
            case PTR -> "PTR";
            case MX -> "MX";
            case TXT -> "TXT";
            case AAAA -> "AAAA";
            case SRV -> "SRV";
            case OPT -> "OPT";
            case ANY -> "ANY";
            default -> "TYPE" + type;
        };
    }

    /**
     * {@return the code of a mnemonic or {@code TYPE<n>}, ignoring case; -1 when unknown}
     *
     * @param s the type name, e.g. {@code AAAA}
     */
    public static int parse(String s) {
        String u = s.toUpperCase(java.util.Locale.ROOT);
        for (int t : new int[] {A, NS, CNAME, SOA, PTR, MX, TXT, AAAA, SRV, OPT, ANY}) {
            if (name(t).equals(u)) {
                return t;
            }
        }
        if (u.startsWith("TYPE") && u.length() > 4 && u.length() <= 9) {
            int v = 0;
            for (int i = 4; i < u.length(); i++) {
                char c = u.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v <= 0xffff ? v : -1;
        }
        return -1;
    }
}
