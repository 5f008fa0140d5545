package dev.gonet;

/**
 * Go's {@code net.UDPAddr}: the address of a UDP end point. Immutable.
 *
 * @param ip   the IP address, {@code null} for "any address" (prints as {@code :port})
 * @param port the port number
 * @param zone the IPv6 scoped addressing zone, empty when none (never {@code null})
 */
public record UDPAddr(IP ip, int port, String zone) implements Addr {

    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param ip the IP address, {@code null} for "any address" (prints as {@code :port})
     * @param port the port number
     * @param zone the IPv6 scoped addressing zone, empty when none (never {@code null})
     */
    public UDPAddr {
        zone = zone == null ? "" : zone;
    }

    /**
     * An address without a zone.
     *
     * @param ip the IP address, {@code null} for "any address" (prints as {@code :port})
     * @param port the port number
     */
    public UDPAddr(IP ip, int port) {
        this(ip, port, "");
    }

    /** Always {@code udp}, as in Go. */
    @Override
    public String network() {
        return "udp";
    }

    /** Go's {@code UDPAddr.String()}, same form as {@link TCPAddr#toString()}. */
    @Override
    public String toString() {
        return IPAddrs.hostPort(ip, zone, port);
    }
}
