package dev.gonet.dns.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gonet.IP;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's addrselect_test.go. */
class AddrSelectTest {

    record SortRow(List<String> in, List<String> srcs, List<String> want, boolean reverse) {
    }

    @Test
    void sortByRFC6724AsGo() {
        List<SortRow> rows = List.of(
                // RFC 6724 section 10.2: prefer matching scope.
                new SortRow(List.of("2001:db8:1::1", "198.51.100.121"), List.of("2001:db8:1::2", "169.254.13.78"),
                        List.of("2001:db8:1::1", "198.51.100.121"), true),
                new SortRow(List.of("2001:db8:1::1", "198.51.100.121"), List.of("fe80::1", "198.51.100.117"),
                        List.of("198.51.100.121", "2001:db8:1::1"), true),
                // Prefer higher precedence.
                new SortRow(List.of("2001:db8:1::1", "10.1.2.3"), List.of("2001:db8:1::2", "10.1.2.4"),
                        List.of("2001:db8:1::1", "10.1.2.3"), true),
                // Prefer smaller scope.
                new SortRow(List.of("2001:db8:1::1", "fe80::1"), List.of("2001:db8:1::2", "fe80::2"),
                        List.of("fe80::1", "2001:db8:1::1"), true),
                // Go issue 13283: a 10/8 source does not make 23/8 destinations better.
                new SortRow(List.of("54.83.193.112", "184.72.238.214", "23.23.172.185", "75.101.148.21", "23.23.134.56",
                        "23.21.50.150"), Collections.nCopies(6, "10.2.3.4"),
                        List.of("54.83.193.112", "184.72.238.214", "23.23.172.185", "75.101.148.21", "23.23.134.56",
                                "23.21.50.150"), false),
                // gonet's: loopback of both families, as a hosts file lists them; unroutable last.
                new SortRow(List.of("127.0.0.1", "::1"), List.of("127.0.0.1", "::1"), List.of("::1", "127.0.0.1"), true),
                new SortRow(List.of("::1", "127.0.0.1"), java.util.Arrays.asList(null, "127.0.0.1"),
                        List.of("127.0.0.1", "::1"), true));
        for (SortRow r : rows) {
            check(r.in(), r.srcs(), r.want());
            if (r.reverse()) {
                List<String> in = new ArrayList<>(r.in());
                List<String> srcs = new ArrayList<>(r.srcs());
                Collections.reverse(in);
                Collections.reverse(srcs);
                check(in, srcs, r.want());
            }
        }
    }

