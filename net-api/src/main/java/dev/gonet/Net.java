package dev.gonet;

import dev.gonet.internal.AddrResolve;
import dev.gonet.spi.Platforms;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Go's {@code net} package functions: the entry points most code needs.
 *
 * <p>Parsing functions are pure and behave exactly as Go's, including {@code toString()} of
 * results and error texts. Dial and listen functions go through the {@link dev.gonet.spi.Platform}
 * found on the classpath (net-native on the JVM, net-web in the browser); the in-memory
 * {@code mem} network and {@link #pipe()} work everywhere.
 */
public final class Net {
    private Net() {
    }

    // ---- addresses (pure; see IP, IPMask, IPNet, CIDR, HostPort) ----

    /**
     * {@return Go's ParseIP: the IP, or {@code null} when {@code s} is not a valid textual IP}
     *
     * @param s the text, e.g. {@code 192.0.2.1} or {@code 2001:db8::1}
     */
    public static IP parseIP(String s) {
        return IP.parse(s);
    }

    /**
     * {@return Go's ParseCIDR: {@code "192.0.2.1/24"} gives IP 192.0.2.1 and network 192.0.2.0/24}
     *
     * @param s the text, e.g. {@code 192.0.2.0/24}
     * @throws AddrException if {@code s} is not CIDR notation ({@code invalid CIDR address: ...})
     */
    public static CIDR parseCIDR(String s) throws AddrException {
        return CIDR.parse(s);
    }

    /**
     * Go's SplitHostPort.
     *
     * @param hostport the {@code host:port}
     * @return the host and the port
     * @throws AddrException with Go's text, e.g. {@code missing port in address}
     */
    public static HostPort splitHostPort(String hostport) throws AddrException {
        return HostPort.split(hostport);
    }

    /**
     * {@return Go's JoinHostPort: brackets hosts that contain a colon}
     *
     * @param host the host name or IP literal
     * @param port the port number
     */
    public static String joinHostPort(String host, String port) {
        return HostPort.join(host, port);
    }

    /**
     * {@return Go's IPv4: the 16-byte IPv4-in-IPv6 form of a.b.c.d}
     *
     * @param a the first byte (0-255)
     * @param b the second byte (0-255)
     * @param c the third byte (0-255)
     * @param d the fourth byte (0-255)
     */
    public static IP IPv4(int a, int b, int c, int d) {
        return IP.v4(a, b, c, d);
    }

    /**
     * {@return Go's CIDRMask; {@code null} when ones/bits do not make a valid mask}
     *
     * @param ones the number of leading one bits
     * @param bits the total number of bits: 32 for IPv4, 128 for IPv6
     */
    public static IPMask CIDRMask(int ones, int bits) {
        return IPMask.cidr(ones, bits);
    }

    /**
     * {@return Go's IPv4Mask: the 4-byte mask a.b.c.d}
     *
     * @param a the first byte (0-255)
     * @param b the second byte (0-255)
     * @param c the third byte (0-255)
     * @param d the fourth byte (0-255)
     */
    public static IPMask IPv4Mask(int a, int b, int c, int d) {
        return IPMask.v4(a, b, c, d);
    }

    // ---- names (see Resolver; the platform's default resolver) ----

    /**
     * {@return Go's LookupHost: the addresses of {@code host}, as text; hosts-file entries in file order,
     *   IP literals as given} Fails with {@link DNSException} ({@code lookup x: no such host}).
     *
     * @param host the host name or IP literal
     * @throws IOException a {@link DNSException} if the lookup fails
     */
    public static List<String> lookupHost(String host) throws IOException {
        return Platforms.get().resolver().lookupHost(host);
    }

    /**
     * {@return Go's LookupIP: IPv4 and IPv6 addresses of {@code host}, in Go's RFC 6724 order}
     *
     * @param host the host name or IP literal
     * @throws IOException a {@link DNSException} if the lookup fails
     */
    public static List<IP> lookupIP(String host) throws IOException {
        return Platforms.get().resolver().lookupIP("ip", host);
    }

    /**
     * {@return Go's Resolver.LookupIP: {@code network} is {@code ip}, {@code ip4} or {@code ip6}; no
     *   address of that family is {@code address <host>: no suitable address found}}
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param host the host name or IP literal
     * @throws IOException a {@link DNSException} if the lookup fails
     */
    public static List<IP> lookupIP(String network, String host) throws IOException {
        return Platforms.get().resolver().lookupIP(network, host);
    }

    /**
     * {@return Go's LookupAddr: reverse lookup of an address ({@code localhost}, {@code a.example.})}
     *
     * @param addr the IP address to look up
     * @throws IOException a {@link DNSException} if the lookup fails
     */
    public static List<String> lookupAddr(String addr) throws IOException {
        return Platforms.get().resolver().lookupAddr(addr);
    }

    /**
     * {@return Go's LookupPort: {@code lookupPort("tcp", "http")} is 80; numbers need no lookup; unknown
     *   names fail with {@code address tcp/nosuchservice: unknown port}}
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param service the service name or port number, e.g. {@code http} or {@code 80}
     * @throws IOException a {@link DNSException} if the lookup fails
     */
    public static int lookupPort(String network, String service) throws IOException {
        return Platforms.get().resolver().lookupPort(network, service);
    }

    /**
     * {@return Go's LookupCNAME: the canonical name, with a trailing dot}
     *
     * @param host the host name or IP literal
     * @throws IOException a {@link DNSException} if the lookup fails
     */
    public static String lookupCNAME(String host) throws IOException {
        return Platforms.get().resolver().lookupCNAME(host);
    }

    // ---- connections (see Dialer, ListenConfig, Pipe) ----

    private static final Dialer DIALER = new Dialer();
    private static final ListenConfig LISTEN_CONFIG = new ListenConfig();

    /**
     * Go's Dial: connects to {@code address} on {@code network} with the default {@link Dialer}.
     *   Networks: Go's ({@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp*}, {@code unix*}, {@code
     *   ip*:proto}) as far as the platform supports them, {@code ws}/{@code wss} with a URL as address
     *   ({@code ws://127.0.0.1:8080/echo}; a {@link dev.gonet.ws.WebSocketConn}, on the JVM and in the
     *   browser), and the in-memory {@code mem} network everywhere.
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @return the connection
     * @throws IOException if the connection cannot be made: a {@link dev.gonet.NetException} that says why
     */
    public static Conn dial(String network, String address) throws IOException {
        return DIALER.dial(network, address);
    }

    /**
     * {@return Go's DialTimeout: {@link #dial} that gives up after {@code timeout} (zero = never)}
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @param timeout the limit; zero for none
     * @throws IOException if the connection cannot be made: a {@link dev.gonet.NetException} that says why
     */
    public static Conn dialTimeout(String network, String address, Duration timeout) throws IOException {
        return DIALER.withTimeout(timeout).dial(network, address);
    }

    /**
     * {@return Go's Listen: a stream listener with the default {@link ListenConfig}} On {@code mem}, the
     *   address is a name (process-wide; an empty name picks a fresh one).
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @throws IOException if the address cannot be listened on: a {@link dev.gonet.NetException}
     */
    public static Listener listen(String network, String address) throws IOException {
        return LISTEN_CONFIG.listen(network, address);
    }

    /**
     * {@return Go's ListenPacket: a packet listener ({@code udp*}, {@code unixgram}, {@code ip*:proto})}
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @throws IOException if the address cannot be listened on: a {@link dev.gonet.NetException}
     */
    public static PacketConn listenPacket(String network, String address) throws IOException {
        return LISTEN_CONFIG.listenPacket(network, address);
    }

    /**
     * {@return Go's ResolveTCPAddr: {@code host:port} to a {@link TCPAddr} on {@code tcp}, {@code tcp4} or
     *   {@code tcp6}, names and services through the platform's resolver} Prefers IPv4 unless the address
     *   is a bracketed IPv6 literal on {@code tcp}; {@code :80} gives a {@code null} IP. Fails as Go:
     *   {@code unknown network udp}, {@code address 99999: invalid port}, {@code lookup nosuch.invalid: no
     *   such host}.
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @throws IOException if the address is malformed or its host cannot be resolved
     */
    public static TCPAddr resolveTCPAddr(String network, String address) throws IOException {
        return AddrResolve.resolveTCPAddr(Platforms.get().resolver(), network, address);
    }

    /**
     * {@return Go's ResolveUDPAddr: {@code host:port} to a {@link UDPAddr} on {@code udp}, {@code udp4} or
     *   {@code udp6} (empty means {@code udp}), names and services through the platform's resolver}
     *   Prefers IPv4 unless the address is a bracketed IPv6 literal on {@code udp}; {@code :53} gives a
     *   {@code null} IP. Fails as Go: {@code unknown network tcp}, {@code address 99999: invalid port},
     *   {@code address ::1: no suitable address found} (on {@code udp4}).
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @throws IOException if the address is malformed or its host cannot be resolved
     */
    public static UDPAddr resolveUDPAddr(String network, String address) throws IOException {
        return AddrResolve.resolveUDPAddr(Platforms.get().resolver(), network, address);
    }

    /**
     * {@return Go's ResolveUnixAddr: the name as given on {@code unix}, {@code unixgram} or {@code
     *   unixpacket}}
     *
     * @param network the network: {@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp}, {@code unix},
     *        {@code mem}, {@code ws}, ...
     * @param address the address, {@code host:port} for IP networks (a path for {@code unix}, a name for
     *        {@code mem}, a URL for {@code ws})
     * @throws IOException if the address is malformed or its host cannot be resolved
     */
    public static UnixAddr resolveUnixAddr(String network, String address) throws IOException {
        return AddrResolve.resolveUnixAddr(network, address);
    }

    /** {@return Go's Pipe: a synchronous, unbuffered, in-memory full-duplex connection; see {@link Pipe}} */
    public static Pipe.Ends pipe() {
        return Pipe.open();
    }
}
