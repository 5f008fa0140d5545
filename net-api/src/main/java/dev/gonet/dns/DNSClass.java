package dev.gonet.dns;

/** Class codes (RFC 1035 section 3.2.4). Everything this package answers is {@link #INET}. */
public final class DNSClass {
    public static final int INET = 1;
    public static final int CHAOS = 3;
    /** Question class only. */
    public static final int ANY = 255;

    private DNSClass() {
    }
}
