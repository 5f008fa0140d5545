// PLACEHOLDER: replaced by branch addr at merge
package dev.gonet;

/** Placeholder for Go's SplitHostPort/JoinHostPort: ordinary inputs only. */
public record HostPort(String host, String port) {

    public static HostPort split(String hostport) throws AddrException {
        int colon = hostport.lastIndexOf(':');
        if (colon < 0) {
            throw new AddrException("missing port in address", hostport);
        }
        String host = hostport.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.indexOf(':') >= 0) {
            throw new AddrException("too many colons in address", hostport);
        }
        return new HostPort(host, hostport.substring(colon + 1));
    }

    public static String join(String host, String port) {
        return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
    }
}
