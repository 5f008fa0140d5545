package dev.gonet.dns.internal;

import dev.gonet.IP;
import java.util.List;

/**
 * Go 1.19's minimal RFC 6724 destination address selection ({@code net/addrselect.go}): the
 * order in which Go returns the addresses of a name. Which source address the system would use
 * for each destination is found by the platform (a connected UDP socket) and passed in;
 * {@code null} marks a destination with no route, which sorts last.
 *
 * <p>Go sorts with {@code sort.Stable}, whose insertion-sort and merge steps are reproduced here
 * so that even non-transitive comparisons (rule 9 applies to IPv6 pairs only) give Go's order.
 */
public final class AddrSelect {
    private static final int SCOPE_LINK_LOCAL = 0x2;
    private static final int SCOPE_SITE_LOCAL = 0x5;
    private static final int SCOPE_GLOBAL = 0xe;

    private final DnsNames.IPZone[] addrs;
    private final IP[] srcs;
    private final int[][] addrAttr;
    private final int[][] srcAttr;

    private AddrSelect(DnsNames.IPZone[] addrs, IP[] srcs) {
        this.addrs = addrs;
        this.srcs = srcs;
        addrAttr = new int[addrs.length][];
        srcAttr = new int[addrs.length][];
        for (int i = 0; i < addrs.length; i++) {
            addrAttr[i] = attr(addrs[i].ip());
            srcAttr[i] = attr(srcs[i]);
        }
    }

    /**
     * Go's {@code sortByRFC6724withSrcs}: sorts {@code addrs} in place; {@code srcs.get(i)} is the
     * source for {@code addrs.get(i)} or {@code null}. Both lists must be mutable and the same size.
     */
    public static void sort(List<DnsNames.IPZone> addrs, List<IP> srcs) {
        if (addrs.size() != srcs.size()) {
            throw new IllegalArgumentException("internal error: " + addrs.size() + " addresses, " + srcs.size() + " sources");
        }
        if (addrs.size() < 2) {
            return;
        }
        AddrSelect s = new AddrSelect(addrs.toArray(new DnsNames.IPZone[0]), srcs.toArray(new IP[0]));
        s.stable(addrs.size());
        for (int i = 0; i < s.addrs.length; i++) {
            addrs.set(i, s.addrs[i]);
            srcs.set(i, s.srcs[i]);
        }
    }

    /** {scope, precedence, label}; all zero for a missing address, as Go's {@code ipAttr{}}. */
    static int[] attr(IP ip) {
        if (ip == null) {
            return new int[3];
        }
        int[] pl = policy(ip);
        return new int[] {scope(ip), pl[0], pl[1]};
    }

