package dev.gonet.dns;

/** Error texts (Go's {@code dnsmessage} ones where Go has the check) and range checks. */
final class Wire {
    static final String BASE_LEN = "insufficient data for base length type";
    static final String CALC_LEN = "insufficient data for calculated length type";
    static final String RESERVED = "segment prefix is reserved";
    static final String TOO_MANY_PTR = "too many pointers (>10)";
    static final String INVALID_PTR = "invalid pointer";
    static final String FORWARD_PTR = "compression pointer does not point backwards";
    static final String RESOURCE_LEN = "insufficient data for resource body length";
    static final String BODY_LEN_MISMATCH = "resource body length does not match its contents";
    static final String RES_TOO_LONG = "resource length too long";
    static final String STRING_TOO_LONG = "character string exceeds maximum length (255)";
    static final String MESSAGE_TOO_LONG = "message too long (>65535 bytes)";
    static final String COUNTS_TOO_LARGE = "section counts exceed the message size";
    /** Go follows at most 10 compression pointers in one name. */
    static final int MAX_POINTERS = 10;
    static final int MAX_MESSAGE = 65535;
    static final int HEADER_LEN = 12;

    private Wire() {
    }

    static void checkU16(int v, String what) {
        if (v < 0 || v > 0xffff) {
            throw new IllegalArgumentException(what + " out of range 0-65535: " + v);
        }
    }

    static void checkU8(int v, String what) {
        if (v < 0 || v > 0xff) {
            throw new IllegalArgumentException(what + " out of range 0-255: " + v);
        }
    }

    static void checkU32(long v, String what) {
        if (v < 0 || v > 0xffffffffL) {
            throw new IllegalArgumentException(what + " out of range 0-4294967295: " + v);
        }
    }
}
