package dev.gonet.dns;

/** Resource record type codes (RFC 1035, 3596, 2782, 6891) and their mnemonics. */
public final class RRType {
    public static final int A = 1;
    public static final int NS = 2;
    public static final int CNAME = 5;
    public static final int SOA = 6;
    public static final int PTR = 12;
    public static final int MX = 15;
    public static final int TXT = 16;
    public static final int AAAA = 28;
    public static final int SRV = 33;
    public static final int OPT = 41;
    /** Question type only: every type (RFC 8482 lets servers answer it minimally). */
    public static final int ANY = 255;

    private RRType() {
    }

    /** The mnemonic ({@code AAAA}), or {@code TYPE<n>} (RFC 3597) for other codes. */
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

    /** The code of a mnemonic or {@code TYPE<n>}, ignoring case; -1 when unknown. */
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
