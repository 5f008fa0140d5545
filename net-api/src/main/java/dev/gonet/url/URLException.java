package dev.gonet.url;

import dev.gonet.NetError;
import dev.gonet.internal.Ascii;
import java.io.IOException;

/**
 * Go's {@code url.Error} and the errors it wraps ({@code url.EscapeError},
 * {@code url.InvalidHostError}, and the plain parse errors).
 *
 * <p>A wrapped error prints as Go's does: {@code parse "http://a b": invalid character " " in
 * host name}; the bare reason ({@link #err()}) is what escape functions throw alone:
 * {@code invalid URL escape "%zz"}. {@link #op()} and {@link #url()} are empty for a bare one.
 */
public final class URLException extends IOException implements NetError {
    /** What {@link #op()} returns. */
    private final String op;
    /** What {@link #url()} returns. */
    private final String url;
    /** What {@link #err()} returns. */
    private final String err;
    /** What {@link #isTooManyParams()} returns. */
    private final boolean tooManyParams;

    private URLException(String op, String url, String err, boolean tooManyParams) {
        super(op.isEmpty() ? err : op + " " + Ascii.quote(url) + ": " + err);
        this.op = op;
        this.url = url;
        this.err = err;
        this.tooManyParams = tooManyParams;
    }

    private URLException(String op, String url, String err) {
        this(op, url, err, false);
    }

    /** A bare reason, e.g. {@code missing protocol scheme}. */
    static URLException of(String err) {
        return new URLException("", "", err);
    }

    /** Go's error for more parameters than {@link Values#parseQuery(String, int)} allows. */
    static URLException tooManyParams() {
        return new URLException("", "", Values.TOO_MANY_PARAMS, true);
    }

    /**
     * {@return whether this is the parameter cap's error ({@link Values#TOO_MANY_PARAMS}): a query or form
     *   with more parameters than allowed (Go returns it with no values at all)}
     */
    public boolean isTooManyParams() {
        return tooManyParams;
    }

    /** Go's {@code EscapeError}: {@code invalid URL escape "%zz"}. */
    static URLException escape(String s) {
        return of("invalid URL escape " + Ascii.quote(s));
    }

    /** Go's {@code InvalidHostError}: {@code invalid character " " in host name}. */
    static URLException invalidHost(String s) {
        return of("invalid character " + Ascii.quote(s) + " in host name");
    }

    /** Go's {@code &url.Error{op, url, err}}. */
    static URLException wrap(String op, String url, URLException cause) {
        return new URLException(op, url, cause.err);
    }

    /** {@return the operation, {@code parse}, or empty for a bare reason} */
    public String op() {
        return op;
    }

    /** {@return the URL text that failed, as given; empty for a bare reason} */
    public String url() {
        return url;
    }

    /** {@return the reason alone, e.g. {@code invalid URL escape "%zz"}} */
    public String err() {
        return err;
    }

    @Override
    public boolean isTimeout() {
        return false;
    }
}
