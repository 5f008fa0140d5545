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

    /** Go's ParseIP: the IP, or {@code null} when {@code s} is not a valid textual IP. */
    public static IP parseIP(String s) {
        return IP.parse(s);
    }

    /** Go's ParseCIDR: {@code "192.0.2.1/24"} gives IP 192.0.2.1 and network 192.0.2.0/24. */
    public static CIDR parseCIDR(String s) throws AddrException {
        return CIDR.parse(s);
    }

    /** Go's SplitHostPort. */
    public static HostPort splitHostPort(String hostport) throws AddrException {
        return HostPort.split(hostport);
    }

    /** Go's JoinHostPort: brackets hosts that contain a colon. */
    public static String joinHostPort(String host, String port) {
        return HostPort.join(host, port);
    }

    /** Go's IPv4: the 16-byte IPv4-in-IPv6 form of a.b.c.d. */
    public static IP IPv4(int a, int b, int c, int d) {
        return IP.v4(a, b, c, d);
    }

    /** Go's CIDRMask; {@code null} when ones/bits do not make a valid mask. */
    public static IPMask CIDRMask(int ones, int bits) {
        return IPMask.cidr(ones, bits);
    }

    /** Go's IPv4Mask: the 4-byte mask a.b.c.d. */
    public static IPMask IPv4Mask(int a, int b, int c, int d) {
        return IPMask.v4(a, b, c, d);
    }

    // ---- names (see Resolver; the platform's default resolver) ----

    /**
     * Go's LookupHost: the addresses of {@code host}, as text; hosts-file entries in file order,
     * IP literals as given. Fails with {@link DNSException} ({@code lookup x: no such host}).
     */
    public static List<String> lookupHost(String host) throws IOException {
        return Platforms.get().resolver().lookupHost(host);
    }

    /** Go's LookupIP: IPv4 and IPv6 addresses of {@code host}, in Go's RFC 6724 order. */
    public static List<IP> lookupIP(String host) throws IOException {
        return Platforms.get().resolver().lookupIP("ip", host);
    }

    /**
     * Go's Resolver.LookupIP: {@code network} is {@code ip}, {@code ip4} or {@code ip6}; no
     * address of that family is {@code address <host>: no suitable address found}.
     */
    public static List<IP> lookupIP(String network, String host) throws IOException {
        return Platforms.get().resolver().lookupIP(network, host);
    }

    /** Go's LookupAddr: reverse lookup of an address ({@code localhost}, {@code a.example.}). */
    public static List<String> lookupAddr(String addr) throws IOException {
        return Platforms.get().resolver().lookupAddr(addr);
    }

    /**
     * Go's LookupPort: {@code lookupPort("tcp", "http")} is 80; numbers need no lookup; unknown
     * names fail with {@code address tcp/nosuchservice: unknown port}.
     */
    public static int lookupPort(String network, String service) throws IOException {
        return Platforms.get().resolver().lookupPort(network, service);
    }

    /** Go's LookupCNAME: the canonical name, with a trailing dot. */
    public static String lookupCNAME(String host) throws IOException {
        return Platforms.get().resolver().lookupCNAME(host);
    }

    // ---- connections (see Dialer, ListenConfig, Pipe) ----

    private static final Dialer DIALER = new Dialer();
    private static final ListenConfig LISTEN_CONFIG = new ListenConfig();

    /**
     * Go's Dial: connects to {@code address} on {@code network} with the default {@link Dialer}.
     * Networks: Go's ({@code tcp}, {@code tcp4}, {@code tcp6}, {@code udp*}, {@code unix*},
     * {@code ip*:proto}) as far as the platform supports them, {@code ws}/{@code wss} with a URL
     * as address ({@code ws://127.0.0.1:8080/echo}; a {@link dev.gonet.ws.WebSocketConn}, on the
     * JVM and in the browser), and the in-memory {@code mem} network everywhere.
     */
    public static Conn dial(String network, String address) throws IOException {
        return DIALER.dial(network, address);
    }

    /** Go's DialTimeout: {@link #dial} that gives up after {@code timeout} (zero = never). */
    public static Conn dialTimeout(String network, String address, Duration timeout) throws IOException {
        return DIALER.withTimeout(timeout).dial(network, address);
    }

    /**
     * Go's Listen: a stream listener with the default {@link ListenConfig}. On {@code mem}, the
     * address is a name (process-wide; an empty name picks a fresh one).
     */
    public static Listener listen(String network, String address) throws IOException {
        return LISTEN_CONFIG.listen(network, address);
    }

    /** Go's ListenPacket: a packet listener ({@code udp*}, {@code unixgram}, {@code ip*:proto}). */
    public static PacketConn listenPacket(String network, String address) throws IOException {
        return LISTEN_CONFIG.listenPacket(network, address);
    }

    /**
     * Go's ResolveTCPAddr: {@code host:port} to a {@link TCPAddr} on {@code tcp}, {@code tcp4} or
     * {@code tcp6}, names and services through the platform's resolver. Prefers IPv4 unless the
     * address is a bracketed IPv6 literal on {@code tcp}; {@code :80} gives a {@code null} IP.
     * Fails as Go: {@code unknown network udp}, {@code address 99999: invalid port},
     * {@code lookup nosuch.invalid: no such host}.
     */
    public static TCPAddr resolveTCPAddr(String network, String address) throws IOException {
        return AddrResolve.resolveTCPAddr(Platforms.get().resolver(), network, address);
    }

    /**
     * Go's ResolveUDPAddr: {@code host:port} to a {@link UDPAddr} on {@code udp}, {@code udp4} or
     * {@code udp6} (empty means {@code udp}), names and services through the platform's resolver.
     * Prefers IPv4 unless the address is a bracketed IPv6 literal on {@code udp}; {@code :53} gives
     * a {@code null} IP. Fails as Go: {@code unknown network tcp}, {@code address 99999: invalid port},
     * {@code address ::1: no suitable address found} (on {@code udp4}).
     */
    public static UDPAddr resolveUDPAddr(String network, String address) throws IOException {
        return AddrResolve.resolveUDPAddr(Platforms.get().resolver(), network, address);
    }

    /** Go's ResolveUnixAddr: the name as given on {@code unix}, {@code unixgram} or {@code unixpacket}. */
    public static UnixAddr resolveUnixAddr(String network, String address) throws IOException {
        return AddrResolve.resolveUnixAddr(network, address);
    }

    /** Go's Pipe: a synchronous, unbuffered, in-memory full-duplex connection; see {@link Pipe}. */
    public static Pipe.Ends pipe() {
        return Pipe.open();
    }
}
