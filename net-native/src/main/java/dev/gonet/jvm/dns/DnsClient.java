package dev.gonet.jvm.dns;

import dev.gonet.DNSException;
import dev.gonet.MX;
import dev.gonet.NS;
import dev.gonet.SRV;
import dev.gonet.SRVResult;
import dev.gonet.dns.AAAAResource;
import dev.gonet.dns.AResource;
import dev.gonet.dns.DNSFormatException;
import dev.gonet.dns.Header;
import dev.gonet.dns.MXResource;
import dev.gonet.dns.NSResource;
import dev.gonet.dns.PTRResource;
import dev.gonet.dns.Parser;
import dev.gonet.dns.RCode;
import dev.gonet.dns.RRType;
import dev.gonet.dns.Resource;
import dev.gonet.dns.ResourceHeader;
import dev.gonet.dns.SRVResource;
import dev.gonet.dns.TXTResource;
import dev.gonet.dns.internal.DnsNames;
import dev.gonet.dns.internal.ResolvConf;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Go 1.19's stub resolver ({@code net/dnsclient_unix.go}): search-list expansion, retries over
 * the configured servers, Go's header checks and Go's {@link DNSException}s, which name the
 * server ({@code lookup nx.example on 127.0.0.1:53: no such host}).
 */
final class DnsClient {
    /** Go's text when an answer's records cannot be read (PTR's says "marshal", as in Go). */
    private static final String CANNOT_UNMARSHAL = "cannot unmarshal DNS message";

    private final Supplier<ResolvConf> conf;
    private final List<String> servers; // overrides the file's when non-empty
    private final long timeoutMillis; // overrides the file's when > 0
    private final boolean strictErrors;

    DnsClient(Supplier<ResolvConf> conf, List<String> servers, long timeoutMillis, boolean strictErrors) {
        this.conf = conf;
        this.servers = List.copyOf(servers);
        this.timeoutMillis = timeoutMillis;
        this.strictErrors = strictErrors;
    }

    /** A successful answer: a parser positioned at the first record of the asked type. */
    record Answer(Parser parser, String server) {
    }

    /** One query's outcome, as Go's {@code result} struct: an answer or an error. */
    private record Reply(Answer answer, DNSException error) {
    }

    /** Addresses of a name and the owner name of its first address record (Go's cname). */
    record IPResult(List<DnsNames.IPZone> addrs, String cname) {
    }

    /** Go's {@code tryOneName}: every server, {@code attempts} times, until one answers. */
    private Answer tryOneName(ResolvConf c, String name, int qtype) throws DNSException {
        List<String> list = servers.isEmpty() ? c.servers() : servers;
        long timeout = timeoutMillis > 0 ? timeoutMillis : c.timeoutSeconds() * 1000L;
        int offset = c.serverOffset();
        DNSException lastErr = null;
        for (int i = 0; i < c.attempts(); i++) {
            for (int j = 0; j < list.size(); j++) {
                String server = list.get(Math.floorMod(offset + j, list.size()));
                Parser p;
                try {
                    p = DnsExchange.exchange(server, name, qtype, timeout, c.useTCP());
                } catch (DnsExchange.Failure f) {
                    lastErr = new DNSException(f.getMessage(), name, server, f.timeout, f.opError, false);
                    continue;
                }
                Check err = checkHeader(p);
                if (err == Check.OK) {
                    err = skipToAnswer(p, qtype);
                    if (err == Check.OK) {
                        return new Answer(p, server);
                    }
                }
                boolean notFound = err == Check.NO_SUCH_HOST;
                lastErr = new DNSException(err.text, name, server, false, err == Check.SERVER_FAILURE, notFound);
                if (notFound) {
                    throw lastErr; // the name does not exist; other servers will agree
                }
            }
        }
        throw lastErr;
    }

    /** What Go's header checks make of a reply; SERVFAIL alone is temporary. */
    private enum Check {
        OK(""),
        NO_SUCH_HOST(DNSException.NO_SUCH_HOST),
        CANNOT_UNMARSHAL(DnsClient.CANNOT_UNMARSHAL),
        LAME_REFERRAL("lame referral"),
        SERVER_MISBEHAVING("server misbehaving"),
        SERVER_FAILURE("server misbehaving");

        final String text;

        Check(String text) {
            this.text = text;
        }
    }

