package dev.gonet;

import dev.gonet.internal.UnresolvedAddr;

/**
 * Go's {@code net.Addr}: a network end point address.
 *
 * <p>{@link #network()} and {@link #toString()} conventionally return strings that can be
 * passed back to {@link Net#dial(String, String)}; {@code toString()} prints exactly what Go's
 * {@code Addr.String()} prints (e.g. {@code 127.0.0.1:80}, {@code [::1]:80}). Implementations
 * are immutable and safe to share between threads.
 */
public interface Addr {

    /**
     * {@return the name of the network, e.g. {@code tcp}, {@code udp}, {@code unix}, {@code mem}, {@code
     *   pipe}}
     */
    String network();

    /** The address in Go's {@code Addr.String()} form. */
    @Override
    String toString();

    /**
     * {@return an address known only by its text, for error messages about an address that was never
     *   resolved (for example one a platform cannot dial)} Returns {@code null} for an empty address, as
     *   Go leaves {@code OpError.Addr} nil then.
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     */
    static Addr unresolved(String network, String address) {
        if (address == null || address.isEmpty()) {
            return null;
        }
        return new UnresolvedAddr(network, address);
    }
}
