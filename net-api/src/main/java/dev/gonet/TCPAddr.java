package dev.gonet;

/**
 * Go's {@code net.TCPAddr}: the address of a TCP end point. Immutable.
 *
 * @param ip   the IP address, {@code null} for "any address" (prints as {@code :port})
 * @param port the port number
 * @param zone the IPv6 scoped addressing zone, empty when none (never {@code null})
 */
public record TCPAddr(IP ip, int port, String zone) implements Addr {

    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param ip the IP address, {@code null} for "any address" (prints as {@code :port})
     * @param port the port number
     * @param zone the IPv6 scoped addressing zone, empty when none (never {@code null})
     */
    public TCPAddr {
        zone = zone == null ? "" : zone;
    }

    /**
     * An address without a zone.
     *
     * @param ip the IP address, {@code null} for "any address" (prints as {@code :port})
     * @param port the port number
     */
    public TCPAddr(IP ip, int port) {
        this(ip, port, "");
    }

    /** Always {@code tcp}, as in Go. */
    @Override
    public String network() {
        return "tcp";
    }

    /** Go's {@code TCPAddr.String()}: {@code 127.0.0.1:80}, {@code [::1]:80}, {@code [fe80::1%eth0]:80}, {@code :80}. */
    @Override
    public String toString() {
        return IPAddrs.hostPort(ip, zone, port);
    }
}
