package dev.gonet.internal;

import dev.gonet.DNSException;
import dev.gonet.IP;
import dev.gonet.Resolver;
import java.io.IOException;
import java.util.List;

/**
 * Answers what needs no query (IP literals, numeric ports) and fails every real lookup with a
 * {@link DNSException} whose text says why: the resolver of a platform that has none yet.
 */
public final class LiteralResolver implements Resolver {
    private final String why;

    /** @param why the error text for names, e.g. {@code no resolver on this platform} */
    public LiteralResolver(String why) {
        this.why = why;
    }

    @Override
    public List<String> lookupHost(String host) throws IOException {
        IP ip = IP.parse(host);
        if (ip == null) {
            throw fail(host);
        }
        return List.of(ip.toString());
    }

    @Override
    public List<IP> lookupIP(String network, String host) throws IOException {
        IP ip = IP.parse(host);
        if (ip == null) {
            throw fail(host);
        }
        boolean v4 = ip.to4() != null;
        if ((network.equals("ip4") && !v4) || (network.equals("ip6") && v4)) {
            throw new DNSException("no suitable address found", host, "", false, false, true);
        }
        return List.of(ip);
    }

    @Override
    public List<String> lookupAddr(String addr) throws IOException {
        throw fail(addr);
    }

    @Override
    public int lookupPort(String network, String service) throws IOException {
        int port = 0;
        if (service.isEmpty() || service.length() > 5) {
            throw new DNSException("unknown port", network + "/" + service, "", false, false, true);
        }
        for (int i = 0; i < service.length(); i++) {
            char c = service.charAt(i);
            if (c < '0' || c > '9') {
                throw new DNSException("unknown port", network + "/" + service, "", false, false, true);
            }
            port = port * 10 + (c - '0');
        }
        if (port > 65535) {
            throw new DNSException("invalid port", network + "/" + service, "", false, false, false);
        }
        return port;
    }

    @Override
    public String lookupCNAME(String host) throws IOException {
        throw fail(host);
    }

    private DNSException fail(String name) {
        return new DNSException(why, name, "", false, false, false);
    }
}
