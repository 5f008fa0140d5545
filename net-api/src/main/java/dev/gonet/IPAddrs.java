package dev.gonet;

/** Printing shared by {@link TCPAddr} and {@link UDPAddr}, so both follow Go identically. */
final class IPAddrs {
    private IPAddrs() {
    }

    /** Go: {@code JoinHostPort(ipEmptyString(ip) + "%" + zone, itoa(port))}, the zone part only when set. */
    static String hostPort(IP ip, String zone, int port) {
        String host = ip == null || ip.length() == 0 ? "" : ip.toString();
        if (!zone.isEmpty()) {
            host = host + "%" + zone;
        }
        return HostPort.join(host, Integer.toString(port));
    }
}
