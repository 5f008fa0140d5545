package dev.gonet.dns.internal;

import dev.gonet.DNSException;
import dev.gonet.MX;
import dev.gonet.NS;
import dev.gonet.SRVResult;
import java.io.IOException;
import java.util.List;

/**
 * The resolver of a platform that cannot query yet: everything {@link GoResolver} answers without
 * a query (IP literals, numeric ports, Go's built-in service table: {@code http} is 80 on
 * {@code tcp}) works exactly as on the JVM; every real lookup fails with a {@link DNSException}
 * whose text says why, e.g. {@code lookup example.com: no resolver on this platform}.
 */
public final class LiteralResolver extends GoResolver {
    private final String why;

    /** @param why the error text for names, e.g. {@code no resolver on this platform} */
    public LiteralResolver(String why) {
        this.why = why;
    }

    @Override
    protected List<String> hostAddrs(String host) throws IOException {
        throw fail(host);
    }

    @Override
    protected List<DnsNames.IPZone> ipAddrs(String network, String host) throws IOException {
        throw fail(host);
    }

    /** Go's {@code unrecognized address} for non-literals, else why. */
    @Override
    protected List<String> ptr(String addr) throws IOException {
        if (DnsNames.reverseaddr(addr) == null) {
            throw new DNSException("unrecognized address", addr, "", false, false, false);
        }
        throw fail(addr);
    }

    /** Go's {@code goLookupPort} where no services file exists (js/wasm): the built-in table. */
    @Override
    protected int servicePort(String network, String service) throws IOException {
        return Services.builtin().port(network, service);
    }

    @Override
    protected String canonicalName(String host) throws IOException {
        throw fail(host);
    }

    @Override
    protected List<MX> mx(String name) throws IOException {
        throw fail(name);
    }

    @Override
    protected SRVResult srv(String target) throws IOException {
        throw fail(target);
    }

    @Override
    protected List<String> txt(String name) throws IOException {
        throw fail(name);
    }

    @Override
    protected List<NS> ns(String name) throws IOException {
        throw fail(name);
    }

    private DNSException fail(String name) {
        return new DNSException(why, name, "", false, false, false);
    }
}