    /** Go's {@code checkHeader}. */
    private static Check checkHeader(Parser p) {
        Header h = p.header();
        if (h.rcode() == RCode.NAME_ERROR) {
            return Check.NO_SUCH_HOST;
        }
        boolean none;
        try {
            none = p.answerHeader() == null;
        } catch (DNSFormatException e) {
            return Check.CANNOT_UNMARSHAL;
        }
        // libresolv moves on after an invalid referral (Go issue 15434).
        if (h.rcode() == RCode.SUCCESS && !h.authoritative() && !h.recursionAvailable() && none) {
            return Check.LAME_REFERRAL;
        }
        if (h.rcode() != RCode.SUCCESS) {
            return h.rcode() == RCode.SERVER_FAILURE ? Check.SERVER_FAILURE : Check.SERVER_MISBEHAVING;
        }
        return Check.OK;
    }

    /** Go's {@code skipToAnswer}: no record of the asked type means {@code no such host}. */
    private static Check skipToAnswer(Parser p, int qtype) {
        try {
            while (true) {
                ResourceHeader h = p.answerHeader();
                if (h == null) {
                    return Check.NO_SUCH_HOST;
                }
                if (h.type() == qtype) {
                    return Check.OK;
                }
                p.skipAnswer();
            }
        } catch (DNSFormatException e) {
            return Check.CANNOT_UNMARSHAL;
        }
    }

    /** Go's {@code Resolver.lookup}: one record type, through the search list. */
    Answer lookup(String name, int qtype) throws DNSException {
        if (!DnsNames.isDomainName(name)) {
            throw DNSException.notFound(name, "");
        }
        ResolvConf c = conf.get();
        DNSException err = null;
        for (String fqdn : c.nameList(name)) {
            try {
                return tryOneName(c, fqdn, qtype);
            } catch (DNSException e) {
                err = e;
                if (e.isTemporary() && strictErrors) {
                    break;
                }
            }
        }
        if (err == null) {
            throw DNSException.notFound(name, "");
        }
        // Show the name asked for, not a suffixed one (Go issue 6324).
        throw rename(err, name);
    }

    /**
     * The DNS half of Go's {@code goLookupIPCNAMEOrder}: A and AAAA (or one of them, by the
     * network's last character) for each search-list name until one yields addresses, sorted
     * by RFC 6724. May return no addresses and no error, as Go does for {@code .onion} names.
     */
    IPResult lookupIP(String network, String name) throws DNSException {
        ResolvConf c = conf.get();
        char v = network.charAt(network.length() - 1);
        int[] qtypes = v == '4' ? new int[] {RRType.A} : v == '6' ? new int[] {RRType.AAAA} : new int[] {RRType.A, RRType.AAAA};
        List<DnsNames.IPZone> addrs = new ArrayList<>();
        String cname = "";
        DNSException lastErr = null;
        for (String fqdn : c.nameList(name)) {
            boolean hitStrictError = false;
            for (Reply r : query(c, fqdn, qtypes)) {
                if (r.error() != null) {
                    DNSException e = r.error();
                    if (e.isTemporary() && strictErrors) {
                        hitStrictError = true;
                        lastErr = e;
                    } else if (lastErr == null || fqdn.equals(name + ".")) {
                        lastErr = e;
                    }
                    continue;
                }
                Parser p = r.answer().parser();
                try {
                    while (true) {
                        ResourceHeader h = p.answerHeader();
                        if (h == null) {
                            break;
                        }
                        if (h.type() == RRType.A || h.type() == RRType.AAAA) {
                            Resource rr = p.answer();
                            addrs.add(new DnsNames.IPZone(rr instanceof AResource a ? a.a() : ((AAAAResource) rr).aaaa(), ""));
                            if (cname.isEmpty()) {
                                cname = h.name().toString();
                            }
                        } else {
                            p.skipAnswer();
                        }
                    }
                } catch (DNSFormatException e) {
                    // Go's text says "marshal" here although it is unmarshalling.
                    lastErr = new DNSException("cannot marshal DNS message", name, r.answer().server(), false, false, false);
                }
            }
            if (hitStrictError) {
                // Flakiness must not turn a dual-stack name into a single-stack one.
                addrs.clear();
                break;
            }
            if (!addrs.isEmpty()) {
                break;
            }
        }
        if (lastErr != null) {
            lastErr = rename(lastErr, name);
        }
        SourceAddrs.sortByRFC6724(addrs);
        if (addrs.isEmpty() && lastErr != null) {
            throw lastErr;
        }
        return new IPResult(addrs, cname);
    }

