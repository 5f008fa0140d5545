package dev.gonet.dns;

/** Class codes (RFC 1035 section 3.2.4). Everything this package answers is {@link #INET}. */
public final class DNSClass {
    /** 1: the Internet class, {@code IN}. */
    public static final int INET = 1;
    /** 3: the Chaos class, {@code CH} (used for server identity queries). */
    public static final int CHAOS = 3;
    /** Question class only. */
    public static final int ANY = 255;

    private DNSClass() {
    }
}
