package dev.gonet.jvm.dns;

import dev.gonet.DNSException;
import dev.gonet.IP;
import dev.gonet.internal.DnsMessage;
import dev.gonet.internal.DnsNames;
import dev.gonet.internal.ResolvConf;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Go 1.19's stub resolver ({@code net/dnsclient_unix.go}): search-list expansion, retries over
 * the configured servers, Go's header checks and Go's {@link DNSException}s, which name the
 * server ({@code lookup nx.example on 127.0.0.1:53: no such host}).
 */
final class DnsClient {
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
    record Answer(DnsMessage.Parser parser, String server) {
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
                DnsMessage.Parser p;
                try {
                    p = DnsExchange.exchange(server, name, qtype, timeout, c.useTCP());
                } catch (DnsExchange.Failure f) {
                    lastErr = new DNSException(f.getMessage(), name, server, f.timeout, f.opError, false);
                    continue;
                }
                Reply err = checkHeader(p);
                if (err == Reply.OK) {
                    err = skipToAnswer(p, qtype);
                    if (err == Reply.OK) {
                        return new Answer(p, server);
                    }
                }
                boolean notFound = err == Reply.NO_SUCH_HOST;
                lastErr = new DNSException(err.text, name, server, false, err == Reply.SERVER_FAILURE, notFound);
                if (notFound) {
                    throw lastErr; // the name does not exist; other servers will agree
                }
            }
        }
        throw lastErr;
    }

    /** What Go's header checks make of a reply; SERVFAIL alone is temporary. */
    private enum Reply {
        OK(""),
        NO_SUCH_HOST(DNSException.NO_SUCH_HOST),
        CANNOT_UNMARSHAL("cannot unmarshal DNS message"),
        LAME_REFERRAL("lame referral"),
        SERVER_MISBEHAVING("server misbehaving"),
        SERVER_FAILURE("server misbehaving");

        final String text;

        Reply(String text) {
            this.text = text;
        }
    }

    /** Go's {@code checkHeader}. */
    private static Reply checkHeader(DnsMessage.Parser p) {
        DnsMessage.Header h = p.header();
        if (h.rcode() == DnsMessage.RCODE_NAME_ERROR) {
            return Reply.NO_SUCH_HOST;
        }
        boolean none;
        try {
            none = p.answerHeader() == null;
        } catch (DnsMessage.FormatException e) {
            return Reply.CANNOT_UNMARSHAL;
        }
        // libresolv moves on after an invalid referral (Go issue 15434).
        if (h.rcode() == DnsMessage.RCODE_SUCCESS && !h.authoritative() && !h.recursionAvailable() && none) {
            return Reply.LAME_REFERRAL;
        }
        if (h.rcode() != DnsMessage.RCODE_SUCCESS) {
            return h.rcode() == DnsMessage.RCODE_SERVER_FAILURE ? Reply.SERVER_FAILURE : Reply.SERVER_MISBEHAVING;
        }
        return Reply.OK;
    }

    /** Go's {@code skipToAnswer}: no record of the asked type means {@code no such host}. */
    private static Reply skipToAnswer(DnsMessage.Parser p, int qtype) {
        try {
            while (true) {
                DnsMessage.ResourceHeader h = p.answerHeader();
                if (h == null) {
                    return Reply.NO_SUCH_HOST;
                }
                if (h.type() == qtype) {
                    return Reply.OK;
                }
                p.skipAnswer();
            }
        } catch (DnsMessage.FormatException e) {
            return Reply.CANNOT_UNMARSHAL;
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
        int[] qtypes = v == '4' ? new int[] {DnsMessage.TYPE_A}
                : v == '6' ? new int[] {DnsMessage.TYPE_AAAA} : new int[] {DnsMessage.TYPE_A, DnsMessage.TYPE_AAAA};
        List<DnsNames.IPZone> addrs = new ArrayList<>();
        String cname = "";
        DNSException lastErr = null;
        for (String fqdn : c.nameList(name)) {
            Object[] results = query(c, fqdn, qtypes);
            boolean hitStrictError = false;
            for (Object r : results) {
                if (r instanceof DNSException e) {
                    if (e.isTemporary() && strictErrors) {
                        hitStrictError = true;
                        lastErr = e;
                    } else if (lastErr == null || fqdn.equals(name + ".")) {
                        lastErr = e;
                    }
                    continue;
                }
                Answer a = (Answer) r;
                try {
                    while (true) {
                        DnsMessage.ResourceHeader h = a.parser().answerHeader();
                        if (h == null) {
                            break;
                        }
                        if (h.type() == DnsMessage.TYPE_A || h.type() == DnsMessage.TYPE_AAAA) {
                            addrs.add(new DnsNames.IPZone(IP.of(a.parser().addressResource()), ""));
                            if (cname.isEmpty()) {
                                cname = h.name();
                            }
                        } else {
                            a.parser().skipAnswer();
                        }
                    }
                } catch (DnsMessage.FormatException e) {
                    // Go's text says "marshal" here although it is unmarshalling.
                    lastErr = new DNSException("cannot marshal DNS message", name, a.server(), false, false, false);
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
    private Object[] query(ResolvConf c, String fqdn, int[] qtypes) {
        Object[] out = new Object[qtypes.length];
        Thread[] threads = new Thread[qtypes.length];
        for (int i = 0; i < qtypes.length; i++) {
            int k = i;
            Runnable ask = () -> {
                try {
                    out[k] = tryOneName(c, fqdn, qtypes[k]);
                } catch (DNSException e) {
                    out[k] = e;
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
        return out;
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

    /** Go's {@code goLookupPTR} after the hosts file: PTR names, rooted, for an arpa name. */
    List<String> lookupPTR(String arpa, String addr) throws DNSException {
        Answer a = lookup(arpa, DnsMessage.TYPE_PTR);
        List<String> ptrs = new ArrayList<>();
        try {
            while (true) {
                DnsMessage.ResourceHeader h = a.parser().answerHeader();
                if (h == null) {
                    return ptrs;
                }
                if (h.type() == DnsMessage.TYPE_PTR) {
                    ptrs.add(a.parser().nameResource());
                } else {
                    a.parser().skipAnswer();
                }
            }
        } catch (DnsMessage.FormatException e) {
            throw new DNSException("cannot marshal DNS message", addr, a.server(), false, false, false);
        }
    }

    private static DNSException rename(DNSException e, String name) {
        if (e.name().equals(name)) {
            return e;
        }
        return new DNSException(e.err(), name, e.server(), e.isTimeout(), e.isTemporary(), e.isNotFound());
    }
}