    /** A and AAAA in parallel on virtual threads, as Go's goroutines, unless {@code single-request}. */
    private List<Reply> query(ResolvConf c, String fqdn, int[] qtypes) {
        Reply[] out = new Reply[qtypes.length];
        Thread[] threads = new Thread[qtypes.length];
        for (int i = 0; i < qtypes.length; i++) {
            int k = i;
            Runnable ask = () -> {
                try {
                    out[k] = new Reply(tryOneName(c, fqdn, qtypes[k]), null);
                } catch (DNSException e) {
                    out[k] = new Reply(null, e);
                }
            };
            if (c.singleRequest() || i == qtypes.length - 1) {
                ask.run();
            } else {
                threads[i] = Thread.ofVirtual().name("gonet-dns").start(ask);
            }
        }
        for (Thread t : threads) {
            if (t != null) {
                joinUninterruptibly(t);
            }
        }
        return List.of(out);
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads the answer records of one type; any malformed record fails with Go's text. */
    private interface Each {
        void accept(ResourceHeader h, Resource r);
    }

    private static void each(Answer a, int qtype, String errText, String name, Each each) throws DNSException {
        Parser p = a.parser();
        try {
            for (ResourceHeader h; (h = p.answerHeader()) != null;) {
                if (h.type() == qtype) {
                    each.accept(h, p.answer());
                } else {
                    p.skipAnswer();
                }
            }
        } catch (DNSFormatException e) {
            throw new DNSException(errText, name, a.server(), false, false, false);
        }
    }

    /** Go's {@code goLookupPTR} after the hosts file: PTR names, rooted, for an arpa name. */
    List<String> lookupPTR(String arpa, String addr) throws DNSException {
        List<String> ptrs = new ArrayList<>();
        each(lookup(arpa, RRType.PTR), RRType.PTR, "cannot marshal DNS message", addr,
                (h, r) -> ptrs.add(((PTRResource) r).ptr().toString()));
        return ptrs;
    }

    /** Go's {@code goLookupMX}, unsorted. */
    List<MX> lookupMX(String name) throws DNSException {
        List<MX> out = new ArrayList<>();
        each(lookup(name, RRType.MX), RRType.MX, CANNOT_UNMARSHAL, name, (h, r) -> {
            MXResource mx = (MXResource) r;
            out.add(new MX(mx.mx().toString(), mx.preference()));
        });
        return out;
    }

    /** Go's {@code goLookupNS}. */
    List<NS> lookupNS(String name) throws DNSException {
        List<NS> out = new ArrayList<>();
        each(lookup(name, RRType.NS), RRType.NS, CANNOT_UNMARSHAL, name,
                (h, r) -> out.add(new NS(((NSResource) r).ns().toString())));
        return out;
    }

    /** Go's {@code goLookupTXT}: each record's strings joined. */
    List<String> lookupTXT(String name) throws DNSException {
        List<String> out = new ArrayList<>();
        each(lookup(name, RRType.TXT), RRType.TXT, CANNOT_UNMARSHAL, name,
                (h, r) -> out.add(((TXTResource) r).joined()));
        return out;
    }

    /** Go's {@code goLookupSRV} for a built target; cname is the first SRV record's owner. */
    SRVResult lookupSRV(String target) throws DNSException {
        List<SRV> out = new ArrayList<>();
        String[] cname = {""};
        each(lookup(target, RRType.SRV), RRType.SRV, CANNOT_UNMARSHAL, target, (h, r) -> {
            SRVResource s = (SRVResource) r;
            if (cname[0].isEmpty()) {
                cname[0] = h.name().toString();
            }
            out.add(new SRV(s.target().toString(), s.port(), s.priority(), s.weight()));
        });
        return new SRVResult(cname[0], out);
    }

    private static DNSException rename(DNSException e, String name) {
        if (e.name().equals(name)) {
            return e;
        }
        return new DNSException(e.err(), name, e.server(), e.isTimeout(), e.isTemporary(), e.isNotFound());
    }
}
