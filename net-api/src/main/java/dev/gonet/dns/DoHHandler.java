package dev.gonet.dns;

import dev.gonet.Resolver;
import dev.gonet.http.Handler;
import dev.gonet.http.Handlers;
import dev.gonet.http.Request;
import dev.gonet.http.ResponseWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 8484 DNS-over-HTTPS endpoint for this library's {@link dev.gonet.http.Server}, answering
 * from a static {@link Zone} (authoritative) or from a {@link Resolver} (recursive, e.g. the
 * platform's).
 *
 * <pre>{@code
 * ServeMux mux = new ServeMux();
 * mux.handle("/dns-query", DoHHandler.forZone(Zone.builder("gonet.test").a("echo", "127.0.0.1").build()));
 * }</pre>
 *
 * <p><b>HTTP.</b> {@code GET ?dns=<base64url, no padding>} and {@code POST} with
 * {@code Content-Type: application/dns-message} (else 415); a query that is not base64url or not
 * a DNS message is 400, a missing {@code dns} parameter 400; other methods 405 with {@code Allow}.
 * Queries are bounded ({@link #DEFAULT_MAX_QUERY_BYTES} bytes of message, so at most 4 / 3 as
 * many characters of parameter): more is 413 (body) or 414 (parameter). Answers are
 * {@code application/dns-message} with {@code Cache-Control: max-age=} the smallest TTL of the
 * records sent (RFC 8484 section 5.1; 0 when none). CORS: every response carries
 * {@code Access-Control-Allow-Origin} ({@code *} unless {@link #withAllowOrigin configured}) and
 * {@code OPTIONS} preflights are answered with the methods and the {@code Content-Type} header
 * allowed, so pages from any origin can use the endpoint.
 *
 * <p><b>DNS.</b> The query's ID, opcode, RD and CD and its one question are echoed. A query that
 * is a response, or has other than one question, is FORMERR; an opcode other than QUERY is
 * NOTIMP. With EDNS in the query the answer has EDNS too (version 0; a higher version gets
 * BADVERS), and a padded query gets an answer padded to 468-byte blocks (RFC 8467).
 *
 * <p>Immutable; {@code with*} returns a new handler. Thread-safe: the server runs it on many
 * connections at once. A zone answers at once; a resolver's lookup blocks the handler for as long
 * as the resolver takes.
 */
public final class DoHHandler implements Handler {
    /** The largest query accepted, in bytes of DNS message. */
    public static final int DEFAULT_MAX_QUERY_BYTES = 4096;
    /** The TTL of answers from a resolver, which does not report the records' own. */
    public static final Duration DEFAULT_RESOLVER_TTL = Duration.ofSeconds(60);
    static final String ALLOWED_METHODS = "GET, POST, OPTIONS";

    private final Zone zone; // one of zone and resolver is set
    private final Resolver resolver;
    private final String allowOrigin;
    private final int maxQueryBytes;
    private final Duration resolverTtl;

    private DoHHandler(Zone zone, Resolver resolver, String allowOrigin, int maxQueryBytes, Duration resolverTtl) {
        this.zone = zone;
        this.resolver = resolver;
        this.allowOrigin = allowOrigin;
        this.maxQueryBytes = maxQueryBytes;
        this.resolverTtl = resolverTtl;
    }

    /**
     * Authoritative answers from {@code zone}; names outside it are REFUSED.
     *
     * @param zone the IPv6 zone, empty for none
     * @return the handler
     */
    public static DoHHandler forZone(Zone zone) {
        return new DoHHandler(Objects.requireNonNull(zone, "zone"), null, "*", DEFAULT_MAX_QUERY_BYTES,
                DEFAULT_RESOLVER_TTL);
    }

    /**
     * Recursive answers from {@code resolver} (see {@link #answer} for the mapping).
     *
     * @param resolver the resolver
     * @return the handler
     */
    public static DoHHandler forResolver(Resolver resolver) {
        return new DoHHandler(null, Objects.requireNonNull(resolver, "resolver"), "*", DEFAULT_MAX_QUERY_BYTES,
                DEFAULT_RESOLVER_TTL);
    }

    /**
     * The {@code Access-Control-Allow-Origin} value: {@code *}, one origin, or {@code ""} for no
     * CORS headers.
     *
     * @param origin the allow origin
     * @return a copy with this setting; the receiver is unchanged
     */
    public DoHHandler withAllowOrigin(String origin) {
        return new DoHHandler(zone, resolver, Objects.requireNonNull(origin, "origin"), maxQueryBytes, resolverTtl);
    }

    /**
     * The largest query accepted, 12-65535 bytes.
     *
     * @param n the max query bytes
     * @return a copy with this setting; the receiver is unchanged
     */
    public DoHHandler withMaxQueryBytes(int n) {
        if (n < 12 || n > 65535) {
            throw new IllegalArgumentException("max query bytes out of range 12-65535: " + n);
        }
        return new DoHHandler(zone, resolver, allowOrigin, n, resolverTtl);
    }

    /**
     * The TTL given to records from a resolver (default 60 s).
     *
     * @param ttl the time to live
     * @return a copy with this setting; the receiver is unchanged
     */
    public DoHHandler withResolverTTL(Duration ttl) {
        return new DoHHandler(zone, resolver, allowOrigin, maxQueryBytes, ttl);
    }

    /**
     * {@return the response to {@code query}, as this handler sends it} From a resolver: A and AAAA from
     *   {@code lookupIP("ip4"/"ip6")}, PTR from {@code lookupAddr}, CNAME, MX, SRV (the name asked is the
     *   whole {@code _service._proto.name}), TXT and NS from their lookups; other types are NOTIMP; not
     *   found is NXDOMAIN, a timeout or other failure SERVFAIL.
     *
     * @param query the query
     */
    public Message answer(Message query) {
        Message.Builder b = Message.builder().id(query.id()).response(true).opcode(query.opcode())
                .recursionDesired(query.recursionDesired()).checkingDisabled(query.checkingDisabled());
        for (Question q : query.questions()) {
            b.question(q);
        }
        OPTResource opt = query.opt();
        if (opt != null) {
            b.edns(DoHClient.EDNS_SIZE, false);
            if (opt.version() > 0) {
                return b.rcode(RCode.BAD_VERSION).build();
            }
        }
        if (query.response() || query.questions().size() != 1) {
            return b.rcode(RCode.FORMAT_ERROR).build();
        }
        if (query.opcode() != 0) {
            return b.rcode(RCode.NOT_IMPLEMENTED).build();
        }
        Question q = query.questions().get(0);
        Zone.Answer a = zone != null ? zone.answer(q) : ResolverAnswers.answer(resolver, q, resolverTtl.getSeconds());
        b.rcode(a.rcode()).authoritative(a.authoritative()).recursionAvailable(zone == null);
        a.answers().forEach(b::answer);
        a.authorities().forEach(b::authority);
        return b.build();
    }

    @Override
    public void serveHTTP(ResponseWriter w, Request r) throws IOException {
        if (!allowOrigin.isEmpty()) {
            w.header().set("Access-Control-Allow-Origin", allowOrigin);
            if (!allowOrigin.equals("*")) {
                w.header().set("Vary", "Origin");
            }
        }
        byte[] wire;
        switch (r.method()) {
            case "OPTIONS" -> {
                w.header().set("Allow", ALLOWED_METHODS);
                if (!allowOrigin.isEmpty()) {
                    w.header().set("Access-Control-Allow-Methods", ALLOWED_METHODS);
                    w.header().set("Access-Control-Allow-Headers", "Content-Type, Accept");
                    w.header().set("Access-Control-Max-Age", "86400");
                }
                w.writeHeader(204);
                return;
            }
            case "GET" -> {
                String dns = r.url().query().get("dns");
                if (dns.isEmpty()) {
                    Handlers.error(w, "missing dns query parameter", 400);
                    return;
                }
                if (dns.length() > (maxQueryBytes * 4 + 2) / 3) {
                    Handlers.error(w, "dns query parameter too long", 414);
                    return;
                }
                wire = base64url(dns);
                if (wire == null) {
                    Handlers.error(w, "dns query parameter is not base64url without padding", 400);
                    return;
                }
            }
            case "POST" -> {
                String ct = r.header().get("Content-Type");
                int semi = ct.indexOf(';');
                if (!(semi < 0 ? ct : ct.substring(0, semi)).trim().equalsIgnoreCase(DoHClient.MEDIA_TYPE)) {
                    Handlers.error(w, "Content-Type must be " + DoHClient.MEDIA_TYPE, 415);
                    return;
                }
                if (r.contentLength() > maxQueryBytes) {
                    Handlers.error(w, "DNS query too large", 413);
                    return;
                }
                wire = readBounded(r.body(), maxQueryBytes);
                if (wire == null) {
                    Handlers.error(w, "DNS query too large", 413);
                    return;
                }
            }
            default -> {
                w.header().set("Allow", ALLOWED_METHODS);
                Handlers.error(w, "method not allowed", 405);
                return;
            }
        }
        Message query;
        try {
            query = Message.parse(wire);
        } catch (DNSFormatException e) {
            Handlers.error(w, "malformed DNS message: " + e.getMessage(), 400);
            return;
        }
        Message resp = answer(query);
        boolean padded = query.opt() != null && query.opt().option(OPTResource.PADDING) != null;
        byte[] out = padded ? resp.packPadded() : resp.pack();
        w.header().set("Content-Type", DoHClient.MEDIA_TYPE);
        w.header().set("Cache-Control", "max-age=" + minTtl(resp));
        w.header().set("Content-Length", Integer.toString(out.length));
        w.write(out);
    }

    /** RFC 8484 section 5.1: no longer than the smallest TTL of the records sent. */
    static long minTtl(Message m) {
        long min = Long.MAX_VALUE;
        for (List<Resource> sec : List.of(m.answers(), m.authorities())) {
            for (Resource r : sec) {
                min = Math.min(min, r.ttl());
            }
        }
        return min == Long.MAX_VALUE ? 0 : min;
    }

    /** Strict base64url without padding (RFC 8484 section 6), or {@code null}. */
    private static byte[] base64url(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return null;
            }
        }
        if (s.length() % 4 == 1) {
            return null;
        }
        try {
            return Base64.getUrlDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** At most {@code max} bytes of {@code in}, or {@code null} when there are more. */
    private static byte[] readBounded(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[2048];
        for (int n; (n = in.read(buf, 0, buf.length)) >= 0;) {
            out.write(buf, 0, n);
            if (out.size() > max) {
                return null;
            }
        }
        return out.toByteArray();
    }
}
