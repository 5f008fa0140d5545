package dev.gonet.dns;

import java.util.ArrayList;
import java.util.List;

/**
 * Follows the CNAME chain of an answer from the name asked: each CNAME must be owned by the
 * previous target, at most {@link #MAX_LENGTH} of them; records of other owners are ignored.
 */
final class CnameChain {
    /** The longest chain followed; a longer one (or a loop) makes the answer unusable. */
    static final int MAX_LENGTH = 16;

    /** Where the chain ended, the records of the asked type there, and the smallest TTL on the way. */
    record End(Name name, List<Resource> records, long minTtl) {
    }

    private CnameChain() {
    }

    static End follow(List<Resource> answers, Name qname, int qtype) throws DNSFormatException {
        Name cur = qname;
        long minTtl = Long.MAX_VALUE;
        for (int hops = 0;; hops++) {
            List<Resource> found = new ArrayList<>();
            CNAMEResource alias = null;
            for (Resource r : answers) {
                if (!r.name().equalsIgnoreCase(cur)) {
                    continue;
                }
                if (r.type() == qtype) {
                    found.add(r);
                    minTtl = Math.min(minTtl, r.ttl());
                } else if (r instanceof CNAMEResource c && alias == null) {
                    alias = c;
                }
            }
            if (!found.isEmpty() || alias == null) {
                return new End(cur, found, minTtl);
            }
            if (hops == MAX_LENGTH) {
                throw new DNSFormatException("CNAME chain longer than " + MAX_LENGTH);
            }
            minTtl = Math.min(minTtl, alias.ttl());
            cur = alias.cname();
        }
    }
}
