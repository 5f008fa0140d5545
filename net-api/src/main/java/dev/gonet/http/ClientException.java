package dev.gonet.http;

import dev.gonet.NetError;
import dev.gonet.internal.Ascii;
import java.io.IOException;

/**
 * Go's {@code url.Error} as the {@link Client} returns it: the operation (the method with its
 * first letter only upper case, e.g. {@code Get}, {@code Post}), the URL (password replaced by
 * {@code ***}) and the cause: {@code Get "http://127.0.0.1:1/": dial tcp 127.0.0.1:1: connect:
 * connection refused}.
 *
 * <p>{@link #isTimeout()} is true when the cause was a timeout: a dial, read or write deadline,
 * the {@link Client}'s timeout ({@code context deadline exceeded (Client.Timeout exceeded while
 * awaiting headers)}) or the transport's response header timeout.
 */
public final class ClientException extends IOException implements NetError {
    /** What {@link #op()} returns. */
    private final String op;
    /** What {@link #url()} returns. */
    private final String url;
    /** What {@link #response()} returns. */
    private Response response;

    ClientException(String op, String url, Throwable cause) {
        super(op + " " + Ascii.quote(url) + ": " + cause.getMessage(), cause);
        this.op = op;
        this.url = url;
    }

    /**
     * {@code Get}, {@code Post}, ...: Go's {@code urlErrorOp}.
     *
     * @return the operation: {@code Get}, {@code Post}, ...
     */
    public String op() {
        return op;
    }

    /** {@return the URL of the request that failed (for a refused redirect, the Location)} */
    public String url() {
        return url;
    }

    /**
     * {@return the last response when a {@link CheckRedirect} policy refused to follow it (its body is
     *   closed), as Go's {@code Do} returns both; null otherwise}
     */
    public Response response() {
        return response;
    }

    ClientException withResponse(Response r) {
        response = r;
        return this;
    }

    @Override
    public boolean isTimeout() {
        return getCause() instanceof NetError ne && ne.isTimeout();
    }

    /** Go's {@code urlErrorOp}: {@code Get} for GET; a method with non-ASCII bytes unchanged. */
    static String op(String method) {
        if (method.isEmpty()) {
            return "Get";
        }
        for (int i = 0; i < method.length(); i++) {
            if (method.charAt(i) >= 0x80) {
                return method;
            }
        }
        return method.charAt(0) + Ascii.toLower(method.substring(1));
    }
}
