package dev.gonet.dns.internal;

import dev.gonet.Net;
import dev.gonet.internal.AddrText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A parsed {@code resolv.conf} with Go 1.19's semantics ({@code net/dnsconfig_unix.go}): at most
 * three {@code nameserver}s (IP literals only, port 53), {@code search}/{@code domain},
 * {@code options ndots: timeout: attempts: rotate single-request use-vc}; anything else sets
 * {@link #unknownOpt()}. Without servers Go uses {@code 127.0.0.1:53} and {@code [::1]:53};
 * without a search list, the domain part of the host name.
 */
public final class ResolvConf {
    /** Go's {@code defaultNS}. */
    public static final List<String> DEFAULT_SERVERS = List.of("127.0.0.1:53", "[::1]:53");

    private final List<String> servers;
    private final List<String> search;
    private final int ndots;
    private final int timeoutSeconds;
    private final int attempts;
    private final boolean rotate;
    private final boolean singleRequest;
    private final boolean useTCP;
    private final boolean unknownOpt;
    private final AtomicInteger offset = new AtomicInteger();

    private ResolvConf(List<String> servers, List<String> search, int ndots, int timeoutSeconds, int attempts,
            boolean rotate, boolean singleRequest, boolean useTCP, boolean unknownOpt) {
        this.servers = List.copyOf(servers);
        this.search = List.copyOf(search);
        this.ndots = ndots;
        this.timeoutSeconds = timeoutSeconds;
        this.attempts = attempts;
        this.rotate = rotate;
        this.singleRequest = singleRequest;
        this.useTCP = useTCP;
        this.unknownOpt = unknownOpt;
    }

    /** The configuration Go uses when the file cannot be read. */
    public static ResolvConf missing(String hostname) {
        return new ResolvConf(DEFAULT_SERVERS, defaultSearch(hostname), 1, 5, 2, false, false, false, false);
    }

    /**
     * Go's {@code dnsReadConfig} over the file's text; {@code hostname} (may be empty) supplies
     * the default search domain.
     */
    public static ResolvConf parse(String text, String hostname) {
        List<String> servers = new ArrayList<>();
        List<String> search = new ArrayList<>();
        int ndots = 1;
        int timeout = 5;
        int attempts = 2;
        boolean rotate = false;
        boolean single = false;
        boolean tcp = false;
        boolean unknown = false;
        for (String line : ConfText.lines(text)) {
            if (!line.isEmpty() && (line.charAt(0) == ';' || line.charAt(0) == '#')) {
                continue;
            }
            List<String> f = ConfText.fields(line);
            if (f.isEmpty()) {
                continue;
            }
            switch (f.get(0)) {
                case "nameserver" -> {
                    // Only literals: a name would need DNS to find DNS.
                    if (f.size() > 1 && servers.size() < 3 && (AddrText.parseIPv4(f.get(1)) != null
                            || DnsNames.parseIPv6Zone(f.get(1)) != null)) {
                        servers.add(Net.joinHostPort(f.get(1), "53"));
                    }
                }
                case "domain" -> {
                    if (f.size() > 1) {
                        search = new ArrayList<>(List.of(DnsNames.ensureRooted(f.get(1))));
                    }
                }
                case "search" -> {
                    search = new ArrayList<>();
                    for (int i = 1; i < f.size(); i++) {
                        search.add(DnsNames.ensureRooted(f.get(i)));
                    }
                }
                case "options" -> {
                    for (String s : f.subList(1, f.size())) {
                        if (s.startsWith("ndots:")) {
                            ndots = Math.min(15, Math.max(0, AddrText.dtoi(s, 6).n()));
                        } else if (s.startsWith("timeout:")) {
                            timeout = Math.max(1, AddrText.dtoi(s, 8).n());
                        } else if (s.startsWith("attempts:")) {
                            attempts = Math.max(1, AddrText.dtoi(s, 9).n());
                        } else if (s.equals("rotate")) {
                            rotate = true;
                        } else if (s.equals("single-request") || s.equals("single-request-reopen")) {
                            single = true;
                        } else if (s.equals("use-vc") || s.equals("usevc") || s.equals("tcp")) {
                            tcp = true;
                        } else {
                            unknown = true;
                        }
                    }
                }
                case "lookup" -> {
                    // OpenBSD's source order; Go reads it only on OpenBSD.
                }
                default -> unknown = true;
            }
        }
        if (servers.isEmpty()) {
            servers = DEFAULT_SERVERS;
        }
        if (search.isEmpty()) {
            search = defaultSearch(hostname);
        }
        return new ResolvConf(servers, search, ndots, timeout, attempts, rotate, single, tcp, unknown);
    }

    /** Go's {@code dnsDefaultSearch}: the rooted domain part of the host name, if it has one. */
    private static List<String> defaultSearch(String hostname) {
        int i = hostname == null ? -1 : hostname.indexOf('.');
        if (i >= 0 && i < hostname.length() - 1) {
            return List.of(DnsNames.ensureRooted(hostname.substring(i + 1)));
        }
        return List.of();
    }

    /**
     * Go's {@code nameList}: the fully qualified names to try for {@code name}, in order. Rooted
     * names are tried alone; others with the search suffixes, unsuffixed first when they have at
     * least {@code ndots} dots and last otherwise. Empty for {@code .onion} names and names too
     * long for DNS.
     */
    public List<String> nameList(String name) {
        if (DnsNames.avoidDNS(name)) {
            return List.of();
        }
        int l = ConfText.utf8Length(name);
        boolean rooted = l > 0 && name.charAt(name.length() - 1) == '.';
        if (l > 254 || l == 254 && rooted) {
            return List.of();
        }
        if (rooted) {
            return List.of(name);
        }
        int dots = 0;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == '.') {
                dots++;
            }
        }
        boolean hasNdots = dots >= ndots;
        name += ".";
        l++;
        List<String> names = new ArrayList<>(1 + search.size());
        if (hasNdots) {
            names.add(name);
        }
        for (String suffix : search) {
            if (l + ConfText.utf8Length(suffix) <= 254) {
                names.add(name + suffix);
            }
        }
        if (!hasNdots) {
            names.add(name);
        }
        return names;
    }

    /** Go's {@code serverOffset}: 0, or a rising count with {@code options rotate}. */
    public int serverOffset() {
        return rotate ? offset.getAndIncrement() & 0x7fffffff : 0;
    }

    /** The servers as {@code host:port}, in file order. */
    public List<String> servers() {
        return servers;
    }

    public List<String> search() {
        return search;
    }

    public int ndots() {
        return ndots;
    }

    /** Per query and per try, as Go's {@code options timeout:} (at least 1, default 5). */
    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    public int attempts() {
        return attempts;
    }

    public boolean rotate() {
        return rotate;
    }

    /** {@code single-request}: A and AAAA one after the other instead of in parallel. */
    public boolean singleRequest() {
        return singleRequest;
    }

    /** {@code use-vc}: TCP only. */
    public boolean useTCP() {
        return useTCP;
    }

    /** Whether the file had a line or option Go does not understand (Go then prefers libc). */
    public boolean unknownOpt() {
        return unknownOpt;
    }
}
