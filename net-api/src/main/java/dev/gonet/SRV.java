package dev.gonet;

/**
 * Go's {@code net.SRV}: one service location (RFC 2782). {@code target} is fully qualified with
 * a trailing dot; the numbers are 0-65535.
 *
 * @param target the target name
 * @param port the port number
 * @param priority the priority, lower first
 * @param weight the weight among equal priorities
 */
public record SRV(String target, int port, int priority, int weight) {
    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param target the target name
     * @param port the port number
     * @param priority the priority, lower first
     * @param weight the weight among equal priorities
     */
    public SRV {
        java.util.Objects.requireNonNull(target, "target");
        check(port, "port");
        check(priority, "priority");
        check(weight, "weight");
    }

    private static void check(int v, String what) {
        if (v < 0 || v > 0xffff) {
            throw new IllegalArgumentException(what + " out of range 0-65535: " + v);
        }
    }
}
