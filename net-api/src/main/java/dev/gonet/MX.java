package dev.gonet;

/**
 * Go's {@code net.MX}: a mail exchanger. {@code host} is fully qualified with a trailing dot
 * ({@code .} alone is RFC 7505's null MX); {@code pref} is 0-65535, lower preferred.
 *
 * @param host the host name or IP literal
 * @param pref the preference, lower first
 */
public record MX(String host, int pref) {
    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param host the host name or IP literal
     * @param pref the preference, lower first
     */
    public MX {
        java.util.Objects.requireNonNull(host, "host");
        if (pref < 0 || pref > 0xffff) {
            throw new IllegalArgumentException("pref out of range 0-65535: " + pref);
        }
    }
}