    @Test
    void manyEqualAddressesKeepTheirOrder() {
        // More than one insertion-sort block of 20 goes through Go's symMerge.
        List<String> in = new ArrayList<>();
        List<String> srcs = new ArrayList<>();
        List<String> want = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            in.add("10.0.0." + i);
            srcs.add(i % 3 == 0 ? null : "10.9.9.9");
        }
        for (int i = 0; i < 75; i++) {
            if (i % 3 != 0) {
                want.add("10.0.0." + i);
            }
        }
        for (int i = 0; i < 75; i += 3) {
            want.add("10.0.0." + i);
        }
        check(in, srcs, want);
    }

    static void check(List<String> in, List<String> srcs, List<String> want) {
        List<DnsNames.IPZone> addrs = new ArrayList<>();
        List<IP> s = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            addrs.add(new DnsNames.IPZone(IP.parse(in.get(i)), ""));
            s.add(srcs.get(i) == null ? null : IP.parse(srcs.get(i)));
        }
        AddrSelect.sort(addrs, s);
        List<String> got = new ArrayList<>();
        for (DnsNames.IPZone a : addrs) {
            got.add(a.toString());
        }
        assertEquals(want, got, "sort(" + in + ", srcs " + srcs + ")");
    }

    @Test
    void policyTableClassify() {
        assertArrayEquals(new int[] {35, 4}, AddrSelect.policy(IP.parse("127.0.0.1")));
        assertArrayEquals(new int[] {35, 4}, AddrSelect.policy(IP.parse("127.0.0.1").to4()));
        assertArrayEquals(new int[] {40, 1}, AddrSelect.policy(IP.parse("2601:645:8002:a500:986f:1db8:c836:bd65")));
        assertArrayEquals(new int[] {50, 0}, AddrSelect.policy(IP.parse("::1")));
        assertArrayEquals(new int[] {30, 2}, AddrSelect.policy(IP.parse("2002::ab12")));
        assertArrayEquals(new int[] {5, 5}, AddrSelect.policy(IP.parse("2001::1")));
        assertArrayEquals(new int[] {3, 13}, AddrSelect.policy(IP.parse("fd00::2")));
        assertArrayEquals(new int[] {1, 3}, AddrSelect.policy(IP.parse("::1.2.3.4")));
        assertArrayEquals(new int[] {1, 11}, AddrSelect.policy(IP.parse("fec0::1")));
        assertArrayEquals(new int[] {1, 12}, AddrSelect.policy(IP.parse("3ffe::1")));
    }

    private record ScopeCase(String ip, int scope) {
    }

    @Test
    void classifyScope() {
        ScopeCase[] rows = {
            new ScopeCase("127.0.0.1", 0x2), new ScopeCase("::1", 0x2), new ScopeCase("169.254.1.2", 0x2),
            new ScopeCase("fec0::1", 0x5), new ScopeCase("8.8.8.8", 0xe), new ScopeCase("ff02::", 0x2),
            new ScopeCase("ff05::", 0x5), new ScopeCase("ff04::", 0x4), new ScopeCase("ff0e::", 0xe),
            new ScopeCase("224.0.0.0", 0xe), new ScopeCase("224.2.2.2", 0xe),
        };
        for (ScopeCase r : rows) {
            assertEquals(r.scope(), AddrSelect.scope(IP.parse(r.ip())), "scope(" + r.ip() + ")");
            IP ip4 = IP.parse(r.ip()).to4();
            if (ip4 != null) {
                assertEquals(r.scope(), AddrSelect.scope(ip4), "scope(" + r.ip() + " as 4 bytes)");
            }
        }
    }

    private record PrefixLenCase(IP a, IP b, int len) {
    }

    @Test
    void commonPrefixLength() {
        PrefixLenCase[] rows = {
            new PrefixLenCase(IP.parse("fe80::1"), IP.parse("fe80::2"), 64),
            new PrefixLenCase(IP.parse("fe81::1"), IP.parse("fe80::2"), 15),
            new PrefixLenCase(IP.parse("127.0.0.1"), IP.parse("fe80::1"), 0),
            new PrefixLenCase(IP.v4(1, 2, 3, 4), IP.of(1, 2, 3, 4), 32),
            new PrefixLenCase(IP.of(1, 2, 255, 255), IP.of(1, 2, 0, 0), 16),
            new PrefixLenCase(IP.of(1, 2, 127, 255), IP.of(1, 2, 0, 0), 17),
            new PrefixLenCase(IP.of(1, 2, 63, 255), IP.of(1, 2, 0, 0), 18),
            new PrefixLenCase(IP.of(1, 2, 31, 255), IP.of(1, 2, 0, 0), 19),
            new PrefixLenCase(IP.of(1, 2, 15, 255), IP.of(1, 2, 0, 0), 20),
            new PrefixLenCase(IP.of(1, 2, 7, 255), IP.of(1, 2, 0, 0), 21),
            new PrefixLenCase(IP.of(1, 2, 3, 255), IP.of(1, 2, 0, 0), 22),
            new PrefixLenCase(IP.of(1, 2, 1, 255), IP.of(1, 2, 0, 0), 23),
            new PrefixLenCase(IP.of(1, 2, 0, 255), IP.of(1, 2, 0, 0), 24),
        };
        for (PrefixLenCase r : rows) {
            assertEquals(r.len(), AddrSelect.commonPrefixLen(r.a(), r.b()),
                    "commonPrefixLen(" + r.a() + ", " + r.b() + ")");
        }
    }
}