    /** RFC 6724 section 2.1's table, longest prefix first: {precedence, label}. */
    static int[] policy(IP ip) {
        if (ip.to4() != null) {
            return new int[] {35, 4}; // ::ffff:0:0/96
        }
        IP v6 = ip.to16();
        if (v6 == null) {
            return new int[] {0, 0};
        }
        byte[] b = v6.bytes();
        if (v6.equal(IP.IPv6loopback)) {
            return new int[] {50, 0};
        }
        boolean first96Zero = true;
        for (int i = 0; i < 12; i++) {
            first96Zero &= b[i] == 0;
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if (first96Zero) {
            return new int[] {1, 3}; // ::/96, IPv4-compatible
        }
        if (b0 == 0x20 && b1 == 0x01 && b[2] == 0 && b[3] == 0) {
            return new int[] {5, 5}; // 2001::/32, Teredo
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return new int[] {30, 2}; // 2002::/16, 6to4
        }
        if (b0 == 0x3f && b1 == 0xfe) {
            return new int[] {1, 12}; // 3ffe::/16
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
            return new int[] {1, 11}; // fec0::/10
        }
        if ((b0 & 0xfe) == 0xfc) {
            return new int[] {3, 13}; // fc00::/7
        }
        return new int[] {40, 1}; // ::/0
    }

    /** Go's {@code classifyScope} (RFC 6724 section 3.1). */
    static int scope(IP ip) {
        if (ip.isLoopback() || ip.isLinkLocalUnicast()) {
            return SCOPE_LINK_LOCAL;
        }
        boolean ipv6 = ip.length() == IP.IPv6len && ip.to4() == null;
        if (ipv6 && ip.isMulticast()) {
            return ip.byteAt(1) & 0xf;
        }
        if (ipv6 && ip.byteAt(0) == 0xfe && (ip.byteAt(1) & 0xc0) == 0xc0) {
            return SCOPE_SITE_LOCAL;
        }
        return SCOPE_GLOBAL;
    }

    /** Go's {@code commonPrefixLen}: IPv4 compares 32 bits, IPv6 its first 64; 0 across families. */
    static int commonPrefixLen(IP a, IP b) {
        byte[] x = (a.to4() != null ? a.to4() : a).bytes();
        byte[] y = (b.to4() != null ? b.to4() : b).bytes();
        if (x.length != y.length) {
            return 0;
        }
        int n = Math.min(x.length, 8);
        int cpl = 0;
        for (int i = 0; i < n; i++) {
            int d = (x[i] ^ y[i]) & 0xff;
            if (d == 0) {
                cpl += 8;
                continue;
            }
            return cpl + Integer.numberOfLeadingZeros(d) - 24;
        }
        return cpl;
    }

    /** Go's {@code byRFC6724.Less}: whether destination i is better than destination j. */
    boolean less(int i, int j) {
        IP da = addrs[i].ip();
        IP db = addrs[j].ip();
        IP sa = srcs[i];
        IP sb = srcs[j];
        int[] ada = addrAttr[i];
        int[] adb = addrAttr[j];
        int[] asa = srcAttr[i];
        int[] asb = srcAttr[j];
        // Rule 1: avoid unusable destinations.
        if (sa == null && sb == null) {
            return false;
        }
        if (sb == null) {
            return true;
        }
        if (sa == null) {
            return false;
        }
        // Rule 2: prefer matching scope.
        if (ada[0] == asa[0] && adb[0] != asb[0]) {
            return true;
        }
        if (ada[0] != asa[0] && adb[0] == asb[0]) {
            return false;
        }
        // Rules 3 and 4 (deprecated and home addresses) are not implemented by Go either.
        // Rule 5: prefer matching label.
        if (asa[2] == ada[2] && asb[2] != adb[2]) {
            return true;
        }
        if (asa[2] != ada[2] && asb[2] == adb[2]) {
            return false;
        }
        // Rule 6: prefer higher precedence.
        if (ada[1] != adb[1]) {
            return ada[1] > adb[1];
        }
        // Rule 8: prefer smaller scope.
        if (ada[0] != adb[0]) {
            return ada[0] < adb[0];
        }
        // Rule 9: longest matching prefix, IPv6 only (Go issues 13283, 18518).
        if (da.to4() == null && db.to4() == null) {
            int ca = commonPrefixLen(sa, da);
            int cb = commonPrefixLen(sb, db);
            if (ca != cb) {
                return ca > cb;
            }
        }
        // Rule 10: leave the order unchanged.
        return false;
    }

    private void swap(int i, int j) {
        DnsNames.IPZone a = addrs[i];
        addrs[i] = addrs[j];
        addrs[j] = a;
        IP s = srcs[i];
        srcs[i] = srcs[j];
        srcs[j] = s;
        int[] x = addrAttr[i];
        addrAttr[i] = addrAttr[j];
        addrAttr[j] = x;
        x = srcAttr[i];
        srcAttr[i] = srcAttr[j];
        srcAttr[j] = x;
    }

    // Go's sort.Stable (sort/zsortinterface.go), step for step.

    private void stable(int n) {
        int blockSize = 20;
        int a = 0;
        int b = blockSize;
        while (b <= n) {
            insertionSort(a, b);
            a = b;
            b += blockSize;
        }
        insertionSort(a, n);
        while (blockSize < n) {
            a = 0;
            b = 2 * blockSize;
            while (b <= n) {
                symMerge(a, a + blockSize, b);
                a = b;
                b += 2 * blockSize;
            }
            int m = a + blockSize;
            if (m < n) {
                symMerge(a, m, n);
            }
            blockSize *= 2;
        }
    }

    private void insertionSort(int a, int b) {
        for (int i = a + 1; i < b; i++) {
            for (int j = i; j > a && less(j, j - 1); j--) {
                swap(j, j - 1);
            }
        }
    }

    private void symMerge(int a, int m, int b) {
        if (m - a == 1) {
            int i = m;
            int j = b;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (less(h, a)) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int k = a; k < i - 1; k++) {
                swap(k, k + 1);
            }
            return;
        }
        if (b - m == 1) {
            int i = a;
            int j = m;
            while (i < j) {
                int h = (i + j) >>> 1;
                if (!less(m, h)) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (int k = m; k > i; k--) {
                swap(k, k - 1);
            }
            return;
        }
        int mid = (a + b) >>> 1;
        int n = mid + m;
        int start;
        int r;
        if (m > mid) {
            start = n - b;
            r = mid;
        } else {
            start = a;
            r = m;
        }
        int p = n - 1;
        while (start < r) {
            int c = (start + r) >>> 1;
            if (!less(p - c, c)) {
                start = c + 1;
            } else {
                r = c;
            }
        }
        int end = n - start;
        if (start < m && m < end) {
            rotate(start, m, end);
        }
        if (a < start && start < mid) {
            symMerge(a, start, mid);
        }
        if (mid < end && end < b) {
            symMerge(mid, end, b);
        }
    }

    private void rotate(int a, int m, int b) {
        int i = m - a;
        int j = b - m;
        while (i != j) {
            if (i > j) {
                swapRange(m - i, m, j);
                i -= j;
            } else {
                swapRange(m - i, m + j - i, i);
                j -= i;
            }
        }
        swapRange(m - i, m, i);
    }

    private void swapRange(int a, int b, int n) {
        for (int i = 0; i < n; i++) {
            swap(a + i, b + i);
        }
    }
}
