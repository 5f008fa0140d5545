package dev.gonet.dns;

import dev.gonet.DNSException;
import dev.gonet.NetError;
import dev.gonet.http.Request;
import dev.gonet.http.Response;
import dev.gonet.http.RoundTripper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * One question over DNS over HTTPS (RFC 8484), asked of each endpoint in order until one gives
 * an answer that settles it, with Go's {@code tryOneName} rules for what settles it: an address
 * set, NXDOMAIN or NODATA settle (and are cached); network errors, timeouts, HTTP errors, a
 * wrong media type, malformed or mismatched answers, SERVFAIL, REFUSED and lame referrals move
 * on to the next endpoint.
 */
final class DoHClient {
    static final String MEDIA_TYPE = "application/dns-message";
    /** The UDP size advertised in the OPT record; DoH ignores it, Go's value is as good as any. */
    static final int EDNS_SIZE = 1232;
    /** Go's texts. */
    static final String CANNOT_UNMARSHAL = "cannot unmarshal DNS message";

    /** What a settled query found: the chain's end and the records of the asked type there. */
    record Answer(Name canonical, List<Resource> records, String server) {
    }

    private final List<String> endpoints;
    private final boolean post;
    private final Duration timeout;
    private final boolean padding;
    private final Supplier<RoundTripper> transport;
    private final DoHCache cache;
    private final long maxTtl;
    private final long maxNegativeTtl;

    DoHClient(List<String> endpoints, boolean post, Duration timeout, boolean padding, Supplier<RoundTripper> transport,
            DoHCache cache, long maxTtl, long maxNegativeTtl) {
        this.endpoints = endpoints;
        this.post = post;
        this.timeout = timeout;
        this.padding = padding;
        this.transport = transport;
        this.cache = cache;
        this.maxTtl = maxTtl;
        this.maxNegativeTtl = maxNegativeTtl;
    }

    DoHCache cache() {
        return cache;
    }

    /**
     * The records of {@code qtype} for {@code qname}; {@code name} is what errors call it (the
     * name as the caller wrote it). Not found is a {@link DNSException} with {@code isNotFound}.
     */
    Answer exchange(String name, Name qname, int qtype) throws DNSException {
        DoHCache.Key key = DoHCache.key(qname, qtype);
        DoHCache.Entry hit = cache.get(key, System.nanoTime());
        if (hit != null) {
            if (hit.answer() == null) {
                throw DNSException.notFound(name, hit.server());
            }
            return hit.answer();
        }
        DNSException lastErr = null;
        for (String server : endpoints) {
            Message m;
            try {
                m = ask(server, qname, qtype);
            } catch (Failure f) {
                lastErr = new DNSException(f.getMessage(), name, server, f.timeout, f.temporary, false);
                continue;
            }
            int rcode = m.rcode();
            if (rcode == RCode.NAME_ERROR) {
                cache.put(key, null, server, negativeTtl(m), System.nanoTime());
                throw DNSException.notFound(name, server); // the name does not exist; others will agree
            }
            if (rcode == RCode.SUCCESS && !m.authoritative() && !m.recursionAvailable() && m.answers().isEmpty()) {
                lastErr = new DNSException("lame referral", name, server, false, false, false);
                continue;
            }
            if (rcode != RCode.SUCCESS) {
                lastErr = new DNSException("server misbehaving", name, server, false,
                        rcode == RCode.SERVER_FAILURE, false);
                continue;
            }
            CnameChain.End end;
            try {
                end = CnameChain.follow(m.answers(), qname, qtype);
            } catch (DNSFormatException e) {
                lastErr = new DNSException(CANNOT_UNMARSHAL, name, server, false, false, false);
                continue;
            }
            if (end.records().isEmpty()) {
                cache.put(key, null, server, negativeTtl(m), System.nanoTime());
                throw DNSException.notFound(name, server); // NODATA: as settled as NXDOMAIN, in Go too
            }
            Answer a = new Answer(end.name(), end.records(), server);
            cache.put(key, a, server, Math.min(end.minTtl(), maxTtl), System.nanoTime());
            return a;
        }
        throw lastErr;
    }

    /** RFC 2308 section 5: the SOA's TTL and MINIMUM bound a negative answer; without an SOA it is not kept. */
    private long negativeTtl(Message m) {
        for (Resource r : m.authorities()) {
            if (r instanceof SOAResource soa) {
                return Math.min(soa.negativeTtl(), maxNegativeTtl);
            }
        }
        return 0;
    }

    /** A failed exchange with one endpoint, and what Go's DNSError flags make of it. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean timeout;
        final boolean temporary;

        Failure(String text, boolean timeout, boolean temporary) {
            super(text);
            this.timeout = timeout;
            this.temporary = temporary;
        }
    }

    /** One HTTP exchange: the checked response message, or why there is none. */
    private Message ask(String server, Name qname, int qtype) throws Failure {
        Message query = Message.builder().id(0).recursionDesired(true).question(new Question(qname, qtype))
                .edns(EDNS_SIZE, false).build();
        byte[] wire;
        Request req;
        try {
            wire = padding ? query.packPadded() : query.pack();
            if (post) {
                req = new Request("POST", server, new ByteArrayInputStream(wire));
                req.header().set("Content-Type", MEDIA_TYPE);
            } else {
                String dns = Base64.getUrlEncoder().withoutPadding().encodeToString(wire);
                req = new Request("GET", server + (server.indexOf('?') >= 0 ? "&" : "?") + "dns=" + dns, null);
            }
        } catch (IOException e) {
            throw new Failure("cannot marshal DNS message", false, false);
        }
        req.header().set("Accept", MEDIA_TYPE);
        req.setDeadline(Instant.now().plus(timeout));
        byte[] body;
        Response resp;
        try {
            resp = transport.get().roundTrip(req);
        } catch (IOException e) {
            throw new Failure(e.getMessage(), e instanceof NetError ne && ne.isTimeout(), true);
        }
        try (InputStream in = resp.body()) {
            if (resp.statusCode() / 100 != 2) {
                throw new Failure("HTTP status " + resp.status(), false, resp.statusCode() >= 500);
            }
            String ct = resp.header().get("Content-Type");
            int semi = ct.indexOf(';');
            if (!(semi < 0 ? ct : ct.substring(0, semi)).trim().equalsIgnoreCase(MEDIA_TYPE)) {
                throw new Failure("unexpected Content-Type \"" + ct + "\"", false, false);
            }
            body = readBounded(in);
        } catch (IOException e) {
            throw new Failure(e.getMessage(), e instanceof NetError ne && ne.isTimeout(), true);
        }
        if (body == null) {
            throw new Failure(CANNOT_UNMARSHAL, false, false);
        }
        Message m;
        try {
            m = Message.parse(body);
        } catch (DNSFormatException e) {
            throw new Failure(CANNOT_UNMARSHAL, false, false);
        }
        List<Question> qs = m.questions();
        if (!m.response() || m.id() != query.id() || qs.size() != 1 || qs.get(0).type() != qtype
                || qs.get(0).cls() != DNSClass.INET || !qs.get(0).name().equalsIgnoreCase(qname)) {
            throw new Failure("invalid DNS response", false, false);
        }
        return m;
    }

    /** The body, or {@code null} when it is longer than any DNS message can be. */
    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        for (int n; (n = in.read(buf, 0, buf.length)) >= 0;) {
            out.write(buf, 0, n);
            if (out.size() > Wire.MAX_MESSAGE) {
                return null;
            }
        }
        return out.toByteArray();
    }
}
