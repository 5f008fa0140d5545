package dev.gonet;

/** Go's {@code net.NS}: a name server, fully qualified with a trailing dot. */
public record NS(String host) {
    public NS {
        java.util.Objects.requireNonNull(host, "host");
    }
}
