package dev.gonet.internal;

/**
 * Network names gonet knows, decided in shared code so that every platform rejects unknown
 * names identically (Go's {@code UnknownNetworkError}); whether a known network works is then
 * up to the platform.
 */
public final class Networks {
    private Networks() {
    }

    /**
     * Whether {@code network} names a network for dial/listen: Go's {@code tcp}, {@code tcp4},
     * {@code tcp6}, {@code udp*}, {@code unix}, {@code unixgram}, {@code unixpacket},
     * {@code ip*:proto} (the protocol is required, as in Go's Dial and Listen), plus gonet's
     * {@code mem}, {@code ws} and {@code wss}.
     */
    public static boolean isKnown(String network) {
        if (network == null) {
            return false;
        }
        int colon = network.indexOf(':');
        if (colon >= 0) {
            String af = network.substring(0, colon);
            return (af.equals("ip") || af.equals("ip4") || af.equals("ip6")) && colon + 1 < network.length();
        }
        switch (network) {
            case "tcp", "tcp4", "tcp6", "udp", "udp4", "udp6", "unix", "unixgram", "unixpacket", "mem", "ws", "wss":
                return true;
            default:
                return false;
        }
    }
}
