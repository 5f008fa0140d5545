package dev.gonet;

import java.util.List;

/**
 * What Go's {@code LookupSRV} returns: the canonical name of the name queried (the owner of the
 * SRV records, {@code _sip._tcp.example.com.}) and the records in RFC 2782 order: by priority,
 * and within one priority shuffled by weight.
 *
 * @param cname the canonical name
 * @param addrs the addresses
 */
public record SRVResult(String cname, List<SRV> addrs) {
    /**
     * Checks and normalizes the components, as the class comment says.
     *
     * @param cname the canonical name
     * @param addrs the addresses
     */
    public SRVResult {
        java.util.Objects.requireNonNull(cname, "cname");
        addrs = List.copyOf(addrs);
    }
}
