package dev.gonet;

/**
 * A host and a port as Go's {@code SplitHostPort} returns them and {@code JoinHostPort} takes
 * them; both are plain strings (a port may be a service name such as {@code http}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param host the host, without brackets; may hold a zone ({@code fe80::1%lo0}) or be empty
 * @param port the port or service name; may be empty
 */
public record HostPort(String host, String port) {
    private static final String MISSING_PORT = "missing port in address";
    private static final String TOO_MANY_COLONS = "too many colons in address";

    /**
     * Go's {@code SplitHostPort}: splits {@code host:port}, {@code host%zone:port}, {@code
     *   [host]:port} or {@code [host%zone]:port}. Fails with Go's texts: missing port, too many colons,
     *   missing ']', unexpected '[' or ']'. {@code null} is Go's empty string.
     *
     * @param hostport the {@code host:port}
     * @return the host and the port
     * @throws AddrException with Go's text, e.g. {@code missing port in address}
     */
    public static HostPort split(String hostport) throws AddrException {
        String s = hostport == null ? "" : hostport;
        int i = s.lastIndexOf(':');
        if (i < 0) {
            throw new AddrException(MISSING_PORT, s);
        }
        String host;
        int j = 0;
        int k = 0;
        if (s.charAt(0) == '[') {
            // The first ']' must sit just before the last ':'.
            int end = s.indexOf(']');
            if (end < 0) {
                throw new AddrException("missing ']' in address", s);
            }
            if (end + 1 == s.length()) {
                throw new AddrException(MISSING_PORT, s);
            } else if (end + 1 != i) {
                throw new AddrException(s.charAt(end + 1) == ':' ? TOO_MANY_COLONS : MISSING_PORT, s);
            }
            host = s.substring(1, end);
            j = 1;
            k = end + 1;
        } else {
            host = s.substring(0, i);
            if (host.indexOf(':') >= 0) {
                throw new AddrException(TOO_MANY_COLONS, s);
            }
        }
        if (s.indexOf('[', j) >= 0) {
            throw new AddrException("unexpected '[' in address", s);
        }
        if (s.indexOf(']', k) >= 0) {
            throw new AddrException("unexpected ']' in address", s);
        }
        return new HostPort(host, s.substring(i + 1));
    }

    /**
     * {@return Go's {@code JoinHostPort}: {@code host:port}, with the host in brackets when it contains a
     *   colon (an IPv6 literal)} Nothing is validated. {@code null} is Go's empty string.
     */
    public static String join(String host, String port) {
        String h = host == null ? "" : host;
        String p = port == null ? "" : port;
        if (h.indexOf(':') >= 0) {
            return "[" + h + "]:" + p;
        }
        return h + ":" + p;
    }
}
