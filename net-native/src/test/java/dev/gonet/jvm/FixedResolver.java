package dev.gonet.jvm;

import dev.gonet.DNSException;
import dev.gonet.IP;
import dev.gonet.SRVResult;
import dev.gonet.NS;
import dev.gonet.MX;
import dev.gonet.Resolver;
import dev.gonet.jvm.dns.SystemResolver;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A resolver with a few fixed names (in a fixed order, which the system's cannot promise) and
 * services (standing in for /etc/services); every other host goes to the system resolver.
 */
final class FixedResolver implements Resolver {
    private final Resolver system = new SystemResolver();
    private final Map<String, List<IP>> hosts;
    private final Map<String, Integer> services;

    FixedResolver(Map<String, List<IP>> hosts, Map<String, Integer> services) {
        this.hosts = hosts;
        this.services = services;
    }

    @Override
    public List<String> lookupHost(String host) throws IOException {
        return system.lookupHost(host);
    }

    @Override
    public List<IP> lookupIP(String network, String host) throws IOException {
        List<IP> fixed = hosts.get(host);
        return fixed != null ? fixed : system.lookupIP(network, host);
    }

    @Override
    public List<String> lookupAddr(String addr) throws IOException {
        return system.lookupAddr(addr);
    }

    @Override
    public int lookupPort(String network, String service) throws IOException {
        Integer p = services.get(service);
        if (p == null) {
            throw new DNSException("unknown port", network + "/" + service, "", false, false, true);
        }
        return p;
    }

    @Override
    public String lookupCNAME(String host) throws IOException {
        return system.lookupCNAME(host);
    }

    @Override
    public List<MX> lookupMX(String name) throws IOException {
        return system.lookupMX(name);
    }

    @Override
    public SRVResult lookupSRV(String service, String proto, String name) throws IOException {
        return system.lookupSRV(service, proto, name);
    }

    @Override
    public List<String> lookupTXT(String name) throws IOException {
        return system.lookupTXT(name);
    }

    @Override
    public List<NS> lookupNS(String name) throws IOException {
        return system.lookupNS(name);
    }
}
