package dev.gonet;

/**
 * Go's {@code net.IPNet}: an IP network, a network number and a mask.
 *
 * <p>Immutable and thread-safe. Components are kept as given, not normalised, so
 * {@link #toString()} and {@link #contains} reproduce Go's handling of mixed 4- and 16-byte
 * forms. A {@code null} component is stored as the empty IP or mask, Go's nil.
 *
 * @param ip   the network number
 * @param mask the network mask
 */
public record IPNet(IP ip, IPMask mask) {

    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param ip the network number
     * @param mask the network mask
     */
    public IPNet {
        ip = ip == null ? IP.of() : ip;
        mask = mask == null ? IPMask.of() : mask;
    }

    /** Go's networkNumberAndMask: both 4 bytes or both 16 bytes, or {@code null} if unusable. */
    private byte[][] numberAndMask() {
        IP ip4 = ip.to4();
        byte[] n;
        if (ip4 != null) {
            n = IP.raw(ip4);
        } else {
            n = IP.raw(ip);
            if (n.length != IP.IPv6len) {
                return null;
            }
        }
        byte[] m = IPMask.raw(mask);
        switch (m.length) {
            case IP.IPv4len -> {
                if (n.length != IP.IPv4len) {
                    return null;
                }
            }
            case IP.IPv6len -> {
                if (n.length == IP.IPv4len) {
                    byte[] tail = new byte[4];
                    System.arraycopy(m, 12, tail, 0, 4);
                    m = tail;
                }
            }
            default -> {
                return null;
            }
        }
        return new byte[][] {n, m};
    }

    /**
     * {@return Go's {@code Contains}} An IPv4 address matches in either form. As in Go, a network whose IP
     *   and mask lengths don't fit contains only the empty IP.
     *
     * @param x the other IP
     */
    public boolean contains(IP x) {
        byte[][] nm = numberAndMask();
        byte[] nn = nm == null ? new byte[0] : nm[0];
        byte[] m = nm == null ? new byte[0] : nm[1];
        IP x4 = x == null ? null : x.to4();
        byte[] p = IP.raw(x4 != null ? x4 : x);
        if (p.length != nn.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if ((nn[i] & m[i]) != (p[i] & m[i])) {
                return false;
            }
        }
        return true;
    }

    /** {@return Go's {@code Network}: always {@code "ip+net"}} */
    public String network() {
        return "ip+net";
    }

    /**
     * Go's {@code String}: {@code 192.0.2.0/24}, {@code ip/hexmask} for a mask that isn't ones
     * then zeros, {@code <nil>} when the IP and mask lengths don't fit together.
     */
    @Override
    public String toString() {
        byte[][] nm = numberAndMask();
        if (nm == null) {
            return "<nil>";
        }
        String n = IP.of(nm[0]).toString();
        int ones = IPMask.simpleLength(nm[1]);
        if (ones == -1) {
            return n + "/" + IPMask.of(nm[1]);
        }
        return n + "/" + ones;
    }
}
