package dev.gonet.http;

import java.time.Duration;
import java.util.Objects;

/**
 * The slowest a client may send a request body (Kestrel's {@code MinRequestBodyDataRate}; Go has
 * none): after {@code gracePeriod} of waiting for body data, the body must have come at
 * {@code bytesPerSecond} on average, or the handler's read fails with
 * {@link MinDataRateException} (a timeout) and the connection closes. Only time the server spends
 * waiting in a body read counts, so a handler that is slow between reads is never the client's
 * fault. {@link #DEFAULT} is Kestrel's: 240 bytes/s after 5 s.
 *
 * <p>Set for a server with {@link Server#withMinRequestBodyDataRate} (null turns it off), for one
 * request with {@link ResponseController#setMinRequestBodyDataRate}.
 *
 * @param bytesPerSecond the average rate, positive
 * @param gracePeriod    how long the rate is not checked, counted in time spent waiting for body data
 */
public record MinDataRate(long bytesPerSecond, Duration gracePeriod) {
    /** Kestrel's default: 240 bytes/s after a 5 s grace period. */
    public static final MinDataRate DEFAULT = new MinDataRate(240, Duration.ofSeconds(5));

    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param bytesPerSecond the average rate, positive
     * @param gracePeriod how long the rate is not checked, counted in time spent waiting for body data
     */
    public MinDataRate {
        Objects.requireNonNull(gracePeriod, "gracePeriod");
        if (bytesPerSecond <= 0 || gracePeriod.isNegative()) {
            throw new IllegalArgumentException("MinDataRate needs a positive rate and a grace period >= 0, got "
                    + bytesPerSecond + " bytes/s after " + gracePeriod);
        }
    }

    /** How long, in milliseconds of waiting, {@code bytes} of body may take before the rate is missed. */
    long allowedMillis(long bytes) {
        long atRate = bytes > Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : bytes * 1000 / bytesPerSecond;
        return Math.max(gracePeriod.toMillis(), atRate);
    }

    @Override
    public String toString() {
        return bytesPerSecond + " bytes/s after " + gracePeriod.toMillis() + " ms";
    }
}
