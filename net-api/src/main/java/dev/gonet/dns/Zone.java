package dev.gonet.dns;

import dev.gonet.IP;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A static, authoritative zone: the records under one origin, answered as an authoritative
 * server does (RFC 1034 section 4.3.2, RFC 2308): CNAMEs chased inside the zone, NXDOMAIN with
 * the SOA in the authority section for names that do not exist, NODATA (NOERROR, SOA in the
 * authority section) for a name that exists without the type asked, REFUSED for names outside
 * the zone. No wildcards, no delegation. Immutable and thread-safe.
 *
 * <pre>{@code
 * Zone z = Zone.builder("gonet.test").a("echo", "127.0.0.1").aaaa("echo", "::1")
 *         .cname("www", "echo").mx("@", 10, "mail").txt("@", "v=spf1 -all")
 *         .srv("_http._tcp", 0, 5, 8080, "echo").build();
 * }</pre>
 */
public final class Zone {
    /** The longest CNAME chain followed inside the zone. */
    public static final int MAX_CNAME_CHAIN = CnameChain.MAX_LENGTH;

    private final Name origin;
    private final SOAResource soa;
    private final List<Resource> records;
    private final Map<Name, List<Resource>> byName; // keys lower-cased

    private Zone(Name origin, SOAResource soa, List<Resource> records) {
        this.origin = origin;
        this.soa = soa;
        this.records = List.copyOf(records);
        Map<Name, List<Resource>> m = new HashMap<>();
        m.computeIfAbsent(soa.name().toLowerCase(), k -> new ArrayList<>()).add(soa);
        for (Resource r : records) {
            m.computeIfAbsent(r.name().toLowerCase(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<Name, List<Resource>> e : m.entrySet()) {
            List<Resource> rs = e.getValue();
            boolean cname = false;
            for (Resource r : rs) {
                cname |= r instanceof CNAMEResource;
            }
            if (cname && rs.size() > 1) {
                throw new IllegalArgumentException("CNAME and other data at " + e.getKey() + " (RFC 1034 section 3.6.2)");
            }
            e.setValue(List.copyOf(rs));
        }
        this.byName = m;
    }

    /**
     * {@return a builder for the zone at {@code origin}, e.g. {@code gonet.test}}
     *
     * @param origin the origin
     */
    public static Builder builder(String origin) {
        return new Builder(name(origin, Name.ROOT), 300, List.of(), null);
    }

    /** {@return the zone's origin, the name every record is under} */
    public Name origin() {
        return origin;
    }

    /** {@return the zone's {@code SOA} record, sent with negative answers} */
    public SOAResource soa() {
        return soa;
    }

    /** {@return every record but the SOA, in the order added} */
    public List<Resource> records() {
        return records;
    }

    /**
     * What the zone says about one question.
     *
     * @param rcode the response code
     * @param authoritative whether the answer is authoritative
     * @param answers the answers
     * @param authorities the authorities
     */
    public record Answer(int rcode, boolean authoritative, List<Resource> answers, List<Resource> authorities) {
        /**
         * Checks and normalizes the components, as the class comment says.
         *
         * @param rcode the response code
         * @param authoritative whether the answer is authoritative
         * @param answers the answers
         * @param authorities the authorities
         */
        public Answer {
            answers = List.copyOf(answers);
            authorities = List.copyOf(authorities);
        }
    }

    /**
     * {@return the authoritative answer to {@code q} ({@link RRType#ANY} gives every record of the name)}
     *
     * @param q the question
     */
    public Answer answer(Question q) {
        Name cur = q.name();
        if (!cur.isSubdomainOf(origin) || q.cls() != DNSClass.INET && q.cls() != DNSClass.ANY) {
            return new Answer(RCode.REFUSED, false, List.of(), List.of());
        }
        List<Resource> answers = new ArrayList<>();
        for (int hops = 0; hops <= MAX_CNAME_CHAIN; hops++) {
            List<Resource> here = byName.get(cur.toLowerCase());
            if (here == null) {
                int rcode = exists(cur) ? RCode.SUCCESS : RCode.NAME_ERROR;
                return new Answer(rcode, true, answers, List.of(negativeSoa()));
            }
            List<Resource> match = new ArrayList<>();
            for (Resource r : here) {
                if (r.type() == q.type() || q.type() == RRType.ANY) {
                    match.add(r);
                }
            }
            if (!match.isEmpty()) {
                answers.addAll(match);
                return new Answer(RCode.SUCCESS, true, answers, List.of());
            }
            if (!(here.get(0) instanceof CNAMEResource c)) {
                return new Answer(RCode.SUCCESS, true, answers, List.of(negativeSoa()));
            }
            answers.add(c);
            cur = c.cname();
            if (!cur.isSubdomainOf(origin)) {
                return new Answer(RCode.SUCCESS, true, answers, List.of()); // the rest is another server's
            }
        }
        return new Answer(RCode.SERVER_FAILURE, true, List.of(), List.of()); // a loop in our own data
    }

    /** An empty non-terminal (a name with descendants but no records) exists: NODATA, not NXDOMAIN. */
    private boolean exists(Name n) {
        for (Name owner : byName.keySet()) {
            if (owner.isSubdomainOf(n)) {
                return true;
            }
        }
        return false;
    }

    /** RFC 2308 section 3: the SOA of a negative answer carries min(TTL, MINIMUM) as its TTL. */
    private SOAResource negativeSoa() {
        return new SOAResource(soa.name(), soa.cls(), soa.negativeTtl(), soa.ns(), soa.mbox(), soa.serial(),
                soa.refresh(), soa.retry(), soa.expire(), soa.minimum());
    }

    static Name name(String text, Name origin) {
        try {
            return Name.parse(Objects.requireNonNull(text, "name"), origin);
        } catch (DNSFormatException e) {
            throw new IllegalArgumentException("bad name \"" + text + "\": " + e.getMessage(), e);
        }
    }

    /**
     * Builds a {@link Zone}. Immutable: every method returns a new builder, so a half-built zone
     * can be shared and extended. Names are relative to the origin unless they end in a dot;
     * {@code @} is the origin. Records take the builder's current {@link #ttl(long) TTL} (300 s to
     * begin with). Without {@link #soa}, the zone gets {@code ns1.<origin> hostmaster.<origin> 1
     * 3600 600 86400 60}.
     */
    public static final class Builder {
        private final Name origin;
        private final long ttl;
        private final List<Resource> records;
        private final SOAResource soa;

        private Builder(Name origin, long ttl, List<Resource> records, SOAResource soa) {
            this.origin = origin;
            this.ttl = ttl;
            this.records = records;
            this.soa = soa;
        }

        private Name n(String text) {
            return name(text, origin);
        }

        /**
         * {@return the TTL, in seconds, of records added after this}
         *
         * @param seconds the number of seconds
         */
        public Builder ttl(long seconds) {
            Wire.checkU32(seconds, "ttl");
            return new Builder(origin, seconds, records, soa);
        }

        /**
         * Adds any record; its owner must be in the zone.
         *
         * @param r the record
         * @return this builder
         */
        public Builder record(Resource r) {
            if (!r.name().isSubdomainOf(origin)) {
                throw new IllegalArgumentException(r.name() + " is not in zone " + origin);
            }
            if (r instanceof OPTResource) {
                throw new IllegalArgumentException("an OPT record belongs to a message, not a zone");
            }
            List<Resource> all = new ArrayList<>(records);
            all.add(r);
            return new Builder(origin, ttl, List.copyOf(all), soa);
        }

        /**
         * Adds an {@code A} record.
         *
         * @param name the name
         * @param ip the IP address
         * @return this builder
         */
        public Builder a(String name, String ip) {
            return record(new AResource(n(name), ttl, ip(ip)));
        }

        /**
         * Adds an {@code AAAA} record.
         *
         * @param name the name
         * @param ip the IP address
         * @return this builder
         */
        public Builder aaaa(String name, String ip) {
            return record(new AAAAResource(n(name), ttl, ip(ip)));
        }

        /**
         * Adds a {@code CNAME} record: {@code name} is an alias of {@code target}.
         *
         * @param name the name
         * @param target the target name
         * @return this builder
         */
        public Builder cname(String name, String target) {
            return record(new CNAMEResource(n(name), ttl, n(target)));
        }

        /**
         * Adds a {@code PTR} record.
         *
         * @param name the name
         * @param target the target name
         * @return this builder
         */
        public Builder ptr(String name, String target) {
            return record(new PTRResource(n(name), ttl, n(target)));
        }

        /**
         * Adds an {@code NS} record.
         *
         * @param name the name
         * @param host the host name or IP literal
         * @return this builder
         */
        public Builder ns(String name, String host) {
            return record(new NSResource(n(name), ttl, n(host)));
        }

        /**
         * Adds an {@code MX} record.
         *
         * @param name the name
         * @param preference the preference, lower first
         * @param host the host name or IP literal
         * @return this builder
         */
        public Builder mx(String name, int preference, String host) {
            return record(new MXResource(n(name), ttl, preference, n(host)));
        }

        /**
         * Adds an {@code SRV} record.
         *
         * @param name the name
         * @param priority the priority, lower first
         * @param weight the weight among equal priorities
         * @param port the port number
         * @param target the target name
         * @return this builder
         */
        public Builder srv(String name, int priority, int weight, int port, String target) {
            return record(new SRVResource(n(name), ttl, priority, weight, port, n(target)));
        }

        /**
         * {@return one TXT record of these strings (UTF-8, cut into 255-byte pieces when longer)}
         *
         * @param name the name
         * @param texts the strings
         */
        public Builder txt(String name, String... texts) {
            return record(TXTResource.of(n(name), ttl, texts));
        }

        /**
         * {@return the zone's SOA, at the origin, with the builder's TTL}
         *
         * @param ns the primary name server
         * @param mbox the administrator's mailbox, as a name
         * @param serial the zone serial number
         * @param refresh seconds before secondaries refresh the zone
         * @param retry seconds between failed refreshes
         * @param expire seconds after which secondaries stop answering
         * @param minimum the negative caching TTL, seconds
         */
        public Builder soa(String ns, String mbox, long serial, long refresh, long retry, long expire, long minimum) {
            return new Builder(origin, ttl, records,
                    new SOAResource(origin, ttl, n(ns), n(mbox), serial, refresh, retry, expire, minimum));
        }

        /**
         * Adds the records of master-file text (RFC 1035 section 5, one record per line):
         * {@code owner [ttl] [IN] type data}, {@code $TTL}, {@code $ORIGIN} (within the zone),
         * {@code ;} comments, a blank owner for the previous one, quoted TXT strings; types A,
         * AAAA, CNAME, PTR, NS, MX, SRV, TXT and SOA.
         *
         * @param masterFile the parse
         * @return this builder
         * @throws IllegalArgumentException naming the line that does not parse
         *
         */
        public Builder parse(String masterFile) {
            return ZoneText.parse(this, masterFile);
        }

        Name origin() {
            return origin;
        }

        Builder withSoa(SOAResource s) {
            if (!s.name().equalsIgnoreCase(origin)) {
                throw new IllegalArgumentException("the SOA must be at the origin " + origin + ", not " + s.name());
            }
            return new Builder(origin, ttl, records, s);
        }

        long currentTtl() {
            return ttl;
        }

        /** {@return the zone with the records added so far} */
        public Zone build() {
            SOAResource s = soa != null ? soa
                    : new SOAResource(origin, ttl, n("ns1"), n("hostmaster"), 1, 3600, 600, 86400, 60);
            return new Zone(origin, s, records);
        }

        private static IP ip(String text) {
            IP ip = IP.parse(text);
            if (ip == null) {
                throw new IllegalArgumentException("not an IP address: " + text);
            }
            return ip;
        }
    }
}
