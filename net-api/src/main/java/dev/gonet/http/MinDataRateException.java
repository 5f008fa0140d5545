package dev.gonet.http;

import dev.gonet.NetError;
import java.io.IOException;

/**
 * A request body came slower than the server's {@link MinDataRate}: the read that waited past
 * the rate fails with this, a timeout ({@link #isTimeout()}), and the connection closes after the
 * response (a handler that lets it escape before answering gets 408). The cause is the
 * connection's own {@code i/o timeout}.
 */
public final class MinDataRateException extends IOException implements NetError {
    /** What {@link #rate()} returns. */
    private final MinDataRate rate;

    MinDataRateException(MinDataRate rate, long bytes, long waitedMillis, Throwable cause) {
        super("http: request body data arrived too slowly: " + bytes + " bytes in " + waitedMillis
                + " ms of waiting, minimum " + rate, cause);
        this.rate = rate;
    }

    /** {@return the rate that was missed} */
    public MinDataRate rate() {
        return rate;
    }

    @Override
    public boolean isTimeout() {
        return true;
    }
}
