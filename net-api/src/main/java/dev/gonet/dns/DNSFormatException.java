package dev.gonet.dns;

import java.io.IOException;

/**
 * A DNS message, name or record that cannot be read or written: truncated or malformed wire
 * bytes, a compression pointer that does not point backwards, a label over 63 or a name over 255
 * bytes, RDATA whose length disagrees with its contents, or a value too large to encode.
 *
 * <p>Texts are those of Go's {@code golang.org/x/net/dns/dnsmessage} where Go has the same check
 * ({@code insufficient data for base length type}, {@code segment prefix is reserved},
 * {@code too many pointers (>10)}, ...), with Go's context prefixes
 * ({@code unpacking Question.Name: ...}); {@link #reason()} is the innermost text without them.
 */
public final class DNSFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** What {@link #reason()} returns. */
    private final String reason;

    /**
     * An error with no context yet.
     *
     * @param reason the reason text
     */
    public DNSFormatException(String reason) {
        super(reason);
        this.reason = reason;
    }

    private DNSFormatException(String context, DNSFormatException inner) {
        super(context + ": " + inner.getMessage(), inner);
        this.reason = inner.reason;
    }

    /**
     * {@return this error under a context, as Go's {@code nestedError}: {@code context: message}}
     *
     * @param context the context
     */
    public DNSFormatException in(String context) {
        return new DNSFormatException(context, this);
    }

    /** {@return the innermost text, without context prefixes, e.g. {@code too many pointers (>10)}} */
    public String reason() {
        return reason;
    }
}
