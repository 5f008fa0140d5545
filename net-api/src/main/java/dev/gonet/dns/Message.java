package dev.gonet.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A whole DNS message (RFC 1035 section 4): header, questions, answers, authorities and
 * additionals. Immutable and thread-safe; made by {@link #parse} or a {@link Builder}.
 *
 * <p>{@link #parse} reads every section and fails fast on counts the message cannot hold, on
 * pointer loops or forward pointers, on names over 255 bytes and on RDATA whose length disagrees
 * with its contents; input over 65535 bytes is refused. {@link #pack} compresses names (owner
 * names and the names inside CNAME, NS, PTR, MX and SOA data; never an SRV target). EDNS(0)
 * padding (RFC 7830) with RFC 8467's block sizes is opt-in: {@link #packPadded}.
 *
 * <p>{@link #rcode()} is the 12-bit response code: the header's 4 bits and, when an OPT record is
 * present, its 8 extended bits.
 */
public final class Message {
    /** RFC 8467 section 4.1: queries are padded to a multiple of this many octets. */
    public static final int QUERY_PADDING_BLOCK = 128;
    /** RFC 8467 section 4.1: responses are padded to a multiple of this many octets. */
    public static final int RESPONSE_PADDING_BLOCK = 468;

    private final Header header;
    private final List<Question> questions;
    private final List<Resource> answers;
    private final List<Resource> authorities;
    private final List<Resource> additionals;

    private Message(Header header, List<Question> questions, List<Resource> answers, List<Resource> authorities,
            List<Resource> additionals) {
        this.header = header;
        this.questions = List.copyOf(questions);
        this.answers = List.copyOf(answers);
        this.authorities = List.copyOf(authorities);
        this.additionals = List.copyOf(additionals);
    }

    /** {@return a builder for a new message: ID 0, a query, opcode 0, no flags, NOERROR, no records} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this message's header and records} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.header = header;
        b.rcode = rcode();
        b.questions.addAll(questions);
        b.answers.addAll(answers);
        b.authorities.addAll(authorities);
        b.additionals.addAll(additionals);
        return b;
    }

    /**
     * Reads a whole message. Fails with {@link DNSFormatException} on anything malformed,
     * including a second OPT record (RFC 6891 section 6.1.1).
     *
     * @param msg the message bytes
     * @return the message
     * @throws DNSFormatException if the message or name is malformed or over a limit
     */
    public static Message parse(byte[] msg) throws DNSFormatException {
        Parser p = new Parser(msg);
        // Each question takes at least 5 bytes and each record 11: a count that cannot fit
        // fails here, before any list grows.
        long least = 5L * p.count(0) + 11L * (p.count(1) + p.count(2) + p.count(3));
        if (least > msg.length - Wire.HEADER_LEN) {
            throw new DNSFormatException(Wire.COUNTS_TOO_LARGE);
        }
        List<Question> qs = new ArrayList<>();
        for (Question q; (q = p.question()) != null;) {
            qs.add(q);
        }
        List<Resource> an = new ArrayList<>();
        for (Resource r; (r = p.answer()) != null;) {
            an.add(r);
        }
        List<Resource> ns = new ArrayList<>();
        for (Resource r; (r = p.authority()) != null;) {
            ns.add(r);
        }
        List<Resource> ar = new ArrayList<>();
        boolean opt = false;
        for (Resource r; (r = p.additional()) != null;) {
            if (r instanceof OPTResource) {
                if (opt) {
                    throw new DNSFormatException("more than one OPT record");
                }
                opt = true;
            }
            ar.add(r);
        }
        return new Message(p.header(), qs, an, ns, ar);
    }

    /** {@return the header} */
    public Header header() {
        return header;
    }

    /**
     * {@return the 16-bit message ID that pairs a response with its query}: the header's {@code ID} field.
     */
    public int id() {
        return header.id();
    }

    /** {@return whether this is a response (not a query)}: the header's {@code QR} field. */
    public boolean response() {
        return header.response();
    }

    /** {@return the kind of query, 0 for a standard query}: the header's {@code OPCODE} field. */
    public int opcode() {
        return header.opcode();
    }

    /** {@return whether the answer is authoritative}: the header's {@code AA} field. */
    public boolean authoritative() {
        return header.authoritative();
    }

    /** {@return whether the message was truncated}: the header's {@code TC} field. */
    public boolean truncated() {
        return header.truncated();
    }

    /** {@return whether the query asks for recursion}: the header's {@code RD} field. */
    public boolean recursionDesired() {
        return header.recursionDesired();
    }

    /** {@return whether the server offers recursion}: the header's {@code RA} field. */
    public boolean recursionAvailable() {
        return header.recursionAvailable();
    }

    /** {@return whether the data was authenticated (DNSSEC)}: the header's {@code AD} field. */
    public boolean authenticData() {
        return header.authenticData();
    }

    /** {@return whether the query turns DNSSEC checking off}: the header's {@code CD} field. */
    public boolean checkingDisabled() {
        return header.checkingDisabled();
    }

    /** {@return the 12-bit response code: header bits plus the OPT record's extended bits} */
    public int rcode() {
        OPTResource o = opt();
        return o == null ? header.rcode() : o.extendedRcode() << 4 | header.rcode();
    }

    /** {@return the question section} */
    public List<Question> questions() {
        return questions;
    }

    /** {@return the answer section} */
    public List<Resource> answers() {
        return answers;
    }

    /** {@return the authority section} */
    public List<Resource> authorities() {
        return authorities;
    }

    /** {@return the additional section (with the OPT record, if any)} */
    public List<Resource> additionals() {
        return additionals;
    }

    /** {@return the OPT record of the additional section, or {@code null} without EDNS} */
    public OPTResource opt() {
        for (Resource r : additionals) {
            if (r instanceof OPTResource o) {
                return o;
            }
        }
        return null;
    }

    /**
     * {@return the wire form, names compressed}
     *
     * @throws DNSFormatException if the message or name is malformed or over a limit
     */
    public byte[] pack() throws DNSFormatException {
        return pack(additionals);
    }

    private byte[] pack(List<Resource> extra) throws DNSFormatException {
        WireWriter w = new WireWriter();
        w.u16(header.id());
        w.u16(header.bits());
        w.u16(questions.size());
        w.u16(answers.size());
        w.u16(authorities.size());
        w.u16(extra.size());
        for (Question q : questions) {
            try {
                w.name(q.name(), true);
                w.u16(q.type());
                w.u16(q.cls());
            } catch (DNSFormatException e) {
                throw e.in("packing Question");
            }
        }
        section(w, answers, "packing Answer");
        section(w, authorities, "packing Authority");
        section(w, extra, "packing Additional");
        return w.toByteArray();
    }

    private static void section(WireWriter w, List<Resource> rs, String what) throws DNSFormatException {
        for (Resource r : rs) {
            try {
                Records.pack(w, r);
            } catch (DNSFormatException e) {
                throw e.in(what);
            }
        }
    }

    /**
     * {@return the wire form padded per RFC 8467 (padding option of RFC 7830): a query to a multiple of
     *   {@value #QUERY_PADDING_BLOCK} octets, a response to a multiple of {@value
     *   #RESPONSE_PADDING_BLOCK}} Padding travels in the OPT record, so a message without one is returned
     *   unpadded; a padding option already present is replaced. Where a full block would pass 65535 bytes,
     *   the message is padded only up to that limit.
     *
     * @throws DNSFormatException if the message or name is malformed or over a limit
     */
    public byte[] packPadded() throws DNSFormatException {
        OPTResource o = opt();
        if (o == null) {
            return pack();
        }
        OPTResource bare = o.without(OPTResource.PADDING);
        int block = header.response() ? RESPONSE_PADDING_BLOCK : QUERY_PADDING_BLOCK;
        List<Resource> extra = withOpt(bare.with(new OPTResource.Option(OPTResource.PADDING, ByteString.EMPTY)));
        int unpadded = pack(extra).length;
        int pad = (block - unpadded % block) % block;
        pad = Math.min(pad, Wire.MAX_MESSAGE - unpadded);
        extra = withOpt(bare.with(new OPTResource.Option(OPTResource.PADDING, ByteString.of(new byte[pad]))));
        return pack(extra);
    }

    private List<Resource> withOpt(OPTResource o) {
        List<Resource> out = new ArrayList<>(additionals.size());
        for (Resource r : additionals) {
            out.add(r instanceof OPTResource ? o : r);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && header.equals(m.header) && questions.equals(m.questions)
                && answers.equals(m.answers) && authorities.equals(m.authorities) && additionals.equals(m.additionals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(header, questions, answers, authorities, additionals);
    }

    /** Roughly what dig prints: header, then each section's records, one per line. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        s.append(";; opcode: ").append(opcode()).append(", status: ").append(RCode.name(rcode())).append(", id: ")
                .append(id()).append("\n;; flags:").append(response() ? " qr" : "").append(authoritative() ? " aa" : "")
                .append(truncated() ? " tc" : "").append(recursionDesired() ? " rd" : "")
                .append(recursionAvailable() ? " ra" : "").append(authenticData() ? " ad" : "")
                .append(checkingDisabled() ? " cd" : "").append('\n');
        for (Question q : questions) {
            s.append(";").append(q).append('\n');
        }
        for (List<Resource> sec : List.of(answers, authorities, additionals)) {
            for (Resource r : sec) {
                s.append(r).append('\n');
            }
        }
        return s.toString();
    }

    /**
     * Assembles a {@link Message}. Not thread-safe; {@link #build()} may be called more than once.
     * {@link #rcode(int)} takes the 12-bit code and, at {@link #build()}, sets the OPT record's
     * extended bits to match (a code over 15 needs an OPT record).
     */
    public static final class Builder {
        private Header header = new Header(0, false, 0, false, false, false, false, false, false, 0);
        private int rcode;
        private final List<Question> questions = new ArrayList<>();
        private final List<Resource> answers = new ArrayList<>();
        private final List<Resource> authorities = new ArrayList<>();
        private final List<Resource> additionals = new ArrayList<>();

        private Builder() {
        }

        /**
         * Replaces every header field but the rcode, which {@link #rcode(int)} sets.
         *
         * @param h the header
         * @return this builder
         */
        public Builder header(Header h) {
            header = Objects.requireNonNull(h, "header");
            return this;
        }

        private Builder with(int id, boolean qr, int op, boolean aa, boolean tc, boolean rd, boolean ra, boolean ad,
                boolean cd) {
            header = new Header(id, qr, op, aa, tc, rd, ra, ad, cd, 0);
            return this;
        }

        /**
         * Sets the header's {@code ID} field: the 16-bit message ID that pairs a response with its query.
         *
         * @param id the message ID
         * @return this builder
         */
        public Builder id(int id) {
            Header h = header;
            return with(id, h.response(), h.opcode(), h.authoritative(), h.truncated(), h.recursionDesired(),
                    h.recursionAvailable(), h.authenticData(), h.checkingDisabled());
        }

        /**
         * Sets the header's {@code QR} field: whether this is a response (not a query).
         *
         * @param v the {@code QR} field
         * @return this builder
         */
        public Builder response(boolean v) {
            Header h = header;
            return with(h.id(), v, h.opcode(), h.authoritative(), h.truncated(), h.recursionDesired(),
                    h.recursionAvailable(), h.authenticData(), h.checkingDisabled());
        }

        /**
         * Sets the header's {@code OPCODE} field: the kind of query, 0 for a standard query.
         *
         * @param v the {@code OPCODE} field
         * @return this builder
         */
        public Builder opcode(int v) {
            Header h = header;
            return with(h.id(), h.response(), v, h.authoritative(), h.truncated(), h.recursionDesired(),
                    h.recursionAvailable(), h.authenticData(), h.checkingDisabled());
        }

        /**
         * Sets the header's {@code AA} field: whether the answer is authoritative.
         *
         * @param v the {@code AA} field
         * @return this builder
         */
        public Builder authoritative(boolean v) {
            Header h = header;
            return with(h.id(), h.response(), h.opcode(), v, h.truncated(), h.recursionDesired(),
                    h.recursionAvailable(), h.authenticData(), h.checkingDisabled());
        }

        /**
         * Sets the header's {@code TC} field: whether the message was truncated.
         *
         * @param v the {@code TC} field
         * @return this builder
         */
        public Builder truncated(boolean v) {
            Header h = header;
            return with(h.id(), h.response(), h.opcode(), h.authoritative(), v, h.recursionDesired(),
                    h.recursionAvailable(), h.authenticData(), h.checkingDisabled());
        }

        /**
         * Sets the header's {@code RD} field: whether the query asks for recursion.
         *
         * @param v the {@code RD} field
         * @return this builder
         */
        public Builder recursionDesired(boolean v) {
            Header h = header;
            return with(h.id(), h.response(), h.opcode(), h.authoritative(), h.truncated(), v, h.recursionAvailable(),
                    h.authenticData(), h.checkingDisabled());
        }

        /**
         * Sets the header's {@code RA} field: whether the server offers recursion.
         *
         * @param v the {@code RA} field
         * @return this builder
         */
        public Builder recursionAvailable(boolean v) {
            Header h = header;
            return with(h.id(), h.response(), h.opcode(), h.authoritative(), h.truncated(), h.recursionDesired(), v,
                    h.authenticData(), h.checkingDisabled());
        }

        /**
         * Sets the header's {@code AD} field: whether the data was authenticated (DNSSEC).
         *
         * @param v the {@code AD} field
         * @return this builder
         */
        public Builder authenticData(boolean v) {
            Header h = header;
            return with(h.id(), h.response(), h.opcode(), h.authoritative(), h.truncated(), h.recursionDesired(),
                    h.recursionAvailable(), v, h.checkingDisabled());
        }

        /**
         * Sets the header's {@code CD} field: whether the query turns DNSSEC checking off.
         *
         * @param v the {@code CD} field
         * @return this builder
         */
        public Builder checkingDisabled(boolean v) {
            Header h = header;
            return with(h.id(), h.response(), h.opcode(), h.authoritative(), h.truncated(), h.recursionDesired(),
                    h.recursionAvailable(), h.authenticData(), v);
        }

        /**
         * {@return the 12-bit response code, 0-4095}
         *
         * @param v the response code, up to 12 bits (more than 4 need an OPT record)
         */
        public Builder rcode(int v) {
            if (v < 0 || v > 0xfff) {
                throw new IllegalArgumentException("rcode out of range 0-4095: " + v);
            }
            rcode = v;
            return this;
        }

        /**
         * Adds a question.
         *
         * @param q the question
         * @return this builder
         */
        public Builder question(Question q) {
            questions.add(Objects.requireNonNull(q, "question"));
            return this;
        }

        /**
         * Adds a record to the answer section.
         *
         * @param r the record
         * @return this builder
         */
        public Builder answer(Resource r) {
            answers.add(Objects.requireNonNull(r, "answer"));
            return this;
        }

        /**
         * Adds a record to the authority section.
         *
         * @param r the record
         * @return this builder
         */
        public Builder authority(Resource r) {
            authorities.add(Objects.requireNonNull(r, "authority"));
            return this;
        }

        /**
         * Adds an additional record; an OPT record replaces one added before.
         *
         * @param r the record
         * @return this builder
         */
        public Builder additional(Resource r) {
            Objects.requireNonNull(r, "additional");
            if (r instanceof OPTResource) {
                additionals.removeIf(x -> x instanceof OPTResource);
            }
            additionals.add(r);
            return this;
        }

        /**
         * Adds (or replaces) the OPT record: EDNS version 0 with this UDP size and DO bit.
         *
         * @param udpSize the largest UDP payload the sender accepts
         * @param dnssecOk the {@code DO} bit
         * @return this builder
         */
        public Builder edns(int udpSize, boolean dnssecOk) {
            return additional(new OPTResource(udpSize, dnssecOk));
        }

        /**
         * Removes the OPT record, if any.
         *
         * @return this builder
         */
        public Builder noEdns() {
            additionals.removeIf(x -> x instanceof OPTResource);
            return this;
        }

        /**
         * {@return the message} Fails with {@link IllegalStateException} for more than 65535 entries in a
         *   section or an rcode over 15 without an OPT record.
         */
        public Message build() {
            for (List<?> l : List.of(questions, answers, authorities, additionals)) {
                if (l.size() > 0xffff) {
                    throw new IllegalStateException("too many records in a section (>65535)");
                }
            }
            List<Resource> extra = new ArrayList<>(additionals);
            boolean hasOpt = false;
            for (int i = 0; i < extra.size(); i++) {
                if (extra.get(i) instanceof OPTResource o) {
                    extra.set(i, o.withExtendedRcode(rcode >> 4));
                    hasOpt = true;
                }
            }
            if (rcode > 15 && !hasOpt) {
                throw new IllegalStateException("rcode " + rcode + " needs an OPT record");
            }
            Header h = header;
            Header full = new Header(h.id(), h.response(), h.opcode(), h.authoritative(), h.truncated(),
                    h.recursionDesired(), h.recursionAvailable(), h.authenticData(), h.checkingDisabled(), rcode & 0xF);
            return new Message(full, questions, answers, authorities, extra);
        }
    }
}
