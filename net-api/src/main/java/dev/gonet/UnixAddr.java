package dev.gonet;

/**
 * Go's {@code net.UnixAddr}: the address of a Unix domain socket end point. Immutable.
 *
 * @param name the socket path (or abstract name); may be empty for an unbound client end
 * @param net  {@code unix}, {@code unixgram} or {@code unixpacket}
 */
public record UnixAddr(String name, String net) implements Addr {

    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param name the socket path (or abstract name); may be empty for an unbound client end
     * @param net {@code unix}, {@code unixgram} or {@code unixpacket}
     */
    public UnixAddr {
        name = name == null ? "" : name;
        if (!"unix".equals(net) && !"unixgram".equals(net) && !"unixpacket".equals(net)) {
            throw new IllegalArgumentException("unknown network " + net);
        }
    }

    @Override
    public String network() {
        return net;
    }

    /** Go prints the name alone. */
    @Override
    public String toString() {
        return name;
    }
}
