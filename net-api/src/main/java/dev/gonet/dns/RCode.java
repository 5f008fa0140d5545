package dev.gonet.dns;

/**
 * Response codes (RFC 1035, 6891): the 4 bits of the header, extended to 12 bits by the OPT
 * record. Names as Go's {@code dnsmessage} ({@code RCodeNameError} is NXDOMAIN).
 */
public final class RCode {
    /** 0: no error (NOERROR). */
    public static final int SUCCESS = 0;
    /** 1: the server could not read the query (FORMERR). */
    public static final int FORMAT_ERROR = 1;
    /** 2: the server failed to answer (SERVFAIL). */
    public static final int SERVER_FAILURE = 2;
    /** NXDOMAIN: the name does not exist. */
    public static final int NAME_ERROR = 3;
    /** 4: the server does not support the query (NOTIMP). */
    public static final int NOT_IMPLEMENTED = 4;
    /** 5: the server refuses to answer (REFUSED). */
    public static final int REFUSED = 5;
    /** Extended (needs OPT): the EDNS version is not supported. */
    public static final int BAD_VERSION = 16;

    private RCode() {
    }

    /**
     * {@return the mnemonic as dig prints it ({@code NXDOMAIN}), or {@code RCODE<n>}}
     *
     * @param rcode the response code
     */
    public static String name(int rcode) {
        return switch (rcode) {
            case SUCCESS -> "NOERROR";
            case FORMAT_ERROR -> "FORMERR";
            case SERVER_FAILURE -> "SERVFAIL";
            case NAME_ERROR -> "NXDOMAIN";
            case NOT_IMPLEMENTED -> "NOTIMP";
            case REFUSED -> "REFUSED";
            case BAD_VERSION -> "BADVERS";
            default -> "RCODE" + rcode;
        };
    }
}
