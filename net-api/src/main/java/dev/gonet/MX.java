package dev.gonet;

/**
 * Go's {@code net.MX}: a mail exchanger. {@code host} is fully qualified with a trailing dot
 * ({@code .} alone is RFC 7505's null MX); {@code pref} is 0-65535, lower preferred.
 */
public record MX(String host, int pref) {
    public MX {
        java.util.Objects.requireNonNull(host, "host");
        if (pref < 0 || pref > 0xffff) {
            throw new IllegalArgumentException("pref out of range 0-65535: " + pref);
        }
    }
}
