package dev.gonet;

import java.io.IOException;

/**
 * Go's {@code AddrError} and {@code ParseError}: an address that cannot be used as given.
 *
 * <p>Texts are Go's: {@code address 1.2.3.4: missing port in address} for an address error,
 * {@code invalid CIDR address: 1.2.3.4/33} for a parse error.
 */
public final class AddrException extends IOException implements NetError {
    /** What {@link #err()} returns. */
    private final String err;
    /** What {@link #addr()} returns. */
    private final String addr;

    /**
     * Go's {@code &AddrError{Err: err, Addr: addr}}; {@code addr} may be empty.
     *
     * @param err what is wrong
     * @param addr the address
     */
    public AddrException(String err, String addr) {
        super(addr == null || addr.isEmpty() ? err : "address " + addr + ": " + err);
        this.err = err;
        this.addr = addr == null ? "" : addr;
    }

    private AddrException(String message, String err, String addr) {
        super(message);
        this.err = err;
        this.addr = addr;
    }

    /**
     * {@return Go's {@code &ParseError{Type: type, Text: text}}: {@code invalid <type>: <text>}}
     *
     * @param type what was being parsed, e.g. {@code IP address}
     * @param text the text that failed to parse
     */
    public static AddrException parse(String type, String text) {
        return new AddrException("invalid " + type + ": " + text, "invalid " + type, text);
    }

    /** {@return the reason alone, e.g. {@code missing port in address}} */
    public String err() {
        return err;
    }

    /** {@return the offending address as given, possibly empty} */
    public String addr() {
        return addr;
    }

    @Override
    public boolean isTimeout() {
        return false;
    }
}
