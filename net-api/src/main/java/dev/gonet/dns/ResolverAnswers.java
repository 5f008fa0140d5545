package dev.gonet.dns;

import dev.gonet.AddrException;
import dev.gonet.DNSException;
import dev.gonet.IP;
import dev.gonet.MX;
import dev.gonet.NS;
import dev.gonet.Resolver;
import dev.gonet.SRV;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers a question from a {@link Resolver}'s methods: A and AAAA from {@code lookupIP}, PTR
 * from {@code lookupAddr}, CNAME, MX, SRV, TXT and NS from theirs; other types are NOTIMP. Not
 * found is NXDOMAIN, an address of the other family only is NODATA, a timeout or any other
 * failure SERVFAIL. Every record carries the same TTL, since resolvers do not report theirs.
 */
final class ResolverAnswers {
    private ResolverAnswers() {
    }

    static Zone.Answer answer(Resolver r, Question q, long ttl) {
        Name n = q.name();
        String name = n.toString();
        List<Resource> out = new ArrayList<>();
        try {
            switch (q.type()) {
                case RRType.A, RRType.AAAA -> {
                    for (IP ip : r.lookupIP(q.type() == RRType.A ? "ip4" : "ip6", name)) {
                        out.add(q.type() == RRType.A ? new AResource(n, ttl, ip) : new AAAAResource(n, ttl, ip));
                    }
                }
                case RRType.CNAME -> {
                    Name c = Name.parse(r.lookupCNAME(name));
                    if (!c.equalsIgnoreCase(n)) {
                        out.add(new CNAMEResource(n, ttl, c));
                    }
                }
                case RRType.PTR -> {
                    String addr = addrFromArpa(n);
                    if (addr == null) {
                        return nxdomain();
                    }
                    for (String host : r.lookupAddr(addr)) {
                        out.add(new PTRResource(n, ttl, Name.parse(host)));
                    }
                }
                case RRType.MX -> {
                    for (MX mx : r.lookupMX(name)) {
                        out.add(new MXResource(n, ttl, mx.pref(), Name.parse(mx.host())));
                    }
                }
                case RRType.SRV -> {
                    for (SRV s : r.lookupSRV("", "", name).addrs()) {
                        out.add(new SRVResource(n, ttl, s.priority(), s.weight(), s.port(), Name.parse(s.target())));
                    }
                }
                case RRType.TXT -> {
                    for (String t : r.lookupTXT(name)) {
                        out.add(TXTResource.of(n, ttl, t));
                    }
                }
                case RRType.NS -> {
                    for (NS ns : r.lookupNS(name)) {
                        out.add(new NSResource(n, ttl, Name.parse(ns.host())));
                    }
                }
                default -> {
                    return new Zone.Answer(RCode.NOT_IMPLEMENTED, false, List.of(), List.of());
                }
            }
        } catch (DNSException e) {
            if (e.isNotFound()) {
                return nxdomain();
            }
            return new Zone.Answer(RCode.SERVER_FAILURE, false, List.of(), List.of());
        } catch (AddrException e) {
            // "no suitable address found": the name has addresses, of the other family only.
            return new Zone.Answer(RCode.SUCCESS, false, List.of(), List.of());
        } catch (IOException | IllegalArgumentException e) {
            return new Zone.Answer(RCode.SERVER_FAILURE, false, List.of(), List.of());
        }
        return new Zone.Answer(RCode.SUCCESS, false, out, List.of());
    }

    private static Zone.Answer nxdomain() {
        return new Zone.Answer(RCode.NAME_ERROR, false, List.of(), List.of());
    }

    /**
     * The address an {@code in-addr.arpa.} or {@code ip6.arpa.} name stands for (the inverse of
     * Go's {@code reverseaddr}), or {@code null} when it is no such name.
     */
    static String addrFromArpa(Name n) {
        List<byte[]> l = n.labels();
        int k = l.size();
        if (k == 6 && is(l.get(4), "in-addr") && is(l.get(5), "arpa")) {
            StringBuilder s = new StringBuilder();
            for (int i = 3; i >= 0; i--) {
                String part = latin1(l.get(i));
                if (part.isEmpty() || part.length() > 3 || !digits(part) || Integer.parseInt(part) > 255) {
                    return null;
                }
                s.append(part).append(i > 0 ? "." : "");
            }
            IP ip = IP.parse(s.toString());
            return ip == null ? null : ip.toString();
        }
        if (k == 34 && is(l.get(32), "ip6") && is(l.get(33), "arpa")) {
            byte[] b = new byte[16];
            for (int i = 0; i < 32; i++) {
                if (l.get(i).length != 1) {
                    return null;
                }
                int v = Character.digit((char) l.get(i)[0], 16);
                if (v < 0) {
                    return null;
                }
                int nibble = 31 - i; // the first label is the last nibble
                b[nibble / 2] |= (byte) (nibble % 2 == 0 ? v << 4 : v);
            }
            return IP.of(b).toString();
        }
        return null;
    }

    private static boolean is(byte[] label, String want) {
        return latin1(label).equalsIgnoreCase(want);
    }

    private static String latin1(byte[] b) {
        char[] c = new char[b.length];
        for (int i = 0; i < b.length; i++) {
            c[i] = (char) (b[i] & 0xff);
        }
        return new String(c);
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
