package dev.gonet.dns.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed hosts file with Go 1.19's semantics ({@code net/hosts.go}): an immutable snapshot,
 * safe to share between threads.
 *
 * <ul>
 * <li>Lines are {@code address name [alias...]}; {@code #} starts a comment anywhere; lines with
 *     fewer than two fields or an address that is not an IP literal are skipped. IPv4 parts with
 *     leading zeros and classful forms ({@code 123.123.123}) are not literals.</li>
 * <li>Addresses are kept in canonical text ({@code fe80:0:..:1%lo0} becomes {@code fe80::1%lo0}).</li>
 * <li>Names match case-insensitively (ASCII). A trailing dot matches only for names with an
 *     inner dot: {@code a.example.} finds {@code a.example}, but {@code localhost.} does not find
 *     {@code localhost}, because Go's {@code absDomainName} roots only dotted names.</li>
 * <li>Every name on every line accumulates addresses in file order; reverse entries keep the
 *     names as written (dotted names rooted), so {@code lookupAddr("127.0.0.1")} can answer
 *     {@code localhost} without a dot.</li>
 * </ul>
 */
public final class HostsFile {
    /** The hosts file with no entries. */
    public static final HostsFile EMPTY = new HostsFile(Map.of(), Map.of(), Map.of());

    private final Map<String, List<String>> byName;
    private final Map<String, List<String>> byAddr;
    private final Map<String, String> firstSpelling;

    private HostsFile(Map<String, List<String>> byName, Map<String, List<String>> byAddr,
            Map<String, String> firstSpelling) {
        this.byName = byName;
        this.byAddr = byAddr;
        this.firstSpelling = firstSpelling;
    }

    /** Parses hosts-file text as Go's {@code readHosts} does. */
    public static HostsFile parse(String text) {
        Map<String, List<String>> hs = new HashMap<>();
        Map<String, List<String>> is = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (String line : ConfText.lines(text)) {
            List<String> f = ConfText.fields(ConfText.stripComment(line));
            if (f.size() < 2) {
                continue;
            }
            String addr = DnsNames.parseLiteralIP(f.get(0));
            if (addr.isEmpty()) {
                continue;
            }
            for (int i = 1; i < f.size(); i++) {
                String name = DnsNames.absDomainName(f.get(i));
                String key = DnsNames.absDomainName(ConfText.lowerASCII(f.get(i)));
                hs.computeIfAbsent(key, k -> new ArrayList<>()).add(addr);
                is.computeIfAbsent(addr, k -> new ArrayList<>()).add(name);
                spelling.putIfAbsent(key, f.get(i));
            }
        }
        return new HostsFile(freeze(hs), freeze(is), spelling);
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> m) {
        for (Map.Entry<String, List<String>> e : m.entrySet()) {
            e.setValue(Collections.unmodifiableList(e.getValue()));
        }
        return m;
    }

    private static String key(String host) {
        return DnsNames.absDomainName(ConfText.lowerASCII(host));
    }

    /**
     * Go's {@code lookupStaticHost}: the addresses listed for {@code host}, as text
     * ({@code 127.0.0.1}, {@code fe80::1%lo0}) in file order; empty when none.
     */
    public List<String> addrs(String host) {
        if (host.isEmpty()) {
            return List.of();
        }
        List<String> a = byName.get(key(host));
        return a == null ? List.of() : a;
    }

    /**
     * Go's {@code lookupStaticAddr}: the names listed for an address given in any literal form
     * ({@code ::ffff:127.0.0.1} finds {@code 127.0.0.1}; zones must match), in file order, dotted
     * names with a trailing dot; empty when none.
     */
    public List<String> names(String addr) {
        String canonical = DnsNames.parseLiteralIP(addr);
        if (canonical.isEmpty()) {
            return List.of();
        }
        List<String> n = byAddr.get(canonical);
        return n == null ? List.of() : n;
    }

    /**
     * The name as first written in the file for {@code host}, or {@code null}: what the C
     * library reports as the canonical name of a hosts-file entry (Go's cgo {@code LookupCNAME}).
     */
    public String spelling(String host) {
        return host.isEmpty() ? null : firstSpelling.get(key(host));
    }

    /** Whether the file listed no usable entry. */
    public boolean isEmpty() {
        return byName.isEmpty();
    }
}
